/**
 * BASED_IN where the sentence says that some companies are of a country without an apposition
 * to each one: "오픈AI, 구글, 메타 등 미국 빅테크", "바이두 … 같은 중국 AI", "'중국판 오픈AI'로
 * 불리는 미니맥스", "Chinese tech giants such as Baidu". The country must be written as a descriptor
 * of companies (country + company noun, 중국판/중국계, a nationality adjective + company noun), and
 * the lexicon must place the company in that very country. A country merely named in the same
 * sentence ("미국 의회는 메타를 …") supports nothing.
 */

import { type Doc, sentenceAt } from '../doc.js';
import { alt } from '../entities/discover-shared.js';
import { addEntity } from '../entities/match.js';
import { ENTITIES, entityInfo, GRAMMAR, NATIONALITY } from '../lexicon.js';
import type { MentionHit } from '../types.js';
import type { Arg, SentenceArgs } from './args.js';
import { type Emit, isMaker } from './lists.js';

/** Nouns that make a country word describe companies (not a government, a market, a people). */
/** Head nouns of a company description; a short glued stem may qualify them (대기업, 경쟁업체, 기술회사, 자산운용사). */
const COMPANY_NOUN_KO = [
  '빅테크|기업|스타트업|업체|회사|제조사|테크|칩메이커|팹리스|유니콘|게임사|개발사|통신사|그룹|AI|인공지능|경쟁사|운용사|금융사|투자사|투자은행|사모펀드|파운드리',
  alt(GRAMMAR.firmNounsKo),
].join('|');
const MODIFIER_KO =
  '(?:AI|IT|인공지능|반도체|테크|기술|대형|주요|신흥|토종|대표|빅테크|생성형|클라우드|플랫폼|최대|유력|거대|\\d대)\\s*';
/** "미국을 대표하는 4대 기술 기업": the country as the object of 대표하는 still describes the companies */
const REPRESENT_KO = '(?:을|를)\\s*대표하는\\s*';
const DESC_AFTER_KO = new RegExp(
  // "중국 내 업체": 내 and then a company noun of its own, not a name ("미국 내 오픈AI")
  `^\\s*내\\s+(?:${MODIFIER_KO}){0,2}(?:${COMPANY_NOUN_KO})(?:들)?(?![가-힣]{2}|[A-Za-z])|^(?:판|계)|^(?:의|${REPRESENT_KO})?\\s*(?:${MODIFIER_KO}(?:\\([A-Za-z]+\\)\\s*)?){0,3}(?:[가-힣]{0,2}(?:${COMPANY_NOUN_KO}))(?:들)?(?![가-힣]{2})`,
);
const COMPANY_NOUN_EN =
  'companies|company|firms|firm|startups|startup|giants|giant|groups|group|rivals|chipmakers|chipmaker|developers|labs|lab|providers|provider|makers|maker|behemoths|titans|heavyweights|powerhouses|players|designers|designer|champions|unicorns';
/** "Chinese AI firms", "China's two biggest tech firms", "China's “Big Six” AI firms" */
const DESC_AFTER_EN = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:[A-Za-z-]+|[“"'‘][A-Za-z -]+[”"'’])\\s+){0,3}?(?:${COMPANY_NOUN_EN})\\b`,
);

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

/** A country written as a descriptor of companies: its mention and where the description is. */
interface Described {
  hit: MentionHit;
  start: number;
  end: number;
}

