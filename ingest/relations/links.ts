/**
 * Relation stage, attribute-like relations: DEVELOPS, WORKS_FOR, BASED_IN. These come from
 * tight local structures (possessive "알리바바의 큐원", "OpenAI's o1"; "하정우 네이버클라우드
 * 센터장", "Nvidia CEO Jensen Huang"; "중국 스타트업 딥시크", "Chinese startup DeepSeek"), from a
 * development verb with its subject and object, or from the lexicon when the article itself
 * names both ends in one sentence.
 */

import { type Doc, tokensIn } from '../doc.js';
import { alt } from '../entities/discover-shared.js';
import { entityInfo, GRAMMAR, NATIONALITY } from '../lexicon.js';
import type { Arg, SentenceArgs } from './args.js';
import { foundedByEn, foundersKo, ownedCompanyEn } from './links-founders.js';
import { placeLinks } from './links-place.js';
import { type Emit, isMaker, isModel } from './lists.js';

const TITLE_KO = `${alt(GRAMMAR.titlesKo)}|최고\\s(?:경영자|[가-힣]{1,4}\\s?책임자)`;
const TITLE_EN = alt(GRAMMAR.titlesEn);
const DESC_KO = alt(GRAMMAR.companyDescriptorsKo);
const DESC_EN = alt(GRAMMAR.companyDescriptorsEn);

