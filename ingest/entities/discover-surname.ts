/**
 * Entity discovery, a family name shared by a pair: "Dario & Daniela Amodei", "다리오·다니엘라
 * 아모데이 남매" name two persons, the first by the given name alone. The pair's first person is
 * the lexicon's (or, in Hangul, a known foreign given name) with the second's family name.
 */
import type { Doc } from '../doc.js';
import { covered, type Emit, lexicalEntity, newEntity } from './discover-shared.js';
import { GIVEN_NAMES_KO } from './given-names.js';
import { addEntity, type Candidate } from './match.js';

/** A given name, then "and", "&", "와", "·" or a comma, right before the second full name. */
const GIVEN_THEN_JOIN =
  /(?<![A-Za-z가-힣])([A-Z][a-z]+|[가-힣]{2,5})(?:\s+and\s+|\s*&\s*|\s*[·,]\s*|(?<=[가-힣])[와과]\s+)$/;

export function sharedSurnamePersons(doc: Doc, hits: Candidate[], emit: Emit): void {
  for (const h of hits) {
    if (h.type !== 'Person' || h.kind !== 'name') continue;
    const name = doc.text.slice(h.start, h.end);
    const words = name.split(/\s+/);
    if (words.length !== 2) continue;
    const m = GIVEN_THEN_JOIN.exec(doc.text.slice(Math.max(0, h.start - 24), h.start));
    const given = m?.[1];
    if (!m || !given || given === words[0]) continue;
    const start = h.start - m[0].length;
    if (covered(hits, start, start + given.length)) continue;
    const full = `${given} ${words[1]}`;
    const known = lexicalEntity(full, 'Person');
    if (!known && !GIVEN_NAMES_KO.has(given)) continue;
    emit(start, start + given.length, addEntity(doc, known ?? newEntity('Person', full)), 'discovered');
  }
}
