/**
 * Entity stage, part 3: put the candidates together. Weak forms (R1, o1, 'Claude' …) stay only
 * with support in the article (their developer named, a model cue next to them, or a strong
 * form of the same entity); surname-only forms only after the full name; overlaps go to the
 * longer span, then to lexicon over discovered over coreference over abbreviations.
 */

import { discover } from './discover.js';
import type { Doc } from './doc.js';
import { abbreviationMentions, type Candidate, lexiconMentions, MODEL_CUE } from './entities.js';
import type { MentionHit } from './types.js';

const PRIORITY: Record<MentionHit['how'], number> = { lexicon: 0, discovered: 1, coref: 2, abbrev: 3 };

function supported(doc: Doc, c: Candidate, all: Candidate[]): boolean {
  if (c.kind === 'name') return true;
  if (c.kind === 'short') return all.some((o) => o.id === c.id && o.kind === 'name' && o.start < c.start);
  const info = doc.entities.get(c.id);
  const related = new Set([c.id, info?.developer, info?.employer].filter(Boolean));
  if (all.some((o) => o.kind === 'name' && related.has(o.id) && o !== c)) return true;
  const around = doc.text.slice(Math.max(0, c.start - 14), c.start) + doc.text.slice(c.end, c.end + 10);
  return (c.type === 'Model' || c.type === 'Product') && (MODEL_CUE.test(around) || doc.text[c.start - 1] === "'");
}

export function findMentions(doc: Doc): MentionHit[] {
  const lexical = lexiconMentions(doc);
  const strong = lexical.filter((c) => supported(doc, c, lexical));
  const all = [...strong, ...abbreviationMentions(doc)];
  all.push(
    ...discover(
      doc,
      all.slice().sort((a, b) => a.start - b.start),
    ),
  );
  // longest first, then by how it was found; keep what does not overlap a kept span
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.how] - PRIORITY[b.how] || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of all) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ start, end, id, type, how }) => ({ start, end, id, type, how }));
}
