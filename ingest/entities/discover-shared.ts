/**
 * Entity discovery, shared parts: stop lists, name shapes, and how a discovered name becomes an
 * entity (id from the romanised name, developer folded into a model's id).
 */
import type { EntityType } from '../../graph/model.js';
import { type Doc, tokensIn } from '../doc.js';
import { ENTITIES, GRAMMAR, isParticleRun, matchAt, PARTICLES } from '../lexicon.js';
import type { EntityInfo } from '../types.js';
import type { Candidate } from './match.js';
import { personSlug, slug } from './romanize.js';
import { spanIndex } from './spans.js';

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

/** "한빛랩", "새솔벤처스", "XYZ자산운용": a Korean word ending like a firm or a fund names the firm, not a person. */
export const FIRM_END_KO = new RegExp(`(?:${alt([...GRAMMAR.companySuffixKo, ...GRAMMAR.financeSuffixKo])})$`);

/** A firm's kind before its name, the lexicon's fund kinds (벤처캐피탈, 헤지펀드 …) among them. */
export const COMPANY_NOUN_KO = [
  '스타트업|기업|업체|회사|빅테크|팹리스|개발사|유니콘|게임사|통신사|제조사|칩메이커|파운드리|테크기업|AI기업',
  alt(GRAMMAR.fundNounsKo),
  alt(GRAMMAR.firmNounsKo),
].join('|');

/** English nouns for a kind of firm ("a Chinese startup", "chipmaker Nvidia"). */
export const COMPANY_NOUN_EN = 'startup|start-up|company|firm|chipmaker|lab|developer|maker|giant|unicorn|conglomerate';
export const NAME_EN = "[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?";
export const FULL_NAME_EN = `${NAME_EN}(?:\\s+[A-Z]\\.)?(?:\\s+${NAME_EN}){1,2}`;
export const STOP_EN = new Set(GRAMMAR.stopNamesEn);
export const STOP_KO = new Set([
  ...GRAMMAR.stopNamesKo,
  '가운데',
  '관계자',
  '중심',
  '위주',
  '대상',
  '전반',
  '다수',
  '상당수',
  '대부분',
  '모두',
  '역시',
  '사이',
  '육성',
  '지원',
  '투자',
  '생태계',
  '경쟁력',
  '성장',
  '발전',
  '규제',
  '혁신',
  '협력',
  '인수',
  '전략',
  '정책',
  '시장',
  '환경',
  '주가',
  '실적',
  '매출',
  '가치',
  '기술',
  '제품',
  '서비스',
  '임원',
  '직원',
  '대표',
  '등',
  '수준',
  '경영',
  '최초',
  '최고',
  '고객',
  '고객사',
  '주주',
  '투자자',
  '임직원',
  '소비자',
  '이용자',
  '사용자',
  // connectives and adverbs that open a clause before "회사 대표": "동시에 스케일AI 대표와"
  '이른바',
  // time words before a dated clause: "지난해 8월부터 … 연구원"
  '지난해',
  '지난달',
  '지난주',
  '올해',
  '작년',
  '내년',
  '이듬해',
  '동시에',
  '나아가',
  '더불어',
  '아울러',
  '손잡고',
  '이어',
  '함께',
  '또한',
  '특히',
  '한편',
]);
const COMMON_KO = new Set(GRAMMAR.commonNounsKo);
const BOUND_KO = new Set(GRAMMAR.boundNounsKo);

/**
 * Is a word after a company noun an ordinary noun rather than a name ("회사 측은", "기업 고객들에게",
 * "회사 내부적으로", "스타트업 중에서는")? Only a name can follow 스타트업/기업 as an apposition, but
 * the same nouns head everyday phrases, and a romanised common noun makes a bogus company. Checked
 * on the word as written (a bound noun plus particles: 측으로부터, 내에서) and on the name without
 * a plural or derivational suffix (고객들, 내부적, 맞춤형, 고객용) or the copula (라이벌인 A와 B).
 */
export function isCommonNounKo(written: string, name: string): boolean {
  if (BOUND_KO.has(written[0] ?? '') && isParticleRun(written.slice(1))) return true;
  if (COMMON_KO.has(name)) return true;
  return name.length > 2 && /[들적형용인]$/.test(name) && COMMON_KO.has(name.slice(0, -1));
}

