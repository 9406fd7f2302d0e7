/**
 * Korean phrase shapes some slot selectors read (slots.ts): the standard of a comparison
 * ("X보다", "X 대비"), a pair before 간/사이 ("미국과 중국 간 기술 패권 경쟁"), and where money comes
 * from in 에서 ("A와 B에서 투자를 받았다"). Split out of slots.ts to keep each file one concern.
 */
import { type Doc, tokensIn } from '../doc.js';
import { listRole, type SentenceArgs } from './args.js';
import { members } from './lists.js';

export const NOUNISH = new Set([
  'NNG',
  'NNP',
  'NNB',
  'NNBC',
  'NR',
  'NP',
  'SL',
  'SN',
  'SH',
  'XSN',
  'XPN',
  'MM',
  'UNKNOWN',
]);

export const THAN =
  /^(?:\s[0-9][0-9.]*[A-Za-z]{0,2})?(?:\([^()]{0,30}\))?['"’]?(?:보다(?:는|도)?|\s?대비|에\s?비해(?:서)?|[와과]\s?비교해(?:서)?|[와과]\s?비교하면)[\s,]/;
// "A와 B 간 협정 이후 경쟁": a time noun puts the predicate after the pair's own event
const AFTER_TIME = /^(?:이후|이전|후|전|속|중|가운데|뒤|때|당시|이래|직후|뒤로)$/;
const BETWEEN = /^(?:\([^()]{0,30}\))?\s?(?:간|사이)(?:의)?\s/;
/**
 * "미국과 중국 간 기술 패권 경쟁", "A와 B 사이의 AI 주도권 다툼": after 간 / 사이 the predicate noun may
 * come a few nouns on, with no particle, verb or clause between.
 */
export function betweenList(doc: Doc, from: number, to: number): boolean {
  const m = BETWEEN.exec(doc.text.slice(from, to));
  if (!m || to - from - m[0].length > 24) return false;
  const words = doc.text
    .slice(from + m[0].length, to)
    .trim()
    .split(/\s+/);
  return (
    words.length <= 3 &&
    !words.some((w) => AFTER_TIME.test(w)) &&
    tokensIn(doc, from + m[0].length, to).every((tok) => NOUNISH.has(tok.pos) || tok.pos === 'SY')
  );
}

/**
 * "A와 B에서 투자를 받았다", "알리바바에서 10억 달러를 조달": a company list in 에서 is where the money
 * comes from (a country in 에서 is only where it was raised).
 */
export function sourceIn(doc: Doc, s: SentenceArgs, l: number[]): boolean {
  const last = listRole(s, l);
  return Boolean(
    last &&
      last.hit.type !== 'Country' &&
      /^['"’)]*(?:\s*등)?(?:에서|에서도)$/.test(doc.text.slice(last.hit.end, last.tail)) &&
      members(s, l).every((a) => a.hit.type !== 'Country'),
  );
}
