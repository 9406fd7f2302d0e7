/**
 * Entity discovery, persons: Korean names before a title (하정우 네이버클라우드 센터장), the
 * employer between them even when unknown, English "CEO Jane Doe" / "Jane Doe, chief executive of
 * X", and short references back to a person named in full (하 센터장, Doe).
 */
import type { EntityType } from '../../graph/model.js';
import type { Doc } from '../doc.js';
import { tokensIn } from '../doc.js';
import { GRAMMAR, isHangul, isParticleRun } from '../lexicon.js';
import {
  alt,
  COMPANY_NOUN_EN,
  covered,
  type Emit,
  FIRM_END_KO,
  FULL_NAME_EN,
  inflectedKo,
  isCommonNounKo,
  isLexicalForm,
  newEntity,
  personEntity,
  STOP_EN,
  STOP_KO,
  SURNAMES,
  TWO_SURNAMES,
} from './discover-shared.js';
import { GIVEN_NAMES_KO } from './given-names.js';
import { addEntity, type Candidate, hangulRunAfter } from './match.js';
import { occurrences, spanIndex, startingAt } from './spans.js';

const TITLES_KO = new Set(GRAMMAR.titlesKo);
/**
 * A title, possibly glued to what it heads: 개발실장, 딥러닝본부장, 제2차관, 선임연구위원. Group 1 is the
 * whole word, group 2 the bare title (what a later short reference uses: "류 차관").
 */
const TITLE_KO_RE = new RegExp(
  `(?<=[\\s(])((?:제\\d+|[A-Za-z]{0,3}[가-힣]{1,5})??(${alt(GRAMMAR.titlesKo)}))(?![A-Za-z])`,
  'g',
);
/** The titles, and nouns of a person's trade that no lexicon title lists ("a competition law expert"). */
const TITLE_EN = alt([...GRAMMAR.titlesEn, 'expert', 'lawyer', 'attorney', 'entrepreneur']);
/** "…," said Jane Roe. / said Jane Roe, who …: the speaker of a quote, a full name closing the clause. */
const SAID_NAME = new RegExp(`\\bsaid\\s+(${FULL_NAME_EN})(?=\\.(?:\\s|$)|,\\s+who\\b)`, 'g');
const FIRM_SUFFIX_EN = new Set(GRAMMAR.companySuffixEn);
const TITLE_THEN_NAME = new RegExp(`\\b(?:${TITLE_EN})\\s+(${FULL_NAME_EN})\\b`, 'g');
const NAME_COMMA_TITLE = new RegExp(
  `(${FULL_NAME_EN}),\\s+(?:(?:the|a|an|its|his|her)\\s+)?(?:former\\s+)?(?:[A-Z][\\w.&-]*(?:['’]s)?\\s+)?(?:[a-z-]+(?:['’]s)?\\s+(?:and\\s+)?){0,3}(?:${TITLE_EN})\\b(?!\\s+(?:${COMPANY_NOUN_EN})s?\\b)`,
  'g',
);
/** "former Meta researchers Timothee Lacroix and Guillaume Lample": a plural role noun, then names. */
const ROLE_PLURAL_NAMES = new RegExp(
  `\\b(?:researchers|executives|engineers|scientists|founders|co-founders|cofounders|analysts|officials|investors|partners)\\s+(${FULL_NAME_EN})\\s+and\\s+(${FULL_NAME_EN})\\b`,
  'g',
);

/**
 * A Korean full name. Words ending like an adnominal verb (선정한, 발표된) are refused unless
 * `loose`: a known organisation stands between the word and the title (김창한 크래프톤 대표),
 * where a verb cannot be.
 */
