/**
 * Entity discovery, persons in apposition and spelled names: a title with the copula before a
 * name ("정책 책임자인 다나 리브스는", "공동 최고경영자(CEO)인 A와 B는"), and a foreign name in
 * Hangul with its Latin spelling in brackets ("토마스 벨(Thomas Bell)"). The title or the
 * spelling anchors the name, so it needs no lexicon; a Korean full name after a title needs a
 * Korean surname, a foreign one two plain noun words that name no firm.
 */
import type { Doc } from '../doc.js';
import { GRAMMAR } from '../lexicon.js';
import type { EntityInfo } from '../types.js';
import { nounsOnly, plainWord, stem } from './discover-role.js';
import {
  alt,
  covered,
  type Emit,
  FIRM_END_KO,
  isCommonNounKo,
  isLexicalForm,
  personEntity,
  STOP_KO,
  SURNAMES,
  stripParticle,
  TWO_SURNAMES,
} from './discover-shared.js';
import { GIVEN_NAMES_KO } from './given-names.js';
import { addEntity, type Candidate } from './match.js';

/** "책임자인 ", "최고경영자(CEO)인 ": a title, its optional abbreviation, the copula, one space. */
const TITLE_COPULA = new RegExp(`(?:${alt(GRAMMAR.titlesKo)})(?:\\([A-Za-z]{2,5}\\))?인\\s+`, 'g');
/** One or two Hangul words, then "와/과" and one or two more: at most two names in apposition. */
const WORDS = /^([가-힣]{1,8})(?:\s([가-힣]{1,8}))?/;

/** Endings of a verb form or a particle: no given name ends so. */
const VERBISH = /[한된될던는은을를의에서고며다]$/;

const koreanFullName = (w: string) =>
  /^[가-힣]{3,4}$/.test(w) &&
  (w.length === 3 ? SURNAMES.has(w[0] ?? '') : TWO_SURNAMES.has(w.slice(0, 2))) &&
  !STOP_KO.has(w) &&
  !isCommonNounKo(w, w) &&
  !isLexicalForm(w);

/** The name starting at `at`: [end, rest after its particles] or undefined. */
function nameAt(doc: Doc, hits: Candidate[], at: number): { end: number; particle: string } | undefined {
  const m = WORDS.exec(doc.text.slice(at, at + 20));
  if (!m) return undefined;
  const first = m[1] ?? '';
  const second = m[2];
  let end: number;
  let particle: string;
  if (second && stripParticle(first) === first && /^[가-힣]{1,5}$/.test(first) && !VERBISH.test(first)) {
    const family = stem(second);
    if (!plainWord(first) || !plainWord(family) || FIRM_END_KO.test(family) || FIRM_END_KO.test(first))
      return undefined;
    end = at + first.length + 1 + family.length;
    particle = second.slice(family.length);
    // the analysis often splits a foreign name oddly (빌/VA, 마/NNG 와/JC 카나): the name must
    // end at a particle, a bracket or a comma instead, as a subject or object in apposition does
    if (particle === '' && !/^[(,]/.test(doc.text.slice(end, end + 1))) return undefined;
    if (covered(hits, at, end)) return undefined;
    return { end, particle };
  } else {
    const one = stripParticle(first);
    if (one === first && !second) return undefined;
    if (!koreanFullName(one)) return undefined;
    end = at + one.length;
    particle = first.slice(one.length);
  }
  if (covered(hits, at, end) || !nounsOnly(doc, at, end)) return undefined;
  return { end, particle };
}

function titleCopulaPersons(doc: Doc, taken: Candidate[], take: Take): void {
  const { text } = doc;
  TITLE_COPULA.lastIndex = 0;
  for (let m = TITLE_COPULA.exec(text); m; m = TITLE_COPULA.exec(text)) {
    const at = m.index + m[0].length;
    const one = nameAt(doc, taken, at);
    if (!one) continue;
    take(at, one.end);
    // "A와 B는": a second name joined by 와/과 shares the title
    if ((one.particle === '와' || one.particle === '과') && text[one.end + 1] === ' ') {
      const two = nameAt(doc, taken, one.end + 2);
      if (two && two.particle !== '') take(one.end + 2, two.end);
    }
  }
}

/** "토마스 벨(Thomas Bell)": two Hangul words, then the same number of capitalised Latin words. */
const SPELLED =
  /(?<![가-힣A-Za-z])([가-힣]{1,6}) ([가-힣]{1,6})\(([A-Z][a-zà-ÿ]+(?:-[A-Za-z][a-z]+)?) ([A-Z][a-zà-ÿ]+)\)/g;
const SUFFIX_EN = new Set(GRAMMAR.companySuffixEn);

function spelledPersons(doc: Doc, taken: Candidate[], take: Take): void {
  const { text } = doc;
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const [, given = '', family = '', latin1 = '', latin2 = ''] = m;
    const end = m.index + given.length + 1 + family.length;
    if ([latin1, latin2].some((w) => SUFFIX_EN.has(w) || isLexicalForm(w))) continue;
    if (
      /적$/.test(given) ||
      !plainWord(given) ||
      !plainWord(family) ||
      FIRM_END_KO.test(family) ||
      covered(taken, m.index, end)
    )
      continue;
    take(m.index, end, { en: [`${latin1} ${latin2}`] });
  }
}

/** Adds the person at [start, end) and marks the span taken for the finders after it. */
type Take = (start: number, end: number, extra?: Partial<EntityInfo>) => void;

export function appositionPersons(doc: Doc, hits: Candidate[], emit: Emit): void {
  if (doc.lang !== 'ko') return;
  const taken = [...hits];
  const take: Take = (start, end, extra) => {
    const info = addEntity(doc, personEntity(doc.text.slice(start, end), extra));
    taken.push({ start, end, id: info.id, type: 'Person', how: 'discovered', kind: 'name' });
    emit(start, end, info, 'discovered');
  };
  spelledPersons(doc, taken, take);
  titleCopulaPersons(doc, taken, take);
  givenNamePersons(doc, taken, take);
}

/** "엘리자베스 워렌 상원의원", "포리스트 노로드는": a known given name, then a plain word as the family name. */
const TWO_WORDS = /(?<![가-힣A-Za-z0-9])([가-힣]{1,6}) ([가-힣]{1,8})/g;
const TITLE_NEXT = new RegExp(`^\\s(?:[가-힣A-Za-z]+\\s){0,4}?[가-힣]*(?:${alt(GRAMMAR.titlesKo)})`);

function givenNamePersons(doc: Doc, taken: Candidate[], take: Take): void {
  const { text } = doc;
  TWO_WORDS.lastIndex = 0;
  for (let m = TWO_WORDS.exec(text); m; m = TWO_WORDS.exec(text)) {
    const [, given = '', word = ''] = m;
    if (!GIVEN_NAMES_KO.has(given)) {
      // the second word may be a given name itself: go on from it
      TWO_WORDS.lastIndex = m.index + given.length + 1;
      continue;
    }
    const family = stem(word);
    const end = m.index + given.length + 1 + family.length;
    const particle = word.slice(family.length);
    const after = text.slice(end, end + 40);
    // one syllable on either side is a weak name: it needs a title after it, a particle or punctuation
    const anchored = particle !== '' || /^[,(·]/.test(after) || TITLE_NEXT.test(after);
    if (given.length + family.length < 3 || !anchored) continue;
    if (GIVEN_NAMES_KO.has(family) || VERBISH.test(family) || FIRM_END_KO.test(family) || !plainWord(family)) continue;
    if (covered(taken, m.index, end)) continue;
    take(m.index, end);
  }
}
