/**
 * Counted groups: a slot that holds "five domestic companies" names no one, but the article
 * usually lists them within the next few sentences ("The selected consortium includes A, B, C, D,
 * and E"). The group resolves to the first list after it whose size is the stated count, so a
 * list of another size (or no list) leaves the slot empty. Bounded: four sentences ahead.
 */
import type { Doc } from '../doc.js';
import { type Arg, sentenceArgs } from './args.js';
import { members } from './lists.js';
import type { SlotCtx } from './slots.js';

const NUMBER: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const GROUP_EN =
  /^(?:the\s+|its\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z][\w-]*\s+){0,2}?(?:companies|firms|startups|start-ups|teams|consortia|consortiums|developers|players|chipmakers)\b/i;
const AHEAD = 4;
/** A Korean count of makers: "5곳", "세 곳", "3개 팀", "6개사", "네 기업" */
export const NUMBER_KO: Record<string, number> = {
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};

/** The makers of the lists of sentence `i` (of `n` members, or of two or more when `n` is 0), in order. */
function makerLists(doc: Doc, i: number, n: number): Arg[][] {
  const sent = doc.sentences[i];
  if (!sent) return [];
  const hits = doc.hits.filter((h) => h.start >= sent.start && h.end <= sent.end);
  if (hits.length < Math.max(n, 2)) return [];
  const sa = sentenceArgs(doc, i, hits);
  return sa.lists
    .filter((x) => (n ? x.length === n : x.length >= 2))
    .map((l) => members(sa, l))
    .filter((all) => all.every((a) => a.hit.type === 'Company' || a.hit.type === 'Organization'))
    .map((all) => all.map((a) => ({ ...a, quote: -1 })));
}

/** Members of the list of `n` makers in the sentences after `index` (the first such list). */
export function listOf(doc: Doc, index: number, n: number): Arg[] | undefined {
  for (let i = index; i <= Math.min(doc.sentences.length - 1, index + AHEAD); i++) {
    const l = makerLists(doc, i, n)[0];
    if (l) return l;
  }
  return undefined;
}

/** The last list of makers (of `n` members; of two or more when `n` is 0) in the sentence before `index`. */
export function listBefore(doc: Doc, index: number, n = 0): Arg[] | undefined {
  return index > 0 ? makerLists(doc, index - 1, n).at(-1) : undefined;
}

/** The group a counted noun phrase at `at` names, if a list of that size follows it. */
export function countedGroup(c: SlotCtx, at: number): Arg[] | undefined {
  if (c.doc.lang !== 'en') return undefined;
  const m = GROUP_EN.exec(c.doc.text.slice(at, at + 60));
  const n = m ? (NUMBER[(m[1] ?? '').toLowerCase()] ?? Number(m[1])) : 0;
  return n >= 2 ? listOf(c.doc, c.index + 1, n) : undefined;
}