function koreanName(token: string, loose = false): boolean {
  if (!/^[가-힣]{3,4}$/.test(token) || STOP_KO.has(token) || TITLES_KO.has(token) || isCommonNounKo(token, token))
    return false;
  if (token.length === 4 && !TWO_SURNAMES.has(token.slice(0, 2))) return false;
  if (!SURNAMES.has(token[0] ?? '') && !TWO_SURNAMES.has(token.slice(0, 2))) return false;
  // "한빛랩 대표": a word ending like a firm (랩, 테크, 벤처스) names the employer, not the person
  if (FIRM_END_KO.test(token)) return false;
  // "민주당 의원", "공화당 소속": a party, not a person
  if (token.endsWith('당')) return false;
  return (
    !/^(한국|중국|미국|일본|영국|독일|외국|국내|해외|정부|업계|관계)/.test(token) &&
    // "위텍을 사외이사로": a word ending in an object particle is the object, not the holder
    (loose || !/[한된될던는을를]$/.test(token))
  );
}

/** Words ending in a title that name no office a person holds. */
const NOT_TITLES = new Set(['국가대표', '대표단', '의원단', '위원단']);

/** Units inside an employer (시스템반도체공학과, MX사업부): long words, but they do not end a title phrase. */
const UNIT_KO = /(?:학과|학부|대학원|연구실|연구소|사업부|본부|센터|부문|그룹)$/;

/** /[\s,."'()]/ by code unit: the word scan below tests every character it steps back over. */
const isWordStop = (c: number) =>
  c === 0x20 ||
  c === 0x2c ||
  c === 0x2e ||
  c === 0x22 ||
  c === 0x27 ||
  c === 0x28 ||
  c === 0x29 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** "하정우 네이버클라우드 AI 이노베이션 센터장": a Korean name a few words before a title. */
export function koreanPersons(doc: Doc, hits: Candidate[], emit: Emit, titles: Map<string, string>): void {
  const { text } = doc;
  const titleInName = spanIndex(hits);
  TITLE_KO_RE.lastIndex = 0;
  for (let m = TITLE_KO_RE.exec(text); m; m = TITLE_KO_RE.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (!isParticleRun(hangulRunAfter(text, end))) continue;
    // "국가대표 AI": a national team or champion, no person's title
    if (NOT_TITLES.has(m[1] ?? '')) continue;
    // "LG AI 연구원": the title word is part of a known organisation's name, no title
    if (titleInName.overlapping(m.index, end).some((h) => h.type === 'Company' || h.type === 'Organization')) continue;
    let k = m.index;
    let next: [number, number] | undefined; // the word between the name and the title, if any
    for (let steps = 0; steps < 5; steps++) {
      while (k > 0 && text[k - 1] === ' ') k--;
      let s = k;
      while (s > 0 && !isWordStop(text.charCodeAt(s - 1))) s--;
      if (s === k) break;
      let token = text.slice(s, k);
      // "= 도널드 트럼프 대통령", "배경엔 박 대표": a sign, another person or a bare surname before the
      // title ends the phrase; a name further left heads something else
      if (!/[가-힣A-Za-z0-9]/.test(token) || (SURNAMES.has(token) && steps === 0)) break;
      if (
        spanIndex(hits)
          .overlapping(s, k)
          .some((h) => h.type === 'Person' && !(h.start === s && h.end === k))
      )
        break;
      // "박서연 한빛대 교수": when the word before is a name too, the nearer one is the employer
      let s0 = s - 1;
      while (s0 > 0 && text[s0 - 1] === ' ') s0--;
      let p = s0;
      while (p > 0 && !isWordStop(text.charCodeAt(p - 1))) p--;
      if (!next && koreanName(token) && s0 < s && koreanName(text.slice(p, s0)) && !covered(hits, p, s0)) {
        next = [s, k];
        [s, k] = [p, s0];
        token = text.slice(s, k);
      }
      // "허깅페이스의 토마스 울프 최고과학책임자": a foreign name in Hangul, two words, right before the title
      // "라이언 빅스 벤처투자 공동 책임자": the employer and a modifier may stand between them
      const foreign = steps <= 3 && !koreanName(token) ? foreignNameKo(doc, hits, p, s0, s, k) : undefined;
      if (foreign !== undefined) {
        const name = text.slice(foreign, k);
        const info = addEntity(doc, personEntity(name));
        titles.set(info.id, m[2] ?? '');
        emit(foreign, k, info, 'discovered');
        break;
      }
      const orgBetween =
        next !== undefined && startingAt(hits, next[0]).some((h) => h.type === 'Company' || h.type === 'Organization');
      // "경쟁에 나설 국가대표": a noun with its case particle, or a verb form, names no one
      if (koreanName(token, orgBetween) && !covered(hits, s, k) && !inflectedKo(doc, s, k)) {
        const info = addEntity(doc, personEntity(token));
        titles.set(info.id, m[2] ?? '');
        emit(s, k, info, 'discovered');
        if (next) employerAfterName(doc, hits, emit, next);
        break;
      }
      if (startingAt(hits, s).some((h) => h.end === k && h.type === 'Person')) {
        titles.set(startingAt(hits, s)[0]?.id ?? '', m[2] ?? '');
        if (next) employerAfterName(doc, hits, emit, next);
        break;
      }
      next = [s, k];
      // a word ending like a particle or verb (비결에, 대해, 사용해) ends the title phrase
      if ((token.length > 8 && !UNIT_KO.test(token)) || /[다며고에해서는은을를의로한]$/.test(token)) break;
      k = s;
    }
  }
}

