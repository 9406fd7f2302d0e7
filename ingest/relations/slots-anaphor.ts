/**
 * The `anaphor` selector: a definite description standing for a company the text named just
 * before ("Amazon and Google have poured billions into the company", "which saw Microsoft invest
 * $13 billion in the ChatGPT maker", "both of which invested 2.5 billion yuan in the new
 * company"). News English names an investee once and then refers back to it by its kind; the
 * investors are the clause's subject, so the description is the most recent other company. Kept
 * out of slots-en.ts so that file stays on word order; documented with the others in frames/schema.ts.
 */
import { sentenceAt } from '../doc.js';
import type { Arg } from './args.js';
import { investmentOf } from './clause.js';
import type { Selector } from './frames/schema.js';
import { listStart, members } from './lists.js';
import type { SlotCtx } from './slots.js';

/**
 * "the company", "the new company", "the ChatGPT maker", "the French AI startup", "this firm":
 * a determiner, up to three modifiers, a kind noun; never a possessive ("the company's chips") nor
 * a noun that an of-phrase or a relative clause goes on to define ("the startup behind Claude").
 */
const DESCRIPTION =
  /^(?:the|this|that)\s+(?:[\w.-]+\s+){0,3}?(?:company|startup|start-up|firm|maker|developer|lab)(?![\w'’-])(?!\s+(?:of|behind|that|which|who|whose|he|she)\b)/i;
/** Between the predicate and its preposition: an amount ("2.5 billion", "1,000"), a few words, no clause break. */
const TO_PREP = /^(?:[^,;:.—–]|(?<=\d)[.,](?=\d))*$/;
/** How many sentences back the described company may have been named. */
const BACK = 3;
/** How many sentences back the same investor's own investment may have been stated (news restates it a paragraph on). */
const OWN_BACK = 6;

type Select = (c: SlotCtx, sel: Selector) => Arg[][];

/** Where the frame's preposition is followed by a definite description: its start, or -1. */
function descriptionAt(c: SlotCtx): { at: number; end: number } | undefined {
  const { doc, s } = c;
  if (!c.prep) return undefined;
  const win = doc.lower.slice(c.predEnd, Math.min(s.end, c.predEnd + 90));
  const re = new RegExp(c.prep.source, 'g');
  for (let m = re.exec(win); m; m = re.exec(win)) {
    if (m.index > 60 || !TO_PREP.test(win.slice(0, m.index))) return undefined;
    const at = c.predEnd + m.index + m[0].length;
    const d = DESCRIPTION.exec(doc.text.slice(at, Math.min(s.end, at + 60)));
    if (d) return { at, end: at + d[0].length };
  }
  return undefined;
}

/**
 * The company a definite description after the frame's preposition stands for: the company the
 * same investor was last said to invest in (up to three sentences before), else the most recent
 * Company named before it (in its sentence or up to three before), other than the clause's
 * subject, which is the investor; or the name its apposition gives.
 */
export function anaphor(c: SlotCtx, select: Select): Arg[][] {
  const { doc, s } = c;
  if (doc.lang !== 'en') return [];
  const d = descriptionAt(c);
  if (!d) return [];
  // "into the same AI startup, Anthropic": the description's apposition names it
  const named = s.lists.find((l) => /^,\s+$/.test(doc.text.slice(d.end, listStart(s, l))));
  if (named) return [members(s, named)];
  const at = d.at;
  const actors = new Set(select(c, 'subj').flatMap((l) => l.map((a) => a.hit.id)));
  if (!actors.size) return [];
  // "Amazon backed Anthropic, a rival of OpenAI. Amazon will keep a stake in the company": the
  // investor's own investee of the sentences before, not the last company named
  for (const id of actors) {
    const was = investmentOf(doc, c.index, id, OWN_BACK);
    const to = was?.side === 'source' ? was.other.filter((a) => a.hit.type === 'Company' && !actors.has(a.hit.id)) : [];
    if (to.length) return [to.map((a) => ({ ...a, quote: -1 }))];
  }
  const first = Math.max(0, c.index - BACK);
  for (let k = doc.hits.length - 1; k >= 0; k--) {
    const h = doc.hits[k];
    if (!h || h.start >= at) continue;
    if (sentenceAt(doc, h.start) < first) break;
    if (h.type !== 'Company' || actors.has(h.id)) continue;
    const own = s.args.find((a) => a.hit.start === h.start);
    return [[own ?? { hit: h, tail: h.end, role: 'none', quote: -1 }]];
  }
  return [];
}