/** "X의 M", "X's M", "X 'M'", "X M": a maker right before a model names its developer. */
const OWNER_GAP = /^(?:의|'s|')?\s*['"]?$/;
const ORG_TITLE_PERSON = new RegExp(
  // "세미애널리시스(SemiAnalysis)의 설립자": the name's bracketed spelling comes first
  // "메타 정책 책임자인 X", "X의 최고운영책임자(COO)인 Y", "애플 디렉터를 역임한 Y": the title in apposition
  `^(?:\\([^()]{1,60}\\))?(?:의|['’]s)?\\s*(?:[\\w가-힣&-]+\\s+){0,3}?(?:${TITLE_KO}|${TITLE_EN})(?:\\s*\\([A-Za-z]+\\))?(?:인|(?:을|를)\\s(?:역임한|지낸))?\\s*$`,
);
const ORG_BRACKET_TITLE = new RegExp(`^\\(\\s*(?:${TITLE_KO}|${TITLE_EN})\\s+$`);
/** "OpenAI co-founders ", "Google's researchers ": a plural title, shared by every name of the list after it. */
const ORG_PLURAL_TITLE_EN = new RegExp(`^(?:['’]s)?\\s+(?:[\\w&-]+\\s+){0,3}?(?:${TITLE_EN})s,?\\s*$`);
/** Between two names of a list: "A, B", "A and B", "A, and B", "A와 B". */
const NAME_LIST_GAP = /^(?:와|과|,\s*(?:and\s+)?|\s+and\s+)\s*$/;
/** "(Mark Zheng) 수석 이코노미스트": the title after the person, the name's Latin spelling in brackets first. */
const ORG_PERSON_TITLE_AFTER = new RegExp(`^(?:\\([^()]{1,40}\\)\\s*)?(?:[\\w가-힣&-]+\\s+){0,3}?(?:${TITLE_KO})`);
const PERSON_ORG_KO = new RegExp(
  `^\\s*(?:[A-Za-z가-힣&-]+\\s+){0,3}?(?:(?:제\\d+|[A-Za-z]{0,3}[가-힣]{1,5})?(?:${TITLE_KO})|장)(?!적)`,
);
/** "Jane Doe, chief executive of Acme", "an analyst with Acme", "head of strategy at AI platform vendor Acme" */
const PERSON_TITLE_OF_ORG = new RegExp(
  `^,?\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:[\\w-]+\\s+(?:and\\s+)?){0,3}?(?:${TITLE_EN}|officer)\\s+(?:(?:of|for)\\s+[\\w-]+(?:\\s+(?:and\\s+)?[\\w-]+){0,2}\\s+)?(?:of|at|with)\\s+(?:the\\s+)?(?:(?:AI|[a-z][\\w-]*)\\s+){0,3}$`,
);
const PERSON_COMMA_ORG = /^,\s+(?:the\s+)?$/;
const ORG_TITLE_AFTER_EN = new RegExp(`^(?:['’]s)?\\s+(?:(?:senior|former|global|[A-Z]{2,5})\\s+)?(?:${TITLE_EN})\\b`);
/** "'X'를 이끄는 Y", "X 데이터센터 부문을 총괄하는 Y": up to two words of the unit the person runs */
const LEADS_KO =
  /^['"]?(?:\s+[가-힣A-Za-z]+){0,2}(?:을|를)\s+(?:이끄는|이끌고 있는|총괄하는|맡고 있는|설립한|창업한|세운|공동 창업한|공동창업한)\s+$/;
/** "Sakana AI, co-founded by former Google researchers David Ha and Llion Jones" */
const FOUNDED_BY = /^,?\s+(?:(?:co-?)?founded|led|run|headed|started)\s+(?:in\s+\d{4}\s+)?by\s+/;
/** A country's bracketed spelling, "아랍에미리트(UAE)", and a name's opening quote, "'아람코'". */
const COUNTRY_SPELLING = /^\([A-Za-z. ]{1,20}\)/;
const OPEN_QUOTE = /(?<=\s)['"‘“]$/;
const COUNTRY_DESC_KO = new RegExp(`^(?:의)?\\s*(?:(?:${DESC_KO})\\s*){0,3}$`);
const COUNTRY_DESC_EN = new RegExp(`^(?:'s)?(?:-based)?\\s+(?:(?:${DESC_EN})\\s+){0,3}$`);
const NATIONALITY_BEFORE = new RegExp(
  `(?<![A-Za-z])(${alt([...NATIONALITY.keys()])})(?:-based)?\\s+(?:(?:${DESC_EN})\\s+(?:\\([A-Z]{2,5}\\)\\s+)?){0,3}$`,
);
const NATIONALITY_AFTER = new RegExp(
  `^,\\s+(?:an?|the)\\s+(?:(?:leading|major|big|small|new|young|fast-growing|[a-z][\\w-]*-old)\\s+)?(${alt([...NATIONALITY.keys()])})\\s+(?:(?:${DESC_EN})\\s*(?:\\([A-Z]{2,5}\\)\\s*)?){1,3}`,
);

export function structuralLinks(doc: Doc, s: SentenceArgs, emit: Emit): void {
  const { text } = doc;
  const args = s.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as Arg;
    const b = args[i + 1];
    // DEVELOPS from possession / juxtaposition, unless the lexicon knows another developer
    if (
      b &&
      isMaker(a) &&
      isModel(b) &&
      OWNER_GAP.test(
        text.slice(a.hit.end, b.hit.start).trim() === '' ? '' : text.slice(a.hit.end, b.hit.start).replace(/\s+$/, ''),
      )
    ) {
      const dev = entityInfo(b.hit.id)?.developer ?? doc.entities.get(b.hit.id)?.developer;
      if (!dev || dev === a.hit.id || entityInfo(dev)?.country === undefined || related(dev, a.hit.id))
        emit('DEVELOPS', [a], [b], 0.85);
    }
    if (a.hit.type === 'Person') personLinks(doc, s, i, emit);
    const by = isMaker(a) ? FOUNDED_BY.exec(text.slice(a.tail, a.tail + 40)) : null;
    if (by) {
      const from = a.tail + by[0].length;
      const stop = text.indexOf(',', from) < 0 ? s.end : Math.min(s.end, text.indexOf(',', from));
      const founders = args.filter((p) => p.hit.type === 'Person' && p.hit.start >= from && p.hit.end <= stop);
      if (founders.length) emit('WORKS_FOR', founders, [a], 0.8);
    }
    if (isMaker(a) && !by) foundedByEn(doc, args, a, emit);
    // "Canada's AI Safety Institute" when the lexicon puts that name in Britain: the country
    // names another body of the same name, so it is no evidence for the known one
    const known = b && (entityInfo(b.hit.id)?.country ?? doc.entities.get(b.hit.id)?.country);
    if (a.hit.type === 'Country' && b && isMaker(b) && b.hit.start - a.tail < 40 && (!known || known === a.hit.id)) {
      // "아랍에미리트(UAE)의 … 기업인 X", "… 석유기업 '아람코'": the country's bracketed spelling
      // and the name's opening quote are no part of the description
      // (when the spelling is itself a mention, this is its closing bracket)
      const spelled = args[i - 1]?.hit.id === a.hit.id && text[a.hit.end] === ')';
      const from =
        a.hit.end + (spelled ? 1 : (COUNTRY_SPELLING.exec(text.slice(a.hit.end, b.hit.start))?.[0].length ?? 0));
      const to = b.hit.start - (OPEN_QUOTE.exec(text.slice(from, b.hit.start))?.[0].length ?? 0);
      const gap = text.slice(from, to);
      if (
        // a quoted name needs a description before it: "미국 '스타게이트' 프로젝트" names a project
        (to === b.hit.start || gap.trim() !== '') &&
        (doc.lang === 'ko'
          ? COUNTRY_DESC_KO.test(gap) || countryPhraseKo(doc, from, to)
          : COUNTRY_DESC_EN.test(gap) || /^(?:'s)\s+$/.test(gap))
      )
        emit('BASED_IN', [b], [a], 0.85);
    }
    // "도이치텔레콤(독일)", "사피온(미국 법인)": the country in brackets right after the name
    if (
      isMaker(a) &&
      b?.hit.type === 'Country' &&
      /^\s*\($/.test(text.slice(a.hit.end, b.hit.start)) &&
      /^\s*(?:법인|본사)?\s*\)/.test(text.slice(b.hit.end, b.hit.end + 8))
    )
      emit('BASED_IN', [a], [b], 0.8);
  }
  nationalityLinks(doc, s, emit);
  placeLinks(doc, s, emit);
  foundersKo(doc, s, emit);
}

/** Head nouns that make a noun phrase a description of one company. */
const COMPANY_HEAD_KO = new RegExp(
  `(?:기업|업체|회사|스타트업|벤처캐피털|벤처캐피탈|투자은행|사모펀드|운용사|제조사|개발사|플랫폼|빅테크|유니콘|팹리스|파운드리|투자사|은행|그룹|${alt(GRAMMAR.firmNounsKo)})$`,
);
/** Parts of speech a descriptive noun phrase is made of (nouns, foreign words, numbers, 대표'적'). */
const NOUN_PHRASE = new Set(['NNG', 'NNP', 'SL', 'SN', 'SH', 'XSN', 'XPN', 'XR', 'MM', 'NR']);

/**
 * "미국 유명 벤처캐피털인 스라이브캐피털", "네덜란드의 대표적 반도체 장비 제조업체인 ASML", "이스라엘 AI
 * 플랫폼 런AI": the country opens a noun phrase of nouns only whose head is a company noun, in
 * apposition (인) or juxtaposed to the name; up to two nouns may follow the 인 ("기업인 베이징 소재 X").
 */
function countryPhraseKo(doc: Doc, from: number, to: number): boolean {
  const gap = doc.text.slice(from, to);
  const words = gap.replace(/^의/, '').trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6 || !/\s$/.test(gap)) return false;
  // "벤처캐피털(VC)": a spelling in brackets is no part of the head noun
  const bare = words.map((w) => w.replace(/\([A-Za-z&. ]+\)$/, ''));
  const k = bare.findIndex((w) => /인$/.test(w) && COMPANY_HEAD_KO.test(w.slice(0, -1)));
  const head = k >= 0 ? k : COMPANY_HEAD_KO.test(bare[bare.length - 1] ?? '') ? bare.length - 1 : -1;
  if (head < 0 || words.length - 1 - head > 2) return false;
  const toks = tokensIn(doc, from, to);
  return toks.every(
    (t, i) =>
      NOUN_PHRASE.has(t.pos) ||
      // a bracketed spelling inside the phrase: "인공지능(AI) 선도기업"
      /^[()]$/.test(t.text) ||
      (i === 0 && t.pos === 'JKG') ||
      // the one 인 of the apposition
      (k >= 0 && ((t.pos === 'VCP' && toks[i + 1]?.pos === 'ETM') || (t.pos === 'ETM' && toks[i - 1]?.pos === 'VCP'))),
  );
}

/** Parent and subsidiary (네이버 / 네이버클라우드) both count as the developer. */
function related(a: string, b: string): boolean {
  const x = a.slice(a.indexOf(':') + 1);
  const y = b.slice(b.indexOf(':') + 1);
  return x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}

/** "일론 머스크의 AI 스타트업 xAI", "머스크 CEO가 설립한 AI 기업 xAI": a person's own company. */
const PERSON_OWNS_KO = new RegExp(
  `^(?:\\s+(?:${TITLE_KO}))?(?:의|(?:이|가|은|는)?\\s+(?:공동\\s?)?(?:설립한|창업한|세운|창립한|이끄는))\\s+(?:[A-Za-z가-힣()]+\\s+){0,3}$`,
);

/** The lexicon knows the person at another company than `org`. */
const otherEmployer = (p: Arg, org: Arg): boolean => {
  const known = entityInfo(p.hit.id)?.employer;
  return known !== undefined && known !== org.hit.id;
};

function personLinks(doc: Doc, s: SentenceArgs, i: number, emit: Emit): void {
  const { text } = doc;
  const p = s.args[i] as Arg;
  const prev = s.args[i - 1];
  const next = s.args[i + 1];
  if (
    doc.lang === 'ko' &&
    next &&
    isMaker(next) &&
    next.hit.start - p.hit.end < 40 &&
    PERSON_OWNS_KO.test(text.slice(p.hit.end, next.hit.start))
  )
    emit('WORKS_FOR', [p], [next], 0.8);
  if (doc.lang === 'en') ownedCompanyEn(doc, p, prev, next, emit);
  // "네이버클라우드 하정우 센터장", "Nvidia CEO Jensen Huang", "오픈AI의 샘 올트먼 CEO"
  if (prev && isMaker(prev) && p.hit.start - prev.hit.end < 40) {
    const gap = text.slice(prev.hit.end, p.hit.start);
    if (
      // "'윈판지능'을 이끄는 천루이 대표", "회사를 창업한 김 대표"
      LEADS_KO.test(gap) ||
      ORG_TITLE_PERSON.test(gap) ||
      // "Sequoia's Roelof Botha": an organisation's person
      /^['’]s\s+$/.test(gap) ||
      // "공정거래위원회(위원장 한기정)": the holder in brackets after the body
      (ORG_BRACKET_TITLE.test(gap) && /^\s*\)/.test(text.slice(p.hit.end, p.hit.end + 3))) ||
      // "X 그룹(X Group)의 A 수석": the mention may be the bracketed spelling, its bracket closing the gap
      (/^\)?(?:의)?\s+$/.test(gap) && ORG_PERSON_TITLE_AFTER.test(text.slice(p.tail, p.tail + 70).trimStart()))
    ) {
      emit('WORKS_FOR', [p], [prev], 0.85);
    }
  }
  // "루나랩의 공동 대표(CEO)인 A와 B는", "Acme co-founders A and B": the second name shares the title
  const org = s.args[i - 2];
  if (
    prev?.hit.type === 'Person' &&
    org &&
    isMaker(org) &&
    prev.hit.start - org.hit.end < 40 &&
    /^(?:와|과|,|\s+and)\s+$/.test(text.slice(prev.hit.end, p.hit.start)) &&
    ORG_TITLE_PERSON.test(text.slice(org.hit.end, prev.hit.start)) &&
    // "Nvidia CEO Jensen Huang and Sam Altman": one title, and the second name is known elsewhere
    !otherEmployer(p, org)
  )
    emit('WORKS_FOR', [p], [org], 0.8);
  // "OpenAI co-founders A, B and C": back over the list to the organisation before the plural title
  if (doc.lang === 'en') {
    let j = i;
    while (
      s.args[j - 1]?.hit.type === 'Person' &&
      NAME_LIST_GAP.test(text.slice(s.args[j - 1]?.hit.end ?? 0, s.args[j]?.hit.start))
    )
      j--;
    const owner = s.args[j - 1];
    const first = s.args[j] as Arg;
    if (
      owner &&
      isMaker(owner) &&
      first.hit.start - owner.hit.end < 40 &&
      ORG_PLURAL_TITLE_EN.test(text.slice(owner.hit.end, first.hit.start))
    )
      emit('WORKS_FOR', [p], [owner], 0.8);
  }
  if (next && isMaker(next) && next.hit.start - p.tail < 60) {
    const gap = text.slice(p.hit.end, next.hit.start);
    // "하정우 네이버클라우드 AI 이노베이션 센터장"
    if (/^\s+$/.test(gap) && p.role === 'none' && PERSON_ORG_KO.test(text.slice(next.hit.end, next.hit.end + 40)))
      emit('WORKS_FOR', [p], [next], 0.85);
    // "Jane Doe, chief executive of Acme", "Jane Doe, Acme's CEO"
    else if (PERSON_TITLE_OF_ORG.test(gap)) emit('WORKS_FOR', [p], [next], 0.85);
    else if (
      PERSON_COMMA_ORG.test(gap) &&
      // "Jane Doe, Acme's CEO", "Jane Doe, Acme executive vice-president"
      ORG_TITLE_AFTER_EN.test(text.slice(next.hit.end, next.hit.end + 40))
    ) {
      emit('WORKS_FOR', [p], [next], 0.85);
    }
  }
}

/** "Chinese startup DeepSeek", "DeepSeek, a Chinese startup": the adjective names the country. */
function nationalityLinks(doc: Doc, s: SentenceArgs, emit: Emit): void {
  if (doc.lang !== 'en') return;
  for (const a of s.args) {
    if (!isMaker(a)) continue;
    const left = NATIONALITY_BEFORE.exec(doc.text.slice(Math.max(s.start, a.hit.start - 60), a.hit.start));
    const right = NATIONALITY_AFTER.exec(doc.text.slice(a.tail, Math.min(s.end, a.tail + 80)));
    const adj = left?.[1] ?? right?.[1];
    const country = adj && NATIONALITY.get(adj);
    if (!country || !adj) continue;
    const sliceStart = Math.max(s.start, a.hit.start - 60);
    const start = left
      ? sliceStart + left.index + left[0].indexOf(adj)
      : a.tail + (right?.index ?? 0) + (right?.[0].indexOf(adj) ?? 0);
    const info = entityInfo(country);
    if (!info) continue;
    doc.entities.set(info.id, info);
    const hit = { start, end: start + adj.length, id: info.id, type: info.type, how: 'abbrev' as const };
    doc.extraHits.push(hit);
    emit('BASED_IN', [a], [{ hit, tail: hit.end, role: 'none', quote: a.quote }], 0.8);
  }
}

/**
 * Lexicon facts the sentence supports: a model and its known developer named in one sentence,
 * a person and their known employer in one sentence. Lower confidence than the structural rules.
 * No BASED_IN from the lexicon: a company and a country in one sentence ("메타는 미국 의회의 …")
 * say nothing about where the company is; that edge needs an apposition in the text.
 */
export function lexiconLinks(
  doc: Doc,
  s: SentenceArgs,
  emit: Emit,
  devCueInSentence: boolean,
  articleHas: Set<string>,
): void {
  const here = new Map(s.args.map((a) => [a.hit.id, a]));
  for (const a of s.args) {
    const info = doc.entities.get(a.hit.id);
    if (!info) continue;
    // the known developer, or its parent / subsidiary (네이버 for 네이버클라우드's 하이퍼클로바X)
    const dev =
      info.developer &&
      (here.get(info.developer) ?? s.args.find((o) => isMaker(o) && related(info.developer ?? '', o.hit.id)));
    if (dev && isModel(a)) emit('DEVELOPS', [dev], [a], 0.7);
    else if (
      info.developer &&
      isModel(a) &&
      ((devCueInSentence && articleHas.has(info.developer)) || namedWithDeveloper(doc, a, info.developer))
    ) {
      const d = entityInfo(info.developer);
      if (d)
        emit(
          'DEVELOPS',
          [
            {
              hit: { start: a.hit.start, end: a.hit.start, id: d.id, type: d.type, how: 'lexicon' },
              tail: 0,
              role: 'none',
              quote: 0,
            },
          ],
          [a],
          0.6,
        );
    }
    const emp = info.employer && here.get(info.employer);
    if (emp && a.hit.type === 'Person') emit('WORKS_FOR', [a], [emp], 0.7);
    else if (info.employer && a.hit.type === 'Person' && articleHas.has(info.employer) && titled(doc, a)) {
      // "샘 올트먼 최고경영자(CEO)는 …" after a sentence about 오픈AI: the title says the person
      // speaks for the employer the lexicon knows and the article names
      const e = entityInfo(info.employer);
      if (e)
        emit(
          'WORKS_FOR',
          [a],
          [
            {
              hit: { start: a.hit.end, end: a.hit.end, id: e.id, type: e.type, how: 'lexicon' },
              tail: 0,
              role: 'none',
              quote: 0,
            },
          ],
          0.6,
        );
    }
  }
}

/** "딥시크 R1", "Mistral Large 2": the model is written with its developer's name in front. */
function namedWithDeveloper(doc: Doc, a: Arg, developer: string): boolean {
  const d = doc.entities.get(developer) ?? entityInfo(developer);
  const surface = doc.text.slice(a.hit.start, a.hit.end).toLowerCase();
  return Boolean(d && [...d.ko, ...d.en].some((f) => surface.startsWith(f.toLowerCase()) && surface.length > f.length));
}

const TITLE_AFTER = new RegExp(
  `^\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:${TITLE_KO})(?![가-힣]{2})|^,\\s+(?:the\\s+|its\\s+)?(?:${TITLE_EN})\\b`,
);
const TITLE_BEFORE = new RegExp(`\\b(?:${TITLE_EN})\\s+$`);

/** A person written with a bare title: "젠슨 황(Jensen Huang) 최고경영자는", "CEO Sam Altman", "Altman, the CEO,". */
function titled(doc: Doc, a: Arg): boolean {
  return (
    TITLE_AFTER.test(doc.text.slice(a.hit.end, a.hit.end + 40)) ||
    (doc.lang === 'en' && TITLE_BEFORE.test(doc.text.slice(Math.max(0, a.hit.start - 30), a.hit.start)))
  );
}
