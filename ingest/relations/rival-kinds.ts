/**
 * Rivalry pairs like with like. A model compared with models rivals those models and its maker
 * rivals their makers; a maker is never the rival of another maker's model: "places Google in
 * competition with OpenAI's GPT-5.1" is Google–OpenAI, and "LG의 AI는 오픈AI의 o1-미니를 능가"
 * is LG–오픈AI, because the model written with its maker's possessive stands for that maker when
 * the other side is a company. A state rivals states and companies, never a product.
 */
import type { Doc } from '../doc.js';
import { entityInfo } from '../lexicon.js';
import type { Arg, SentenceArgs } from './args.js';
import { isModel } from './lists.js';

const isState = (a: Arg) => a.hit.type === 'Country';

/**
 * The two sides split by kind: models against models, the rest against the rest. A maker set
 * against a model only ("딥시크가 오픈AI '챗GPT'에 맞먹는") is left to `rivalPairs`.
 */
export function splitKinds(from0: Arg[], to0: Arg[], doc: Doc): [Arg[], Arg[]][] {
  // a state rivals a company only as the actor ("South Korea is challenging OpenAI"): a country in
  // the other slot is a market or a comparison ("영국 시장 내 경쟁", "美·中 모델을 제치고"), and a
  // country carried from another sentence acts in none
  const from = to0.some((a) => !isState(a)) ? from0.filter((a) => !isState(a) || a.quote >= 0) : from0;
  const to = from.some((a) => !isState(a)) ? to0.filter((a) => !isState(a)) : to0;
  const fm = from.filter(isModel);
  const tm = to.filter(isModel);
  if (!fm.length || !tm.length) return [[from, to]];
  const rest = to.filter((a) => !isModel(a));
  const own = from.filter((a) => !isModel(a));
  return [
    [fm, tm],
    [own.length || !rest.length ? own : makersNamed(doc, fm, rest), rest],
  ];
}

/**
 * English "It tops Google's Gemini and Meta's Llama": a model set against models written
 * with their makers' possessives has its own maker rival those makers, when the article names it
 * before (the nearest mention) and it is none of them.
 */
function makersNamed(doc: Doc, models: Arg[], rest: Arg[]): Arg[] {
  if (doc.lang !== 'en') return [];
  const at = Math.min(...models.map((m) => m.hit.start));
  const out: Arg[] = [];
  for (const m of models) {
    const maker = namedMaker(doc, m, at);
    if (maker && !rest.some((a) => a.hit.id === maker.hit.id) && !out.some((a) => a.hit.id === maker.hit.id))
      out.push(maker);
  }
  return out;
}

/** The maker of a model as the article last named it before `at`, if it does. */
function namedMaker(doc: Doc, m: Arg, at: number): Arg | undefined {
  const id = developerOf(doc, m);
  const hit = id ? doc.hits.findLast((h) => h.id === id && h.end <= at) : undefined;
  return hit ? { hit, tail: hit.end, role: 'none', quote: -1 } : undefined;
}

/** Between a possessor's particle and its model: quotes, brackets and at most two bare words ("오픈AI의 생성형 AI GPT-4"). */
const POSSESSED_GAP = /^[\s'"()]*(?:[가-힣A-Za-z0-9.-]+\s+){0,2}[\s'"()]*$/;
const BARE_GAP = /^\s*['"]\s*$/;

/**
 * The maker written with a model: "OpenAI's GPT-5.1", "앤스로픽의 '클로드'", "(메타의) 라마",
 * "메타 '라마'". Only a company, organisation or person in the same sentence right before it.
 */
export function possessor(s: SentenceArgs, m: Arg): Arg | undefined {
  let best: Arg | undefined;
  for (const a of s.args) {
    if (a.hit.end > m.hit.start) break;
    best = a;
  }
  if (!best || isModel(best) || isState(best) || best.quote !== m.quote) return undefined;
  const gap = s.text.slice(best.tail, m.hit.start);
  if (gap.length > 16) return undefined;
  if (best.role === 'gen' ? POSSESSED_GAP.test(gap) : best.role === 'none' && BARE_GAP.test(gap)) return best;
  return undefined;
}

function developerOf(doc: Doc, a: Arg): string | undefined {
  return doc.entities.get(a.hit.id)?.developer ?? entityInfo(a.hit.id)?.developer;
}

/** Between a parent's name and its company: the possessive, maybe a legal suffix ("Alphabet Inc.'s Google"). */
const PARENT_GAP = /^(?:\s*(?:Inc|Corp|Co|Ltd|Group)\.?)?(?:'s|’s)\s+$/;

/** "Alphabet's Google": a company's possessive right before another company only says whose it is. */
function ownerOnly(s: SentenceArgs, a: Arg): boolean {
  if (a.role !== 'gen' || isModel(a) || isState(a)) return false;
  const next = s.args.find((b) => b.hit.start >= a.hit.end);
  return !!next && next.hit.type === 'Company' && PARENT_GAP.test(s.text.slice(a.hit.end, next.hit.start));
}

/**
 * The rival pairs of two sides, like with like: a maker against another maker's model gives the
 * maker against the model's possessor when the text writes one, and the model stays as written
 * when it does not ("R1은 오픈AI와 비슷한"); a maker never rivals its own model; a state never a product.
 */
export function rivalPairs(doc: Doc, s: SentenceArgs, from: Arg[], to: Arg[]): [Arg, Arg][] {
  const out: [Arg, Arg][] = [];
  for (const a of from)
    for (const b of to) {
      if (ownerOnly(s, a) || ownerOnly(s, b)) continue;
      if (isModel(a) === isModel(b)) {
        out.push([a, b]);
        continue;
      }
      const [m, n] = isModel(a) ? [a, b] : [b, a];
      if (isState(n)) continue;
      if (developerOf(doc, m) === n.hit.id) continue;
      const p = possessor(s, m);
      // (English "Azure competes with AWS": a product, not a model, also stands for its named maker)
      const maker = !p && doc.lang === 'en' && m.hit.type === 'Product' ? namedMaker(doc, m, m.hit.start) : undefined;
      if (maker && maker.hit.id !== n.hit.id) out.push(isModel(a) ? [maker, b] : [a, maker]);
      if (!p) out.push([a, b]);
      else if (p.hit.id !== n.hit.id) out.push([n, p]);
    }
  return out;
}