/** Countries this sentence uses as a descriptor of companies, with the span that says so. */
function describedCountries(doc: Doc, s: SentenceArgs): Described[] {
  const out: Described[] = [];
  const desc = doc.lang === 'ko' ? DESC_AFTER_KO : DESC_AFTER_EN;
  const take = (hit: MentionHit, start: number, from: number) => {
    const m = desc.exec(doc.text.slice(from, from + 48));
    if (m) out.push({ hit, start, end: from + m[0].length });
  };
  for (const a of s.args) if (a.hit.type === 'Country') take(a.hit, a.hit.start, a.hit.end);
  // "네이버, KT 등 국내 기업": in a Korean article 국내 is Korea, when the article names Korea
  if (doc.lang === 'ko') {
    const kr = doc.hits.find((h) => h.id === 'country:kr');
    const re = new RegExp(DOMESTIC.source, 'g');
    const part = doc.text.slice(s.start, s.end);
    if (kr)
      for (let m = re.exec(part); m; m = re.exec(part))
        out.push({ hit: kr, start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  for (const h of adjectives(doc)) if (h.start >= s.start && h.end <= s.end) take(h, h.start, h.end);
  return out;
}

/** Between two members of a list of companies: "A, B", "A·B", "A와 B", "A(NYSE:X), B", "A and B". */
const MEMBER_GAP = /^\s*(?:\([^()]{0,30}\))?\s*(?:,|·|\/|와|과|및|이나|나|그리고|,?\s*and|or|&)?\s*['"‘’“”]?\s*$/;
/** From the last member to the country: "A, B 등 중국 기업", "A 같은 중국 업체", "Nvidia, a US chip designer". */
const BEFORE_DESC_KO =
  /^\s*(?:\([^()]{0,30}\))?\s*(?:등|같은|과 같은|와 같은|처럼|을 비롯한|를 비롯한|등의|등을 비롯한)\s*$/;
const BEFORE_DESC_EN = /^\s*(?:\([^()]{0,30}\))?,\s+(?:(?:an?|the|one|two|three|of|both|among)\s+)*$/;
/** From the description to the first member: "Chinese firms such as A", "China's AI firms (like A and B)". */
const AFTER_DESC_EN =
  /^\s*(?:[,:—–-]\s*)?\(?\s*(?:(?:such as|like|including|notably|namely|especially|led by)\s+)?(?:the\s+)?$/;

/** Is `a` a member of the list of companies that the description `d` is about? */
function described(doc: Doc, s: SentenceArgs, a: Arg, d: Described): boolean {
  const { text } = doc;
  const en = doc.lang === 'en';
  const between = (from: number, to: number) =>
    s.args.filter((o) => o.hit.start >= from && o.hit.end <= to && o !== a).sort((x, y) => x.hit.start - y.hit.start);
  const chain = (members: Arg[], from: number) => {
    let at = from;
    for (const m of members) {
      if (m.hit.type !== 'Company' && m.hit.type !== 'Organization') return false;
      if (!MEMBER_GAP.test(text.slice(at, m.hit.start))) return false;
      at = m.hit.end;
    }
    return at;
  };
  if (a.hit.end <= d.start) {
    const at = chain(between(a.hit.end, d.start), a.hit.end);
    return at !== false && (en ? BEFORE_DESC_EN : BEFORE_DESC_KO).test(text.slice(at, d.start));
  }
  if (a.hit.start < d.end) return false;
  const members = between(d.end, a.hit.start);
  const first = members[0] ?? a;
  if (!(en ? AFTER_DESC_EN : /^\s*$/).test(text.slice(d.end, first.hit.start))) return false;
  return chain([...members.slice(1), a], first.hit.end) !== false;
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
      // from the name, not its tail: "삼성전자와 SK하이닉스" (the tail has taken the 와)
      if (next.hit.type !== 'Company' || !LIST_GAP_KO.test(doc.text.slice(prev.hit.end, next.hit.start))) break;
      if (place(next) === c.hit.id) emit('BASED_IN', [next], [c], 0.65);
      prev = next;
    }
  });
}

/** Between a description and the one name it is in apposition to: "미국 반도체 기업 엔비디아", "… 기업인 '아람코'". */
const APPOSED_KO = /^\s*(?:인|이자)?\s*['"‘“]?$/;

/**
 * "삼성은 미국 칩 기업 엔비디아와, 또 구글과 …": a description in apposition to another company
 * describes that one, not every company of the sentence.
 */
function apposedToOther(doc: Doc, s: SentenceArgs, a: Arg, d: Described): boolean {
  // "'중국판 엔비디아'로 불리는 X" is an epithet, no apposition
  if (/[판계]$/.test(doc.text.slice(d.start, d.end))) return false;
  const k = s.args.findIndex((o) => o.hit.start >= d.end);
  const next = s.args[k];
  if (!next || next === a || !isMaker(next) || !APPOSED_KO.test(doc.text.slice(d.end, next.hit.start))) return false;
  // "미국 회사인 A(Latin)와 B": the list the apposed name opens shares it
  for (let j = k + 1, prev = next; j < s.args.length; j++) {
    const m = s.args[j] as Arg;
    // the name's own bracketed spelling, "오픈AI(OpenAI)", is no new member
    if (m.hit.id === prev.hit.id) continue;
    if (!isMaker(m) || !MEMBER_GAP.test(doc.text.slice(prev.hit.end, m.hit.start))) break;
    if (m === a) return false;
    prev = m;
  }
  return true;
}

export function describedCountryLinks(doc: Doc, s: SentenceArgs, emit: Emit): void {
  adjacentCountryLinks(doc, s, emit);
  nationalAnaphora(doc, s, emit);
  let descs: Described[] | undefined;
  for (const a of s.args) {
    if (a.hit.type !== 'Company') continue;
    const country = doc.entities.get(a.hit.id)?.country;
    descs ??= describedCountries(doc, s);
    // a company the lexicon places in the described country, anywhere in the sentence (gold and
    // readers take "A와 B의 중국 공장 … 한국 기업들" so); a name nobody placed only as a member of
    // the list the description is about ("나우라·파이오테크 등 중국 업체")
    // the list; English descriptions always ("Nvidia, a US chip designer, … Jefferies analysts")
    const lax = country && doc.lang === 'ko';
    const d = descs.find(
      (x) => (!country || x.hit.id === country) && (described(doc, s, a, x) || (lax && !apposedToOther(doc, s, a, x))),
    );
    if (!d) continue;
    const { hit } = d;
    if (!doc.entities.has(hit.id)) {
      const info = entityInfo(hit.id);
      if (info) doc.entities.set(info.id, info);
    }
    if (!doc.hits.includes(hit) && !doc.extraHits.includes(hit)) doc.extraHits.push(hit);
    const arg: Arg = { hit, tail: hit.end, role: 'none', quote: a.quote };
    emit('BASED_IN', [a], [arg], 0.6);
  }
}

/** "the Dutch lab", "the Swiss robot maker": a definite nationality phrase with no name after it. */
const NATIONAL_ANAPHOR_EN = new RegExp(
  `(?<![A-Za-z])[Tt]he\\s+(${alt([...NATIONALITY.keys()])})\\s+(?:[a-z][\\w-]*\\s+){0,3}?(?:${COMPANY_NOUN_EN})(?![\\w-])(?!\\s+(?:[A-Z]|of\\b|such\\b|like\\b|including\\b))`,
  'g',
);

/**
 * "Acme hired staff … as the Dutch lab grows …", "Acme said … the Swiss robot maker
 * expects": the phrase refers back to the nearest company named before it, in this
 * sentence or the one before, whom the lexicon places nowhere else.
 */
export function nationalAnaphora(doc: Doc, s: SentenceArgs, emit: Emit): void {
  if (doc.lang !== 'en') return;
  const part = doc.text.slice(s.start, s.end);
  const prev = sentenceAt(doc, s.start) - 1;
  const floor = doc.sentences[Math.max(0, prev)]?.start ?? s.start;
  NATIONAL_ANAPHOR_EN.lastIndex = 0;
  for (let m = NATIONAL_ANAPHOR_EN.exec(part); m; m = NATIONAL_ANAPHOR_EN.exec(part)) {
    const at = s.start + m.index;
    const country = NATIONALITY.get(m[1] ?? '');
    const info = country ? entityInfo(country) : undefined;
    if (!info) continue;
    const place = (h: MentionHit) => entityInfo(h.id)?.country ?? doc.entities.get(h.id)?.country;
    const target = [...doc.hits]
      .reverse()
      .find((h) => h.type === 'Company' && h.end <= at && h.start >= floor && (place(h) ?? info.id) === info.id);
    if (!target) continue;
    const adj = at + m[0].indexOf(m[1] ?? '');
    const hit: MentionHit = { start: adj, end: adj + (m[1] ?? '').length, id: info.id, type: info.type, how: 'abbrev' };
    addEntity(doc, info);
    doc.extraHits.push(hit);
    const a: Arg = { hit: target, tail: target.end, role: 'none', quote: 0 };
    emit('BASED_IN', [a], [{ hit, tail: hit.end, role: 'none', quote: 0 }], 0.6);
  }
}