/**
 * Does the morphological analysis read the Hangul word at [start, end) as ordinary vocabulary:
 * one dictionary noun (협업, 설립) or a noun with a derivational suffix (역사상)? A name the dictionary
 * lacks is unknown to the analyser (퀄리타스), read as a proper noun (퓨리오사, 한국성장금융) or cut
 * into several pieces (리비/안, 하늘/데이터), so it is not refused. Compounds of two common nouns
 * (지배구조) look like new names (코어브레인) to the analysis; those are in commonNounsKo.
 */
export function ordinaryWordKo(doc: Doc, start: number, end: number): boolean {
  const toks = tokensIn(doc, start, end).filter((t) => t.end <= end);
  if (toks.reduce((n, t) => n + (t.end - t.start), 0) < end - start) return false; // a gap: not read as these
  // "옥석가리기", "직접": a verb made a noun, or an adverb, is vocabulary too
  const verbal = toks.some((t, i) => t.pos === 'ETN' || (/^V[VA]$/.test(t.pos) && toks[i + 1]?.text === '기'));
  if (verbal || (toks.length === 1 && toks[0]?.pos === 'MAG')) return true;
  // "뒤에": a noun with its particles still on it
  const body = toks.filter((t, i) => i === 0 || !t.pos.startsWith('J'));
  const [a, b, c] = body;
  if (!a || c || a.pos !== 'NNG') return false;
  return !b || (b.pos === 'XSN' && NOUN_SUFFIXES.has(b.text));
}
/**
 * Is the Hangul word at [start, end) a verb form ("내놓으면서", "부진한", "확대하는")? It starts with a
 * verb or adjective stem, or ends in a clause or modifier ending. The analysis alone would refuse
 * new names too: it cuts "베리타온" into 베리/타/온 and reads a verb in it.
 */
const VERBAL_END = /(?:면서|으며|하며|하고|하는|되는|하던|한|된|던|는)$/;
export function verbalKo(doc: Doc, start: number, end: number): boolean {
  const first = tokensIn(doc, start, end)[0];
  return (first?.start === start && /^V[VAX]$/.test(first.pos)) || VERBAL_END.test(doc.text.slice(start, end));
}

/**
 * Does the analysis read the Hangul word at [start, end) as an inflected form, no name: a verb or
 * adjective stem with its ending ("떠올랐고" 떠오르/VV 았/EP 고/EC, "나설" 나서/VV ᆯ/ETM), or a noun
 * with a case particle on it ("전쟁에" 전쟁/NNG 에/JKB). A name the dictionary lacks may be cut into
 * odd pieces ("멘슈" 멘/NNG 이/VCP 슈/EC), but it does not open with a verb stem, and a particle
 * after a dictionary noun is read as one; the topic particles (은/는, "최고은") are not taken as
 * proof, since the analysis cuts them off names as well. Without `particles`, only the verb forms:
 * a foreign name may end like a noun and a particle ("카를로" 카를/NNG 로/JKB).
 */
export function inflectedKo(doc: Doc, start: number, end: number, particles = true): boolean {
  const toks = tokensIn(doc, start, end).filter((t) => t.end <= end);
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last || first.start !== start || last.end !== end) return false;
  if (/^V[VAX]$/.test(first.pos) && last.pos.startsWith('E')) return true;
  const body = toks.slice(0, -1);
  return (
    particles && last.pos.startsWith('JK') && body.length > 0 && body.every((t) => /^(?:NNG|NNB|XSN)$/.test(t.pos))
  );
}

/**
 * Does the analysis read the Hangul word at [start, end) as a compound of vocabulary: a prefix on a
 * noun ("대규모" 대/XPN 규모/NNG), a noun with a derivational suffix ("갑질" 갑/NNG 질/XSN), or two
 * dictionary nouns of two syllables each ("투자시장", "승자독식", "확보자금"), the shape of Sino-Korean
 * compounds. New names cut into nouns mostly have a longer part (코어/브레인, 하늘/데이터). A
 * particle after the word is no part of it.
 */
