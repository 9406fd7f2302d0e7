/**
 * The `mainSubj` selector (Korean): the predicate's subject, never the subject of a relative
 * clause that only describes a noun on the way to it. In "X는 A가 주도한 시리즈G 투자를 통해
 * 300억달러를 조달했다", A가 is the subject of 주도한, which modifies 투자: the raiser is X (the
 * topic), not A. A frame whose wrong subject would become the article's current round names this
 * selector instead of `subj`; the next selector of its slot (topic, carried) then decides.
 */
import { tokensIn } from '../doc.js';
import type { Arg } from './args.js';
import type { Selector } from './frames/schema.js';
import type { SlotCtx } from './slots.js';

type Select = (c: SlotCtx, sel: Selector) => Arg[][];

/** A nominative subject (이/가) whose verb, before the predicate, ends in an adnominal ending. */
function relativeSubject(c: SlotCtx, l: Arg[]): boolean {
  const last = l[l.length - 1];
  if (!last || last.tail > c.t.start) return false;
  if (!/^[)'"’”]*(?:이|가)$/.test(c.doc.text.slice(last.hit.end, last.tail))) return false;
  const toks = tokensIn(c.doc, last.tail, c.t.start);
  // (a copula's 인 makes an apposition, "투자사인 X": no relative clause)
  return toks.some((tok, i) => tok.pos === 'ETM' && toks[i - 1]?.pos !== 'VCP');
}

export function mainSubject(c: SlotCtx, select: Select): Arg[][] {
  if (c.doc.lang !== 'ko') return select(c, 'subj');
  return select(c, 'subj').filter((l) => !relativeSubject(c, l));
}
