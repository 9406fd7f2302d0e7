/**
 * BASED_IN where the sentence says that some companies are of a country without an apposition
 * to each one: "오픈AI, 구글, 메타 등 미국 빅테크", "바이두 … 같은 중국 AI", "'중국판 오픈AI'로
 * 불리는 미니맥스", "Chinese tech giants such as Baidu". The country must be written as a descriptor
 * of companies (country + company noun, 중국판/중국계, a nationality adjective + company noun), and
 * the lexicon must place the company in that very country. A country merely named in the same
 * sentence ("미국 의회는 메타를 …") supports nothing.
 */

import type { Doc } from '../doc.js';
import { ENTITIES, entityInfo, NATIONALITY } from '../lexicon.js';
import type { MentionHit } from '../types.js';
import type { Arg, SentenceArgs } from './args.js';
import type { Emit } from './lists.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (w: string[]) =>
  [...new Set(w)]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

/** Nouns that make a country word describe companies (not a government, a market, a people). */
const COMPANY_NOUN_KO =
  '빅테크|기업|스타트업|업체|회사|제조사|테크|칩메이커|팹리스|유니콘|게임사|개발사|통신사|그룹|AI|인공지능';
const MODIFIER_KO = '(?:AI|IT|인공지능|반도체|테크|기술|대형|주요|신흥|토종|대표|빅테크|생성형|클라우드|플랫폼)\\s*';
const DESC_AFTER_KO = new RegExp(
  `^(?:판|계)|^(?:의)?\\s*(?:${MODIFIER_KO}(?:\\([A-Za-z]+\\)\\s*)?){0,2}(?:${COMPANY_NOUN_KO})(?:들)?(?![가-힣]{2})`,
);
const COMPANY_NOUN_EN =
  'companies|company|firms|firm|startups|startup|giants|giant|groups|group|rivals|chipmakers|chipmaker|developers|labs|providers|provider|makers|maker|behemoths|titans|heavyweights|powerhouses|players';
const DESC_AFTER_EN = new RegExp(`^\\s+(?:[A-Za-z-]+\\s+){0,3}?(?:${COMPANY_NOUN_EN})\\b`);

const DOMESTIC = new RegExp(`(?<![가-힣])국내\\s*(?:${MODIFIER_KO}){0,2}(?:${COMPANY_NOUN_KO})`);

/** "중국판 오픈AI", "중국계 스타트업": a glued adjective that lexicon matching (rightly) does not take as a mention.
 * A short generic pattern, then a map look-up: no alternation of every country name per position. */
const KO_ADJ = /(?<![가-힣])([가-힣]{2,7})(?=[판계](?![가-힣]))/g;
const EN_ADJ = new RegExp(`(?<![A-Za-z])(${alt([...NATIONALITY.keys()])})(?![A-Za-z])`, 'g');
const KO_COUNTRY = new Map<string, string>();
for (const e of ENTITIES.values()) if (e.type === 'Country') for (const n of e.ko) KO_COUNTRY.set(n, e.id);

/** Adjective uses of a country found once per article, as hits that relation rules may use. */
const ADJ_CACHE = new WeakMap<Doc, MentionHit[]>();
function adjectives(doc: Doc): MentionHit[] {
  let out = ADJ_CACHE.get(doc);
  if (out) return out;
  out = [];
  const re = doc.lang === 'ko' ? KO_ADJ : EN_ADJ;
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const word = m[1] ?? '';
    const id = doc.lang === 'ko' ? KO_COUNTRY.get(word) : NATIONALITY.get(word);
    const info = id ? entityInfo(id) : undefined;
    if (info) out.push({ start: m.index, end: m.index + word.length, id: info.id, type: info.type, how: 'abbrev' });
  }
  ADJ_CACHE.set(doc, out);
  return out;
}

