/**
 * The `series` selector: a comparison names the models it is measured against as a series, each
 * model written with its maker ("오픈AI의 GPT-4o, 딥시크-V3 및 라마 3.1보다", "오픈AI 'GPT-4o', 메타
 * '라마'를 능가", "(미국 오픈AI의) GPT-4o와 … (메타의) 라마를"). The maker's genitive or bracket
 * before each model breaks the coordination list (args.ts sees a genitive between members), so the
 * object or standard of the comparison reaches only the last model. This selector takes that
 * argument (the nearest object, comitative, dative or standard of comparison before the predicate)
 * and, when it is a model, walks back over the models joined to it by commas and conjunctions,
 * each with its maker, so every model of the series is compared (and, as members() does, each
 * maker is kept beside its model for the maker-vs-maker rivalry the engine pairs like with like).
 */
import type { Arg } from './args.js';
import { isMaker, isModel, members } from './lists.js';
import type { SlotCtx } from './slots.js';

/** the selectors whose argument a series extends */
export const SERIES_BASES = ['than', 'obj', 'com', 'dat'] as const;

/** what joins two models of a series: a comma, ·, 및, 와/과, 나/이나 (after a closing quote) */
const JOIN = /^['"’”]?(?:\s*[,·]\s*(?:그리고\s+|및\s+)?|\s+(?:및|그리고)\s+|(?:와|과|나|이나)\s+)$/;
/** what stands between a maker and its model: "오픈AI의 GPT-4o", "오픈AI 'GPT-4o'", "딥시크-V3" */
const MAKER_GAP = /^(?:의|-)?\s*['"‘“]?$/;
/** "(미국 오픈AI의) GPT-4o": the maker in brackets before its model */
const BRACKET_GAP = /^의?\)\s*['"‘“]?$/;

/** Where the model at args[i] starts with its maker, and the index of the arg before that. */
function unitStart(c: SlotCtx, i: number): { start: number; prev: number } {
  const { s, doc } = c;
  const m = s.args[i] as Arg;
  const k = s.args[i - 1];
  if (k && isMaker(k)) {
    const gap = doc.text.slice(k.hit.end, m.hit.start);
    if (MAKER_GAP.test(gap)) return { start: k.hit.start, prev: i - 2 };
    if (BRACKET_GAP.test(gap)) {
      const open = doc.text.lastIndexOf('(', k.hit.start);
      if (open >= 0 && k.hit.start - open <= 24 && !doc.text.slice(open, k.hit.start).includes(')')) {
        let j = i - 2;
        while (j >= 0 && (s.args[j]?.hit.start ?? -1) > open) j--;
        return { start: open, prev: j };
      }
    }
  }
  return { start: m.hit.start, prev: i - 1 };
}

/** The models a series joins to the model at args[i], walking back (nearest first). */
function seriesBefore(c: SlotCtx, i: number): Arg[] {
  const { s, doc } = c;
  const out: Arg[] = [];
  let at = unitStart(c, i);
  while (at.prev >= 0) {
    const p = s.args[at.prev];
    if (!isModel(p) || !p || p.hit.start < c.s.start) break;
    if (!JOIN.test(doc.text.slice(p.hit.end, at.start))) break;
    out.push(p);
    at = unitStart(c, at.prev);
  }
  return out;
}

/** The models (only) of the series a subject model closes: "카카오의 '카나나', LG의 '엑사원', 그리고 네이버의 '하이퍼클로바X'는". */
export function subjectSeries(c: SlotCtx, bases: Arg[][]): Arg[][] {
  const first = bases[0]?.find(isModel);
  const i = first ? c.s.args.indexOf(first) : -1;
  const more = i < 0 ? [] : seriesBefore(c, i);
  return more.length ? [[...more.reverse(), ...(bases[0] ?? []).filter(isModel)]] : [];
}

/**
 * The comparison's argument with every model of its series: the base lists are what the other
 * selectors found (object, comitative, dative, standard); the one nearest before the predicate
 * whose first member is a model grows back over the series. [] when there is no series.
 */
export function series(c: SlotCtx, bases: Arg[][]): Arg[][] {
  const { s } = c;
  const base = bases
    .filter((l) => l.some(isModel) && (l[l.length - 1]?.hit.end ?? 0) <= c.t.start)
    .sort((x, y) => (y[y.length - 1]?.hit.end ?? 0) - (x[x.length - 1]?.hit.end ?? 0))[0];
  const first = base?.find(isModel);
  const i = first ? s.args.indexOf(first) : -1;
  if (!base || i < 0) return [];
  const more = seriesBefore(c, i);
  if (!more.length) return [];
  const out: Arg[] = [];
  for (const m of more.reverse()) {
    const j = s.args.indexOf(m);
    out.push(...members(s, [j]));
    // "딥시크-V3": members() keeps a maker glued by a genitive or a quote; a hyphen too
    const k = s.args[j - 1];
    if (k && isMaker(k) && c.doc.text.slice(k.hit.end, m.hit.start) === '-' && !out.includes(k))
      out.splice(out.length - 1, 0, k);
  }
  out.push(...base);
  return [out.filter((a, n) => out.indexOf(a) === n)];
}
