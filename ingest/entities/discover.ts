/**
 * Entity stage, part 2: entities the lexicon does not know, found by general patterns, and
 * in-article coreference. Each pattern is anchored on something closed-class (a title, a
 * company noun, a model cue, a quotation next to 모델/model) so that ordinary words do not
 * become entities.
 */

import type { Doc } from '../doc.js';
import type { EntityInfo } from '../types.js';
import { appositionPersons } from './discover-appos.js';
import { companies, models } from './discover-company.js';
import { bracketedPersons, coreference, englishPersons, koreanPersons } from './discover-person.js';
import { possessivePersons } from './discover-possessive.js';
import { rolePersons } from './discover-role.js';
import { type Emit, stripParticle } from './discover-shared.js';
import { sharedSurnamePersons } from './discover-surname.js';
import { type Candidate, leftBoundaryOk, rightBoundaryOk } from './match.js';
import { occurrences } from './spans.js';

export { stripParticle };

/** Find further mentions of names discovered once (딥시크 after "중국 스타트업 딥시크"), all names in one pass. */
function rescan(doc: Doc, discovered: EntityInfo[], emit: Emit): void {
  const { text } = doc;
  const names = discovered.flatMap((info) => [...info.ko, ...info.en].map((name) => ({ info, name })));
  for (const { name: i, at } of occurrences(
    text,
    names.map((n) => n.name),
  )) {
    const { info, name } = names[i] as { info: EntityInfo; name: string };
    const end = at + name.length;
    if (
      leftBoundaryOk(text, at, name.charCodeAt(0), false) &&
      rightBoundaryOk(text, end, name.charCodeAt(name.length - 1), false)
    ) {
      emit(at, end, info, 'discovered');
    }
  }
}

/** The entities behind the candidates, each once, in order of first appearance in `out`. */
function foundIn(doc: Doc, out: Candidate[]): EntityInfo[] {
  return [...new Map(out.map((c) => [c.id, doc.entities.get(c.id)])).values()].filter((e): e is EntityInfo =>
    Boolean(e),
  );
}

export function discover(doc: Doc, hits: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const titles = new Map<string, string>();
  const emit: Emit = (start, end, info, how = 'discovered') => {
    out.push({ start, end, id: info.id, type: info.type, how, kind: 'name' });
  };
  if (doc.lang === 'ko' || /[가-힣]/.test(doc.text)) {
    koreanPersons(doc, hits, emit, titles);
    bracketedPersons(doc, hits, emit, titles);
  }
  englishPersons(doc, hits, emit);
  sharedSurnamePersons(doc, [...hits, ...out], emit);
  rolePersons(doc, [...hits, ...out], emit);
  appositionPersons(doc, [...hits, ...out], emit);
  possessivePersons(doc, [...hits, ...out], emit, titles);
  companies(doc, [...hits, ...out], emit);
  // later mentions of the persons and companies first: "스타트업 루나랩은 …" introduces the company,
  // "루나랩의 새 모델 'Quasar-1'" names the model's developer, which models() reads from the hits
  const people = foundIn(doc, out);
  rescan(doc, people, emit);
  const known = new Set(people.map((e) => e.id));
  models(doc, [...hits, ...out], emit);
  rescan(
    doc,
    foundIn(doc, out).filter((e) => !known.has(e.id)),
    emit,
  );
  coreference(
    doc,
    [...hits, ...out].sort((a, b) => a.start - b.start),
    emit,
    titles,
  );
  return out;
}
