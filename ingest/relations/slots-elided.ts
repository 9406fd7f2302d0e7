/**
 * The `elided` selector (Korean): the investee a sentence leaves out once the article has named
 * the round. "X가 투자를 유치했다. A가 2500만 달러, B가 850만 달러를 투자했다", "A, B 등이 투자했다",
 * "C도 20억달러를 투자하며": the money goes to the company whose round the article last named (the
 * `raiser`). Only when the predicate's clause names no destination of its own: a dative or any
 * 에-phrase ("데이터센터에 1조원을 투자") is where the money went, known or not, so nothing is read.
 */
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