/** "공정거래위원회(위원장 한기정)": an office, then in brackets its title and the holder's name. */
const PAREN_TITLE_NAME = new RegExp(`\\((${alt(GRAMMAR.titlesKo)})\\s+([가-힣]{3,4})\\)`, 'g');

export function bracketedPersons(doc: Doc, hits: Candidate[], emit: Emit, titles: Map<string, string>): void {
  const { text } = doc;
  PAREN_TITLE_NAME.lastIndex = 0;
  for (let m = PAREN_TITLE_NAME.exec(text); m; m = PAREN_TITLE_NAME.exec(text)) {
    const name = m[2] ?? '';
    const start = m.index + m[0].length - 1 - name.length;
    if (!koreanName(name, true) || covered(hits, start, start + name.length)) continue;
    const info = addEntity(doc, personEntity(name));
    titles.set(info.id, m[1] ?? '');
    emit(start, start + name.length, info, 'discovered');
  }
}

/**
 * A foreign name written in Hangul as two words (토마스 울프, 크리슈나 라오): the given name is one
 * proper noun of the dictionary (it holds foreign given names), the family name a plain word of
 * Hangul without particles; neither is a known mention, a title or a stop word. Returns the start.
 */
function foreignNameKo(doc: Doc, hits: Candidate[], p: number, s0: number, s: number, k: number): number | undefined {
  const { text } = doc;
  const given = text.slice(p, s0);
  const family = text.slice(s, k);
  if (!/^[가-힣]{2,5}$/.test(given) || !/^[가-힣]{1,5}$/.test(family) || s0 >= s) return undefined;
  if (covered(hits, p, k) || [given, family].some((w) => STOP_KO.has(w) || TITLES_KO.has(w) || isCommonNounKo(w, w)))
    return undefined;
  // "빅스 벤처투자 공동 책임자": a word ending like a firm is the employer, not a family name
  if (FIRM_END_KO.test(family)) return undefined;
  // "마이클 맥콜 하원 외교위원장": a known given name before the pair starts the name one word earlier
  if (GIVEN_NAMES_KO.has(/([가-힣]+) $/.exec(text.slice(Math.max(0, p - 10), p))?.[1] ?? '')) return undefined;
  const toks = tokensIn(doc, p, s0);
  if (toks.length !== 1 || toks[0]?.pos !== 'NNP') return undefined;
  const fam = tokensIn(doc, s, k);
  if (!fam.every((t) => t.pos === 'NNP' || t.pos === 'NNG' || t.pos === 'UNKNOWN')) return undefined;
  return p;
}

