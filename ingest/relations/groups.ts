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

/** Members of the list of `n` makers in the sentences after `index` (the first such list). */
function listOf(doc: Doc, index: number, n: number): Arg[] | undefined {
  for (let i = index; i <= Math.min(doc.sentences.length - 1, index + AHEAD); i++) {
    const sent = doc.sentences[i];
    if (!sent) continue;
    const hits = doc.hits.filter((h) => h.start >= sent.start && h.end <= sent.end);
    if (hits.length < n) continue;
    const sa = sentenceArgs(doc, i, hits);
    const l = sa.lists.find((x) => x.length === n);
    const all = l && members(sa, l);
    if (all?.every((a) => a.hit.type === 'Company' || a.hit.type === 'Organization'))
      return all.map((a) => ({ ...a, quote: -1 }));
  }
  return undefined;
}

/** The group a counted noun phrase at `at` names, if a list of that size follows it. */
export function countedGroup(c: SlotCtx, at: number): Arg[] | undefined {
  if (c.doc.lang !== 'en') return undefined;
  const m = GROUP_EN.exec(c.doc.text.slice(at, at + 60));
  const n = m ? (NUMBER[(m[1] ?? '').toLowerCase()] ?? Number(m[1])) : 0;
  return n >= 2 ? listOf(c.doc, c.index + 1, n) : undefined;
}
