/**
 * Entity discovery, persons named after their role: "공동창업자인 존 슐만이", "창업자 손 마사요시와",
 * "a chip startup founded in 2019 by Aidan Gomez and Nick Frosst". A founder or chief-executive noun
 * is followed by a person, never by a firm or a thing, so the name after it needs no lexicon:
 * in Korean one Korean full name, or a foreign name in Hangul as two words (given name, family
 * name with its particles) that the analysis reads as nouns; in English one or two capitalised
 * full names after "founded … by".
 */
import type { Doc } from '../doc.js';
import { tokensIn } from '../doc.js';
import { GRAMMAR, isParticleRun, PARTICLES } from '../lexicon.js';
import {
  covered,
  type Emit,
  FULL_NAME_EN,
  isCommonNounKo,
  isLexicalForm,
  newEntity,
  personEntity,
  STOP_EN,
  STOP_KO,
  stripParticle,
} from './discover-shared.js';
import { addEntity, type Candidate } from './match.js';

const ROLE_KO =
  /(?<![가-힣])(?:공동\s?)?(?:창업자|창립자|설립자|창업주|최고경영자)(?:인|이자|이며|이던)?\s+([가-힣]{1,5})(?:\s([가-힣]{1,8}))?/g;
const TITLES_KO = new Set(GRAMMAR.titlesKo);
/** Nouns and unknown words only: a verb, an adverb or a particle ends a name. */
const NOUNISH = /^(?:NNP|NNG|NNB|UNKNOWN|SL|SH)$/;

export const plainWord = (w: string) =>
  w.length > 0 && !STOP_KO.has(w) && !TITLES_KO.has(w) && !isCommonNounKo(w, w) && !isLexicalForm(w);

/** "슐만이" → 슐만, "청이" → 청: the longest stem whose rest is one particle, else a particle run. */
export function stem(word: string): string {
  for (const single of [true, false])
    for (let k = word.length - 1; k >= 1; k--) {
      const rest = word.slice(k);
      if (single ? PARTICLES.has(rest) : isParticleRun(rest)) return word.slice(0, k);
    }
  return word;
}

export function nounsOnly(doc: Doc, start: number, end: number): boolean {
  const toks = tokensIn(doc, start, end);
  return toks.length > 0 && toks.every((t) => NOUNISH.test(t.pos));
}

function koreanRolePersons(doc: Doc, hits: Candidate[], emit: Emit): void {
  const { text } = doc;
  ROLE_KO.lastIndex = 0;
  for (let m = ROLE_KO.exec(text); m; m = ROLE_KO.exec(text)) {
    const first = m[1] ?? '';
    const second = m[2];
    const start = m.index + m[0].length - (second ? second.length + 1 : 0) - first.length;
    // "창업자 김하늘은": one Korean full name, its particle cut
    const one = stripParticle(first);
    const foreign = second ? stem(second) : '';
    let end: number;
    if (second && first === one && foreign !== second && /^[가-힣]{1,5}$/.test(foreign)) {
      // two words, the particle on the second: a foreign name in Hangul
      if (!plainWord(first) || !plainWord(foreign)) continue;
      end = start + first.length + 1 + foreign.length;
    } else if (/^[가-힣]{3,4}$/.test(one) && one !== first && !isCommonNounKo(one, one)) {
      end = start + one.length;
    } else continue;
    if (covered(hits, start, end) || !nounsOnly(doc, start, end)) continue;
    const name = text.slice(start, end);
    emit(start, end, addEntity(doc, personEntity(name)), 'discovered');
  }
}

const FOUNDED_BY = new RegExp(
  `\\b(?:co-?)?founded\\b(?:\\s+in\\s+\\d{4})?\\s+by\\s+(${FULL_NAME_EN})(?:\\s+and\\s+(${FULL_NAME_EN}))?`,
  'g',
);

function englishFounders(doc: Doc, hits: Candidate[], emit: Emit): void {
  const { text } = doc;
  FOUNDED_BY.lastIndex = 0;
  for (let m = FOUNDED_BY.exec(text); m; m = FOUNDED_BY.exec(text)) {
    let from = m.index;
    for (const name of [m[1], m[2]]) {
      if (!name) continue;
      const start = text.indexOf(name, from);
      from = start + name.length;
      const words = name.split(/\s+/);
      if (words.some((w) => STOP_EN.has(w) || isLexicalForm(w)) || covered(hits, start, from)) continue;
      emit(start, from, addEntity(doc, newEntity('Person', name)), 'discovered');
    }
  }
}

export function rolePersons(doc: Doc, hits: Candidate[], emit: Emit): void {
  if (doc.lang === 'ko') koreanRolePersons(doc, hits, emit);
  else englishFounders(doc, hits, emit);
}