export function compoundNounKo(doc: Doc, start: number, end: number): boolean {
  const toks = tokensIn(doc, start, end).filter((t) => t.end <= end && !t.pos.startsWith('J'));
  const [a, b, c] = toks;
  if (!a || !b || c || a.start !== start) return false;
  if (a.pos === 'XPN' && b.pos === 'NNG') return true;
  // a suffix of ordinary derivation only: new names end oddly too (비나틱 비나/NNG 틱/XSN)
  if (a.pos === 'NNG' && b.pos === 'XSN') return NOUN_SUFFIXES.has(b.text) || b.text === '질';
  return a.pos === 'NNG' && b.pos === 'NNG' && a.text.length === 2 && b.text.length === 2 && b.end === end;
}

/** Suffixes that make an ordinary derived noun (역사상, 세계적, 고도화), unlike the odd ends of new names (비나틱). */
const NOUN_SUFFIXES = new Set([
  '상',
  '적',
  '화',
  '형',
  '용',
  '별',
  '들',
  '간',
  '내',
  '외',
  '성',
  '권',
  '계',
  '급',
  '측',
  '액',
  '율',
  '률',
  '량',
]);

export const SURNAMES = new Set(GRAMMAR.koreanSurnames);
export const TWO_SURNAMES = new Set(GRAMMAR.koreanTwoCharSurnames);

export type Emit = (start: number, end: number, info: EntityInfo, how?: Candidate['how']) => void;

export const covered = (hits: Candidate[], start: number, end: number) => spanIndex(hits).overlaps(start, end);

/** Remove a Korean particle tail: 딥시크가 → 딥시크 (the shortest name whose rest is particles). */
export function stripParticle(token: string): string {
  // a remainder that is one particle wins over one that must be split in two (메디브레인의 is
  // 메디브레인 + 의, not 메디브레 + 인 + 의); a bare 인 (copula) after a name is too rare to strip
  for (const whole of [true, false]) {
    for (let k = 2; k <= token.length; k++) {
      const rest = token.slice(k);
      if (rest === '인' || (whole && rest !== '' && !PARTICLES.has(rest))) continue;
      if (isParticleRun(rest)) return token.slice(0, k);
    }
  }
  return token;
}

/**
 * The lexicon entry of this type that has `word` as a form, weak ones included: "박성현 리벨리온
 * 대표" found by its title is the lexicon's 박성현, whose bare name alone was too common to take.
 */
export function lexicalEntity(word: string, type: EntityType): EntityInfo | undefined {
  for (const m of matchAt(word.toLowerCase(), 0)) {
    if (m.end !== word.length) continue;
    for (const h of m.hits) {
      const info = ENTITIES.get(h.id);
      if (info?.type === type && h.kind !== 'short') return info;
    }
  }
  return undefined;
}

export function isLexicalForm(word: string): boolean {
  return matchAt(word.toLowerCase(), 0).some((m) => m.end === word.length);
}

/** A person named `name`: the lexicon's person of that name, else a new one (with `extra`, e.g. its Latin spelling). */
export const personEntity = (name: string, extra: Partial<EntityInfo> = {}): EntityInfo =>
  lexicalEntity(name, 'Person') ?? newEntity('Person', name, extra);

export function newEntity(type: EntityType, name: string, extra: Partial<EntityInfo> = {}): EntityInfo {
  const hangul = /[가-힣]/.test(name);
  const prefix =
    type === 'Company'
      ? 'company'
      : type === 'Person'
        ? 'person'
        : type === 'Model'
          ? 'model'
          : type === 'Product'
            ? 'product'
            : 'org';
  const key = type === 'Person' ? personSlug(name, TWO_SURNAMES.has(name.slice(0, 2))) : slug(name);
  const dev = extra.developer ? `${extra.developer.slice(extra.developer.indexOf(':') + 1)}/` : '';
  return {
    id: `${prefix}:${type === 'Model' || type === 'Product' ? dev : ''}${key}`,
    type,
    ko: hangul ? [name] : [],
    en: hangul ? [] : [name],
    ...extra,
  };
}