/** Words that sit between a name and a title without naming an employer (공동 대표, 주한 대사). */
export const NOT_EMPLOYER = new Set([
  '공동',
  '신임',
  '초대',
  '당시',
  '직전',
  '상임',
  '명예',
  '각자',
  '사내',
  '사외',
  '주한',
  '주미',
  '주중',
  '주일',
  '현직',
  '전직',
  '총괄',
  '수석',
  '부문',
  '담당',
  '현',
  '전',
]);
const ORG_SUFFIX_KO = /(?:당|부|청|처|위원회|협회|재단|연구소|연구원|진흥원|학회|센터|대학교|대학|[가-힣]{2}대)$/;

/**
 * "김민성 한울투자증권 연구원", "강도윤 아르고반도체 대표": the one word between a person's name and
 * their title is the employer, even when no lexicon knows it.
 */
function employerAfterName(doc: Doc, hits: Candidate[], emit: Emit, [s, k]: [number, number]): void {
  const token = doc.text.slice(s, k);
  if (covered(hits, s, k) || !/^[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}$/.test(token)) return;
  if (!/[가-힣]/.test(token) && !/^[A-Z]/.test(token)) return;
  if (NOT_EMPLOYER.has(token) || STOP_KO.has(token) || TITLES_KO.has(token) || isLexicalForm(token)) return;
  if (isCommonNounKo(token, token) || inflectedKo(doc, s, k)) return;
  if (/(?:적|상|간|내|외|급|형|용|별)$/.test(token)) return;
  const type: EntityType = ORG_SUFFIX_KO.test(token) ? 'Organization' : 'Company';
  emit(s, k, addEntity(doc, newEntity(type, token)), 'discovered');
}

/** "Noam Shazeer and Daniel De Freitas": a full name joined to a person's name is a person too. */
const AND_NAME = new RegExp(`^\\s+and\\s+(${FULL_NAME_EN})\\b(?!\\s+[A-Z])`);

function coordinatedPersons(doc: Doc, hits: Candidate[], emit: Emit): void {
  for (const h of hits) {
    if (h.type !== 'Person') continue;
    const m = AND_NAME.exec(doc.text.slice(h.end, h.end + 60));
    // "Daniel De Freitas—both of whom": a dash glued to the last name ends it
    const name = m?.[1]?.replace(/-[a-z]+$/, '');
    if (!m || !name) continue;
    const start = h.end + m[0].indexOf(name);
    const words = name.split(/\s+/);
    if (words.some((w) => STOP_EN.has(w)) || covered(hits, start, start + name.length)) continue;
    if (words.some((w) => isLexicalForm(w))) continue;
    emit(start, start + name.length, addEntity(doc, newEntity('Person', name)), 'discovered');
  }
}

export function englishPersons(doc: Doc, hits: Candidate[], emit0: Emit): void {
  const found: Candidate[] = [];
  const emit: Emit = (start, end, info, how) => {
    found.push({ start, end, id: info.id, type: info.type, how: how ?? 'discovered', kind: 'name' });
    emit0(start, end, info, how);
  };
  for (const re of [TITLE_THEN_NAME, NAME_COMMA_TITLE, ROLE_PLURAL_NAMES, SAID_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      let from = m.index;
      for (const name of [m[1], m[2]]) {
        if (!name) continue;
        const start = doc.text.indexOf(name, from);
        from = start + name.length;
        const words = name.split(/\s+/);
        if (words.some((w) => STOP_EN.has(w)) || covered(hits, start, start + name.length)) continue;
        if (isLexicalForm(words[0] ?? '') || isLexicalForm(words[words.length - 1] ?? '')) continue;
        // "said Acme Robotics.": a firm suffix ends a company's name, not a person's
        if (FIRM_SUFFIX_EN.has(words[words.length - 1] ?? '')) continue;
        emit(start, start + name.length, addEntity(doc, newEntity('Person', name)), 'discovered');
      }
    }
  }
  coordinatedPersons(doc, [...hits, ...found], emit);
}

