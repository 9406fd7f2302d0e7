/**
 * Entity stage, part 2: entities the lexicon does not know, found by general patterns, and
 * in-article coreference. Each pattern is anchored on something closed-class (a title, a
 * company noun, a model cue, a quotation next to 모델/model) so that ordinary words do not
 * become entities.
 */
import type { EntityType } from '../graph/model.js';
import type { Doc } from './doc.js';
import { addEntity, type Candidate, hangulRunAfter, leftBoundaryOk, rightBoundaryOk } from './entities.js';
import { GRAMMAR, isParticleRun, matchAt, NATIONALITY } from './lexicon.js';
import { personSlug, slug } from './romanize.js';
import type { EntityInfo } from './types.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

const TITLES_KO = new Set(GRAMMAR.titlesKo);
const TITLE_KO_RE = new RegExp(`(?<=[\\s(])(${alt(GRAMMAR.titlesKo)})(?![A-Za-z])`, 'g');
const TITLE_EN = alt(GRAMMAR.titlesEn);
const TITLE_KO_ALT = alt(GRAMMAR.titlesKo);
const NAME_EN = "[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?";
const FULL_NAME_EN = `${NAME_EN}(?:\\s+[A-Z]\\.)?(?:\\s+${NAME_EN}){1,2}`;
const TITLE_THEN_NAME = new RegExp(`\\b(?:${TITLE_EN})\\s+(${FULL_NAME_EN})\\b`, 'g');
const NAME_COMMA_TITLE = new RegExp(
  `(${FULL_NAME_EN}),\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|former\\s+)?(?:[A-Z][\\w.&-]*(?:'s)?\\s+)?(?:[a-z-]+\\s+(?:and\\s+)?){0,3}(?:${TITLE_EN})\\b`,
  'g',
);
const STOP_EN = new Set(GRAMMAR.stopNamesEn);
const STOP_KO = new Set([
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
const SURNAMES = new Set(GRAMMAR.koreanSurnames);
const TWO_SURNAMES = new Set(GRAMMAR.koreanTwoCharSurnames);
const COMPANY_NOUN_KO =
  '스타트업|기업|업체|회사|빅테크|팹리스|개발사|유니콘|게임사|투자사|통신사|제조사|칩메이커|파운드리|테크기업|AI기업';
const COMPANY_NOUN_EN = 'startup|start-up|company|firm|chipmaker|lab|developer|maker|giant|unicorn|conglomerate';
const NATION = alt([...NATIONALITY.keys()]);
const EN_COMPANY_BEFORE = new RegExp(
  `\\b(?:(${NATION})(?:-based)?\\s+)?(?:[\\w-]+\\s+){0,2}(?:${COMPANY_NOUN_EN})\\s+(${NAME_EN.replace('[a-z]+', '[\\w.&]+')}(?:\\s+[A-Z][\\w.&]*){0,2})`,
  'g',
);
const EN_COMPANY_AFTER = new RegExp(
  `([A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*){0,2}),\\s+an?\\s+(?:(${NATION})\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${COMPANY_NOUN_EN})\\b`,
  'g',
);
const EN_SUFFIX_CO =
  /\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(Inc\.?|Corp\.?|Ltd\.?|LLC|Technologies|Labs|Robotics|Holdings|Ventures|Capital|Partners|Dynamics|Semiconductor|Computing|Research|Analytics)(?![\w])/g;
/** "former Meta researchers Timothee Lacroix and Guillaume Lample": a plural role noun, then names. */
const ROLE_PLURAL_NAMES = new RegExp(
  `\\b(?:researchers|executives|engineers|scientists|founders|co-founders|cofounders|analysts|officials|investors|partners)\\s+(${FULL_NAME_EN})\\s+and\\s+(${FULL_NAME_EN})\\b`,
  'g',
);
const KO_COMPANY = new RegExp(
  `(?<![가-힣])(?:[가-힣A-Za-z]+\\s+){0,2}?(?:${COMPANY_NOUN_KO})\\s+(?:(['"])([^'"\\n]{2,20})\\1|([A-Z][\\w.&-]*|[가-힣]{2,8})(?=[\\s,.·'")]|$))`,
  'g',
);
const QUOTE_BEFORE =
  /(모델|LLM\)?|언어모델|챗봇|서비스|에이전트|앱|플랫폼|model|chatbot|assistant|app|(?:model|chatbot|assistant|app|product|service|agent)s?,? (?:called|named|dubbed))(?:인|으로|로)?\s*(['"])([^'"\n]{1,30})\2/g;
const QUOTE_AFTER =
  /(?<![\w가-힣])(['"])([^'"\n]{1,30})\1(?:이라는|라는|을|를|은|는|이|가|의|와|과)?\s*(?:AI\s*)?(모델|LLM|챗봇|서비스|model|chatbot)/g;
const VERSIONED_CUE =
  /(?<![\w-])([A-Z][A-Za-z]*(?:-[A-Za-z]+)*[- ]?\d+(?:\.\d+)*[A-Za-z]?(?:-[A-Za-z]+)?)(?=\s*(?:모델|model|LLM|언어모델))/g;

type Emit = (start: number, end: number, info: EntityInfo, how?: Candidate['how']) => void;

const covered = (hits: Candidate[], start: number, end: number) => hits.some((h) => h.start < end && start < h.end);

/** Remove a Korean particle tail: 딥시크가 → 딥시크 (the shortest name whose rest is particles). */
export function stripParticle(token: string): string {
  for (let k = 2; k <= token.length; k++) {
    if (isParticleRun(token.slice(k))) return token.slice(0, k);
  }
  return token;
}

function isLexicalForm(doc: Doc, word: string): boolean {
  return matchAt(word.toLowerCase(), 0).some((m) => m.end === word.length);
}

function newEntity(type: EntityType, name: string, extra: Partial<EntityInfo> = {}): EntityInfo {
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

function koreanName(token: string): boolean {
  if (!/^[가-힣]{3,4}$/.test(token) || STOP_KO.has(token) || TITLES_KO.has(token)) return false;
  if (token.length === 4 && !TWO_SURNAMES.has(token.slice(0, 2))) return false;
  if (!SURNAMES.has(token[0] ?? '') && !TWO_SURNAMES.has(token.slice(0, 2))) return false;
  return !/^(한국|중국|미국|일본|영국|독일|외국|국내|해외|정부|업계|관계)/.test(token) && !/[한된될던는]$/.test(token);
}

/** "하정우 네이버클라우드 AI 이노베이션 센터장": a Korean name a few words before a title. */
function koreanPersons(doc: Doc, hits: Candidate[], emit: Emit, titles: Map<string, string>): void {
  const { text } = doc;
  TITLE_KO_RE.lastIndex = 0;
  for (let m = TITLE_KO_RE.exec(text); m; m = TITLE_KO_RE.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (!isParticleRun(hangulRunAfter(text, end))) continue;
    let k = m.index;
    let next: [number, number] | undefined; // the word between the name and the title, if any
    for (let steps = 0; steps < 5; steps++) {
      while (k > 0 && text[k - 1] === ' ') k--;
      let s = k;
      while (s > 0 && !/[\s,."'()\n]/.test(text[s - 1] ?? '')) s--;
      if (s === k) break;
      let token = text.slice(s, k);
      // "박서연 한빛대 교수": when the word before is a name too, the nearer one is the employer
      let s0 = s - 1;
      while (s0 > 0 && text[s0 - 1] === ' ') s0--;
      let p = s0;
      while (p > 0 && !/[\s,."'()\n]/.test(text[p - 1] ?? '')) p--;
      if (!next && koreanName(token) && s0 < s && koreanName(text.slice(p, s0)) && !covered(hits, p, s0)) {
        next = [s, k];
        [s, k] = [p, s0];
        token = text.slice(s, k);
      }
      if (koreanName(token) && !covered(hits, s, k)) {
        const info = addEntity(doc, newEntity('Person', token));
        titles.set(info.id, m[1] ?? '');
        emit(s, k, info, 'discovered');
        if (next) employerAfterName(doc, hits, emit, next);
        break;
      }
      if (hits.some((h) => h.start === s && h.end === k && h.type === 'Person')) {
        titles.set(hits.find((h) => h.start === s)?.id ?? '', m[1] ?? '');
        if (next) employerAfterName(doc, hits, emit, next);
        break;
      }
      next = [s, k];
      // a word ending like a particle or verb (비결에, 대해, 사용해) ends the title phrase
      if (token.length > 8 || /[다며고에해서는은을를의로한]$/.test(token)) break;
      k = s;
    }
  }
}

/** Words that sit between a name and a title without naming an employer (공동 대표, 주한 대사). */
const NOT_EMPLOYER = new Set([
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
  if (NOT_EMPLOYER.has(token) || STOP_KO.has(token) || TITLES_KO.has(token) || isLexicalForm(doc, token)) return;
  if (/(?:적|상|간|내|외|급|형|용|별)$/.test(token)) return;
  const type: EntityType = ORG_SUFFIX_KO.test(token) ? 'Organization' : 'Company';
  emit(s, k, addEntity(doc, newEntity(type, token)), 'discovered');
}

function englishPersons(doc: Doc, hits: Candidate[], emit: Emit): void {
  for (const re of [TITLE_THEN_NAME, NAME_COMMA_TITLE, ROLE_PLURAL_NAMES]) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      let from = m.index;
      for (const name of [m[1], m[2]]) {
        if (!name) continue;
        const start = doc.text.indexOf(name, from);
        from = start + name.length;
        const words = name.split(/\s+/);
        if (words.some((w) => STOP_EN.has(w)) || covered(hits, start, start + name.length)) continue;
        if (isLexicalForm(doc, words[0] ?? '') || isLexicalForm(doc, words[words.length - 1] ?? '')) continue;
        emit(start, start + name.length, addEntity(doc, newEntity('Person', name)), 'discovered');
      }
    }
  }
}

function companies(doc: Doc, hits: Candidate[], emit: Emit): void {
  const { text } = doc;
  const take = (raw0: string, at0: number) => {
    // "Munich-based Alpen Ventures": the place adjective is not part of the name
    const based = /^[\w.-]+-based\s+/.exec(raw0)?.[0] ?? '';
    const raw = raw0.slice(based.length);
    const at = at0 + based.length;
    const name = /[가-힣]$/.test(raw) || /[가-힣]/.test(raw) ? stripParticle(raw) : raw.replace(/[.,]$/, '');
    if (name.length < 2 || STOP_KO.has(name) || STOP_EN.has(name.split(' ')[0] ?? '')) return;
    if (covered(hits, at, at + name.length) || isLexicalForm(doc, name)) return;
    if (
      !leftBoundaryOk(text, at, name.charCodeAt(0), false) ||
      !rightBoundaryOk(text, at + name.length, name.charCodeAt(name.length - 1), false)
    )
      return;
    emit(at, at + name.length, addEntity(doc, newEntity('Company', name)), 'discovered');
  };
  for (const re of [KO_COMPANY, EN_COMPANY_BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "AI 스타트업 '윈판지능'을": a quoted name is taken whole
      const raw = (re === KO_COMPANY ? (m[2] ?? m[3]) : m[2]) ?? '';
      take(raw, m.index + m[0].lastIndexOf(raw));
    }
  }
  EN_COMPANY_AFTER.lastIndex = 0;
  for (let m = EN_COMPANY_AFTER.exec(text); m; m = EN_COMPANY_AFTER.exec(text)) take(m[1] ?? '', m.index);
  EN_SUFFIX_CO.lastIndex = 0;
  for (let m = EN_SUFFIX_CO.exec(text); m; m = EN_SUFFIX_CO.exec(text)) {
    // "Acme Robotics" keeps its suffix word; "Acme Inc." is just Acme
    const legal = /^(?:Inc|Corp|Ltd|LLC)/.test(m[2] ?? '');
    take(legal ? (m[1] ?? '') : `${m[1]} ${m[2]}`, m.index);
  }
}

/** The company right before a model name ("알리바바의", "OpenAI's", "오픈AI ‘…’") is its developer. */
function ownerBefore(doc: Doc, hits: Candidate[], pos: number): string | undefined {
  const owner = [...hits]
    .reverse()
    .find((h) => h.end <= pos && pos - h.end < 30 && (h.type === 'Company' || h.type === 'Organization'));
  if (!owner) return undefined;
  const between = doc.text.slice(owner.end, pos);
  return /^(?:의|'s)?(?:\s*(?:새|신규|최신|차세대|자체|생성형|AI|인공지능|new|latest|its|own|open-source|오픈소스|대규모|언어모델|모델|LLM|model|추론|reasoning)\s*)*\s*['"]?$/.test(
    between,
  )
    ? owner.id
    : undefined;
}

function models(doc: Doc, hits: Candidate[], emit: Emit): void {
  const { text } = doc;
  const found = (name: string, at: number, cue: string) => {
    const clean = name.trim();
    if (clean !== name || (/^[가-힣]{1,3}$/.test(clean) && /^(?:이|라|며|고|다)/.test(clean))) return;
    // "'카나나 나노'": a quoted name is whole even where the lexicon knows only its family (카나나)
    const inner = hits.filter((h) => h.start < at + clean.length && at < h.end);
    const family = inner.every(
      (h) => h.start >= at && h.end <= at + clean.length && h.end - h.start < clean.length && h.type === 'Model',
    )
      ? inner[0]
      : undefined;
    if (!clean || (inner.length && !family) || /\s{2}|[.!?]$/.test(clean)) return;
    if (!family && !/[A-Za-z0-9]/.test(clean) && (clean.length > 8 || /\s/.test(clean))) return; // a phrase, not a name
    if (clean.split(/\s+/).length > 4 || isLexicalForm(doc, clean)) return;
    const type: EntityType = /서비스|앱|플랫폼|에이전트|app|product|service/.test(cue) ? 'Product' : 'Model';
    const developer = (family && doc.entities.get(family.id)?.developer) || ownerBefore(doc, hits, at);
    const info = addEntity(doc, newEntity(type, clean, developer ? { developer } : {}));
    if (developer) doc.hints.developer.set(info.id, developer);
    emit(at, at + clean.length, info, 'discovered');
  };
  QUOTE_BEFORE.lastIndex = 0;
  for (let m = QUOTE_BEFORE.exec(text); m; m = QUOTE_BEFORE.exec(text)) {
    found(m[3] ?? '', m.index + m[0].length - 1 - (m[3]?.length ?? 0), m[1] ?? '');
  }
  QUOTE_AFTER.lastIndex = 0;
  for (let m = QUOTE_AFTER.exec(text); m; m = QUOTE_AFTER.exec(text)) found(m[2] ?? '', m.index + 1, m[3] ?? '');
  VERSIONED_CUE.lastIndex = 0;
  for (let m = VERSIONED_CUE.exec(text); m; m = VERSIONED_CUE.exec(text)) found(m[1] ?? '', m.index, 'model');
}

/** Short references: "하 센터장" after "하정우 … 센터장"; "Doe" after "Jane Doe". */
function coreference(doc: Doc, hits: Candidate[], emit: Emit, titles: Map<string, string>): void {
  const { text } = doc;
  const persons = [...doc.entities.values()].filter((e) => e.type === 'Person');
  for (const p of persons) {
    const first = hits.find((h) => h.id === p.id);
    if (!first) continue;
    for (const name of p.ko) {
      if (!/^[가-힣]{3,4}$/.test(name)) continue;
      const surname = TWO_SURNAMES.has(name.slice(0, 2)) && name.length === 4 ? name.slice(0, 2) : name.slice(0, 1);
      const title = titles.get(p.id) ?? p.title;
      const titlesRe = title ? esc(title) : TITLE_KO_ALT;
      const re = new RegExp(`(?<![가-힣])${surname}\\s?(?:${titlesRe})`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m.index < first.start || !isParticleRun(hangulRunAfter(text, m.index + m[0].length))) continue;
        emit(m.index, m.index + m[0].length, p, 'coref');
      }
    }
    for (const name of p.en) {
      const words = name.split(/\s+/);
      const last = words[words.length - 1];
      if (words.length < 2 || !last || last.length < 3) continue;
      const re = new RegExp(`(?<![\\w-])${esc(last)}(?![\\w-])(?!\\s+[A-Z])`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m.index > first.start) emit(m.index, m.index + last.length, p, 'coref');
      }
    }
  }
}

/** Find further mentions of names discovered once (딥시크 after "중국 스타트업 딥시크"). */
function rescan(doc: Doc, discovered: EntityInfo[], emit: Emit): void {
  const { text } = doc;
  for (const info of discovered) {
    for (const name of [...info.ko, ...info.en]) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (
          leftBoundaryOk(text, at, name.charCodeAt(0), false) &&
          rightBoundaryOk(text, end, name.charCodeAt(name.length - 1), false)
        ) {
          emit(at, end, info, 'discovered');
        }
      }
    }
  }
}

export function discover(doc: Doc, hits: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const titles = new Map<string, string>();
  const emit: Emit = (start, end, info, how = 'discovered') => {
    out.push({ start, end, id: info.id, type: info.type, how, kind: 'name' });
  };
  if (doc.lang === 'ko' || /[가-힣]/.test(doc.text)) koreanPersons(doc, hits, emit, titles);
  englishPersons(doc, hits, emit);
  companies(doc, [...hits, ...out], emit);
  models(doc, [...hits, ...out], emit);
  const found = [...new Map(out.map((c) => [c.id, doc.entities.get(c.id)])).values()].filter((e): e is EntityInfo =>
    Boolean(e),
  );
  rescan(doc, found, emit);
  coreference(
    doc,
    [...hits, ...out].sort((a, b) => a.start - b.start),
    emit,
    titles,
  );
  return out;
}
