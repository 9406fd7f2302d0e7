/**
 * Arguments a sentence leaves to its context, and background that must not become one. The
 * `elided` selector (Korean): the investee a sentence leaves out once the article has named the
 * round. "X가 투자를 유치했다. A가 2500만 달러, B가 850만 달러를 투자했다", "A, B 등이 투자했다",
 * "C도 20억달러를 투자하며": the money goes to the company whose round the article last named (the
 * `raiser`). Only when the predicate's clause names no destination of its own: a dative or any
 * 에-phrase ("데이터센터에 1조원을 투자") is where the money went, known or not, so nothing is read. `background`: an
 * investment that only describes what the subject is names no round of the article's.
 */
import { tokensIn } from '../doc.js';
import type { Arg } from './args.js';
import { raiserBefore } from './clause.js';
import type { SlotCtx } from './slots.js';

/** A noun with a locative/dative particle: "X에", "분야에도", "기업에게"; not "…에 따르면". */
const DESTINATION = /[가-힣A-Za-z0-9)’'”"](?:에|에게|에도|에는|에만)\s(?!따르면|의하면|따라|이어|대해|대한)/;
/** How many sentences back the round may have been named. */
const BACK = 6;

export function elided(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  if (doc.lang !== 'ko') return [];
  const head = doc.text.slice(Math.max(s.start, c.clause.start), t.start);
  if (DESTINATION.test(head)) return [];
  const a = raiserBefore(doc, c.index, BACK);
  return a ? [[a]] : [];
}

/** The sentence closes on "… is an investor of some kind": a copula after an actor's kind noun ("사례다" is an event, no actor). */
const ACTOR_END =
  /(?:캐피털|캐피탈|벤처스|VC|투자사|투자자|기업|회사|업체|스타트업|펀드|그룹)(?:이다|다|입니다)[.!]?["'”’]?\s*$/;

/**
 * The predicate only describes a noun the sentence then equates its subject with ("L은 S 같은
 * 업체들에 초기에 투자해 유명해진 벤처캐피털이다"): an adnominal ending after it, then a closing
 * copula on an actor's kind noun. Such background is no round of the article's: its target never becomes the raiser.
 */
export function background(c: SlotCtx): boolean {
  const { doc, s } = c;
  if (doc.lang !== 'ko' || !ACTOR_END.test(doc.text.slice(c.predEnd, s.end))) return false;
  return tokensIn(doc, c.predEnd, s.end).some((t) => t.pos === 'ETM');
}