/** All titles, longest first: the first that fits wins, as in an alternation. */
const TITLES_LONGEST = [...GRAMMAR.titlesKo].sort((a, b) => b.length - a.length);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isWordChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;

/**
 * End of "하 센터장" / "하센터장" starting at `at`: the surname, at most one space, a title; -1
 * when none. Plain string tests, not a RegExp per person: compiling one per person per article
 * and running it over the whole text showed in profiles.
 */
function surnameTitleEnd(text: string, at: number, surname: string, titles: readonly string[]): number {
  if (at > 0 && isHangul(text.charCodeAt(at - 1))) return -1;
  let k = at + surname.length;
  if (isSpace(text[k])) k++; // a title never starts with a space, so no need to retry without it
  const t = titles.find((w) => text.startsWith(w, k));
  return t === undefined ? -1 : k + t.length;
}

/** Is the English surname at `at` a whole word, and not the first name of someone else ("Doe Smith")? */
function surnameAlone(text: string, at: number, end: number): boolean {
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return false;
  if (end < text.length && isWordChar(text.charCodeAt(end))) return false;
  let k = end;
  while (isSpace(text[k])) k++;
  return !(k > end && /[A-Z]/.test(text[k] ?? ''));
}

/** Short references: "하 센터장" after "하정우 … 센터장"; "Doe" after "Jane Doe". */
export function coreference(doc: Doc, hits: Candidate[], emit: Emit, titles: Map<string, string>): void {
  const { text } = doc;
  const persons = [...doc.entities.values()].filter((e) => e.type === 'Person');
  const firstHit = new Map<string, Candidate>();
  for (const h of hits) if (!firstHit.has(h.id)) firstHit.set(h.id, h);
  const surnameOf = (name: string) =>
    TWO_SURNAMES.has(name.slice(0, 2)) && name.length === 4 ? name.slice(0, 2) : name.slice(0, 1);
  const lastOf = (name: string) => {
    const words = name.split(/\s+/);
    const last = words[words.length - 1];
    return words.length < 2 || !last || last.length < 3 ? undefined : last;
  };
  // every surname and last name found in one pass over the text, not one pass per person
  const needles = new Set<string>();
  for (const p of persons) {
    for (const name of p.ko) if (/^[가-힣]{3,4}$/.test(name)) needles.add(surnameOf(name));
    for (const name of p.en) {
      const last = lastOf(name);
      if (last) needles.add(last);
    }
  }
  const list = [...needles];
  const where = new Map<string, number[]>(list.map((n) => [n, []]));
  for (const { name, at } of occurrences(text, list)) where.get(list[name] as string)?.push(at);
  // matches do not overlap: after one, the search goes on from its end
  const matches = (needle: string, endOf: (at: number) => number, take: (at: number, end: number) => void) => {
    let from = 0;
    for (const at of where.get(needle) ?? []) {
      if (at < from) continue;
      const end = endOf(at);
      if (end < 0) continue;
      take(at, end);
      from = end;
    }
  };
  for (const p of persons) {
    const first = firstHit.get(p.id);
    if (!first) continue;
    for (const name of p.ko) {
      if (!/^[가-힣]{3,4}$/.test(name)) continue;
      const surname = surnameOf(name);
      const title = titles.get(p.id) ?? p.title;
      const options = title ? [title] : TITLES_LONGEST;
      matches(
        surname,
        (at) => surnameTitleEnd(text, at, surname, options),
        (at, end) => {
          if (at >= first.start && isParticleRun(hangulRunAfter(text, end))) emit(at, end, p, 'coref');
        },
      );
    }
    for (const name of p.en) {
      const last = lastOf(name);
      if (!last) continue;
      matches(
        last,
        (at) => (surnameAlone(text, at, at + last.length) ? at + last.length : -1),
        (at, end) => {
          if (at > first.start) emit(at, end, p, 'coref');
        },
      );
    }
  }
}