/** Countries this sentence uses as a descriptor of companies, with the span that says so. */
function describedCountries(doc: Doc, s: SentenceArgs): Map<string, MentionHit> {
  const out = new Map<string, MentionHit>();
  const desc = doc.lang === 'ko' ? DESC_AFTER_KO : DESC_AFTER_EN;
  for (const a of s.args) {
    if (a.hit.type !== 'Country' || out.has(a.hit.id)) continue;
    if (desc.test(doc.text.slice(a.hit.end, a.hit.end + 48))) out.set(a.hit.id, a.hit);
  }
  // "네이버, KT 등 국내 기업": in a Korean article 국내 is Korea, when the article names Korea
  if (doc.lang === 'ko' && !out.has('country:kr')) {
    const at = doc.text.slice(s.start, s.end).search(DOMESTIC);
    const kr = at >= 0 ? doc.hits.find((h) => h.id === 'country:kr') : undefined;
    if (kr) out.set(kr.id, kr);
  }
  for (const h of adjectives(doc)) {
    if (h.start < s.start || h.end > s.end || out.has(h.id)) continue;
    if (desc.test(doc.text.slice(h.end, h.end + 48))) out.set(h.id, h);
  }
  return out;
}

/**
 * "영국 반도체 설계 IP 기업 Arm", "미국의 '클로드' 개발사인 앤트로픽", "미국의 오픈AI, 구글": a
 * country, then up to three words of any kind and a company noun, or just its genitive, right
 * before a company; the list that goes on from it ("…, 구글") shares the country. Only the
 * company the description touches, and only where the lexicon places it nowhere else.
 */
const WIDE_DESC_KO = new RegExp(
  `^(?:의)?\\s*(?:(?:['"][^'"\\n]{1,20}['"]|[가-힣A-Za-z]{1,8})(?:\\([A-Za-z]+\\))?\\s+){0,3}(?:${COMPANY_NOUN_KO})(?:들|인)?\\s*['"]?$|^의\\s*['"]?$`,
);
const LIST_GAP_KO = /^['"]?\s*(?:,|·|와|과|및)\s*['"]?$/;

function adjacentCountryLinks(doc: Doc, s: SentenceArgs, emit: Emit): void {
  if (doc.lang !== 'ko') return;
  const place = (a: Arg) => entityInfo(a.hit.id)?.country ?? doc.entities.get(a.hit.id)?.country;
  s.args.forEach((c, i) => {
    if (c.hit.type !== 'Country') return;
    // a model in the description ("미국의 '클로드' 개발사인 앤트로픽") is part of it
    let j = i + 1;
    while (s.args[j] && (s.args[j]?.hit.type === 'Model' || s.args[j]?.hit.type === 'Product')) j++;
    const first = s.args[j];
    if (first?.hit.type !== 'Company') return;
    if (!WIDE_DESC_KO.test(doc.text.slice(c.hit.end, first.hit.start))) return;
    const known = place(first);
    if (known && known !== c.hit.id) return;
    emit('BASED_IN', [first], [c], 0.7);
    for (let k = j + 1, prev = first; k < s.args.length; k++) {
      const next = s.args[k] as Arg;
      if (next.hit.type !== 'Company' || !LIST_GAP_KO.test(doc.text.slice(prev.tail, next.hit.start))) break;
      if (place(next) === c.hit.id) emit('BASED_IN', [next], [c], 0.65);
      prev = next;
    }
  });
}

export function describedCountryLinks(doc: Doc, s: SentenceArgs, emit: Emit): void {
  adjacentCountryLinks(doc, s, emit);
  let described: Map<string, MentionHit> | undefined;
  for (const a of s.args) {
    if (a.hit.type !== 'Company') continue;
    const country = doc.entities.get(a.hit.id)?.country;
    if (!country) continue;
    described ??= describedCountries(doc, s);
    const hit = described.get(country);
    if (!hit) continue;
    if (!doc.entities.has(hit.id)) {
      const info = entityInfo(hit.id);
      if (info) doc.entities.set(info.id, info);
    }
    if (!doc.hits.includes(hit) && !doc.extraHits.includes(hit)) doc.extraHits.push(hit);
    const arg: Arg = { hit, tail: hit.end, role: 'none', quote: a.quote };
    emit('BASED_IN', [a], [arg], 0.6);
  }
}
