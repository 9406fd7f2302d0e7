/**
 * Countries named only by their adjective in English ("a Norwegian robot maker", "Japanese AI",
 * "Dutch lawmakers"): the article still names the state, so the country is one of its entities
 * even where no relation rule used the adjective. Added after the relation stage as entity-only
 * mentions (doc.extraHits), so no relation is read from them that the rules did not already make.
 */
import type { Doc } from '../doc.js';
import { ENTITIES, entityInfo, NATIONALITY } from '../lexicon.js';
import { addEntity } from './match.js';

/** Nationality keys that are adjectives, not names the lexicon matches anyway (US, UK, Taiwan). */
const COUNTRY_FORMS = new Set<string>();
for (const e of ENTITIES.values()) if (e.type === 'Country') for (const n of e.en) COUNTRY_FORMS.add(n.toLowerCase());
const ADJECTIVES = [...NATIONALITY.keys()].filter(
  (k) => !COUNTRY_FORMS.has(k.toLowerCase()) && /^[A-Z][a-z]+$/.test(k),
);
/** The adjective before a word it qualifies ("Finnish telecom", "French-based"), capitalised as a name. */
const ADJ_BEFORE_WORD = new RegExp(`(?<![A-Za-z])(${ADJECTIVES.join('|')})(?=[\\s-][A-Za-z])`, 'g');

export function demonymCountries(doc: Doc): void {
  if (doc.lang !== 'en') return;
  const seen = new Set([...doc.hits, ...doc.extraHits].map((h) => `${h.start}|${h.id}`));
  ADJ_BEFORE_WORD.lastIndex = 0;
  for (let m = ADJ_BEFORE_WORD.exec(doc.text); m; m = ADJ_BEFORE_WORD.exec(doc.text)) {
    const word = m[1] ?? '';
    const id = NATIONALITY.get(word);
    const info = id ? entityInfo(id) : undefined;
    if (!info || seen.has(`${m.index}|${info.id}`)) continue;
    addEntity(doc, info);
    doc.extraHits.push({ start: m.index, end: m.index + word.length, id: info.id, type: info.type, how: 'abbrev' });
    seen.add(`${m.index}|${info.id}`);
  }
}
