/**
 * Entity discovery, shared parts: stop lists, name shapes, and how a discovered name becomes an
 * entity (id from the romanised name, developer folded into a model's id).
 */
import type { EntityType } from '../../graph/model.js';
import { GRAMMAR, isParticleRun, matchAt, PARTICLES } from '../lexicon.js';
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
]);
const COMMON_KO = new Set(GRAMMAR.commonNounsKo);
const BOUND_KO = new Set(GRAMMAR.boundNounsKo);

/**
 * Is a word after a company noun an ordinary noun rather than a name ("회사 측은", "기업 고객들에게",
 * "회사 내부적으로", "스타트업 중에서는")? Only a name can follow 스타트업/기업 as an apposition, but
 * the same nouns head everyday phrases, and a romanised common noun makes a bogus company. Checked
 * on the word as written (a bound noun plus particles: 측으로부터, 내에서) and on the name without
 * a plural or derivational suffix (고객들, 내부적, 맞춤형, 고객용).
 */
export function isCommonNounKo(written: string, name: string): boolean {
  if (BOUND_KO.has(written[0] ?? '') && isParticleRun(written.slice(1))) return true;
  if (COMMON_KO.has(name)) return true;
  return name.length > 2 && /[들적형용]$/.test(name) && COMMON_KO.has(name.slice(0, -1));
}

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

export function isLexicalForm(word: string): boolean {
  return matchAt(word.toLowerCase(), 0).some((m) => m.end === word.length);
}

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
