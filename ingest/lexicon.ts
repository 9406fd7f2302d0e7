/**
 * The lexicon: JSON data in ingest/lexicon/ (companies, models, people, organizations, country
 * extras, laws that stand for their state, grammar words, relation triggers) plus countries from
 * i18n-iso-countries. Loaded once and compiled into a character trie so that matching an article
 * is one pass over its text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { EntityType } from '../graph/model.js';
import type { EntityInfo } from './types.js';

const require = createRequire(import.meta.url);

/** Works from ingest/ (tsx, jest) and from dist/ingest/ (built), where the JSON is not copied. */
function lexiconDir(): URL {
  for (const rel of ['./lexicon/', '../../ingest/lexicon/']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(new URL('companies.json', url))) return url;
  }
  throw new Error('ingest/lexicon/*.json not found');
}
const DIR = lexiconDir();
export function readLexicon<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as T;
}

interface Entry {
  id: string;
  ko: string[];
  en: string[];
  type?: EntityType;
  country?: string;
  developer?: string;
  employer?: string;
  title?: string;
  family?: boolean;
  weak?: string[];
  short?: string[];
}

/** How a surface form may be used: freely, only with context (weak), or only after the full name (short). */
export type FormKind = 'name' | 'weak' | 'short' | 'metonym';
export interface FormHit {
  id: string;
  form: string;
  kind: FormKind;
  family: boolean;
}
/**
 * Keyed by UTF-16 code unit, not by one-character string: looking up `text[i]` allocates a
 * string for every Hangul character, and the trie walk runs at every word start of every article.
 */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** The same children as parallel arrays: most nodes have one or two, and a scan beats hashing. */
  keys: number[];
  kids: TrieNode[];
  hits?: FormHit[];
}
const SCAN_MAX = 6;
function childOf(node: TrieNode, ch: number): TrieNode | undefined {
  const keys = node.keys;
  if (keys.length > SCAN_MAX) return node.next.get(ch);
  for (let x = 0; x < keys.length; x++) if (keys[x] === ch) return node.kids[x];
  return undefined;
}

export const ENTITIES = new Map<string, EntityInfo>();
export const FAMILY = new Set<string>();
/** Per entity, the forms that need support in the article (weak: 'MS', 법무부). */
export const WEAK_FORMS = new Map<string, Set<string>>();
const ROOT: TrieNode = { next: new Map(), keys: [], kids: [] };
/** The root's children again, as a table by code unit: the root is looked up at every word start. */
const FIRST: (TrieNode | undefined)[] = new Array(0x10000).fill(undefined);

export const isHangul = (c: number) => c >= 0xac00 && c <= 0xd7a3;
export const isLatinOrDigit = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);

/** Trie key: lower case, whitespace collapsed to one space. */
export const trieKey = (form: string) => form.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function addForm(form: string, hit: FormHit): void {
  const key = trieKey(form);
  if (key.length === 0) return;
  const variants = new Set([key]);
  // "하이퍼클로바 X" / "하이퍼클로바X", "Qwen 2.5" / "Qwen2.5": writers differ on these spaces.
  if (key.includes(' ')) variants.add(key.replace(/ /g, ''));
  for (const v of variants) {
    // the text is walked one code unit at a time, so a form with a surrogate pair could never match
    if (/[\ud800-\udfff]/.test(v)) continue;
    let node = ROOT;
    for (let k = 0; k < v.length; k++) {
      const ch = v.charCodeAt(k);
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), keys: [], kids: [] };
        node.next.set(ch, child);
        node.keys.push(ch);
        node.kids.push(child);
        if (node === ROOT) FIRST[ch] = child;
      }
      node = child;
    }
    node.hits ??= [];
    node.hits.push(hit);
  }
}

function addEntry(e: Entry, type: EntityType): void {
  const info: EntityInfo = { id: e.id, type: e.type ?? type, ko: e.ko, en: e.en };
  if (e.country) info.country = /^(?:country|org):/.test(e.country) ? e.country : `country:${e.country}`;
  if (e.developer) info.developer = e.developer;
  if (e.employer) info.employer = e.employer;
  if (e.title) info.title = e.title;
  ENTITIES.set(e.id, info);
  if (e.family) FAMILY.add(e.id);
  const weak = new Set(e.weak ?? []);
  if (weak.size) WEAK_FORMS.set(e.id, weak);
  for (const form of new Set([...e.ko, ...e.en])) {
    addForm(form, { id: e.id, form, kind: weak.has(form) ? 'weak' : 'name', family: Boolean(e.family) });
  }
  for (const form of e.short ?? []) addForm(form, { id: e.id, form, kind: 'short', family: false });
}

export interface CountryExtra {
  extra: Record<string, { ko: string[]; en: string[] }>;
  hanja: Record<string, string>;
  hangulAbbrev: Record<string, string>;
  hangulCompounds: string[];
  nationality: Record<string, string>;
  blockKo: string[];
  blockEn: string[];
  /** Capitals that stand for their state in policy news ("Washington's curbs", "베이징은 반발"): weak forms. */
  capitals: Record<string, string[]>;
  /** Cities news names as a company's seat, by country code: only places with one meaning. */
  cities: Record<string, string[]>;
}
export const COUNTRY_EXTRA = readLexicon<CountryExtra>('countries-extra.json');
const cid = (code: string) => (code.startsWith('org:') ? code : `country:${code}`);
export const HANJA_COUNTRIES = new Map(Object.entries(COUNTRY_EXTRA.hanja).map(([k, v]) => [k, cid(v)]));
export const HANGUL_ABBREV = new Map(Object.entries(COUNTRY_EXTRA.hangulAbbrev).map(([k, v]) => [k, cid(v)]));
export const NATIONALITY = new Map(Object.entries(COUNTRY_EXTRA.nationality).map(([k, v]) => [k, cid(v)]));
/** A city or a capital to the country it stands for as a company's seat ("Paris-based", "서울에 본사를 둔"). */
export const CITY_COUNTRY = new Map(
  [...Object.entries(COUNTRY_EXTRA.cities), ...Object.entries(COUNTRY_EXTRA.capitals)].flatMap(([code, names]) =>
    names.map((n) => [n, cid(code)] as const),
  ),
);

/**
 * The package's Korean names are dated (폴랜드, 포르투칼, 이디오피아, 체코공화국); CLDR's, which Node's
 * ICU carries, are the ones news writes (폴란드, 포르투갈, 에티오피아, 체코). Both are kept.
 */
const KO_REGION = new Intl.DisplayNames(['ko'], { type: 'region', fallback: 'none' });
const EN_REGION = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** CLDR's name of a region, if it has one written as running text would ("Congo - Brazzaville" is not). */
function cldr(code: string, names: Intl.DisplayNames): string[] {
  const name = names.of(code);
  return name && !/[&(]|\s-\s/.test(name) ? [name] : [];
}

function loadCountries(): void {
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/ko.json'));
  const block = new Set([...COUNTRY_EXTRA.blockKo, ...COUNTRY_EXTRA.blockEn]);
  // Official names with commas or brackets ("Korea, Republic of") never occur in running text.
  const usable = (n: string) => !/[,()]/.test(n) && !block.has(n);
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const extra = COUNTRY_EXTRA.extra[code.toLowerCase()];
    const ko = [
      ...(extra?.ko ?? []),
      ...cldr(code, KO_REGION),
      ...(countries.getName(code, 'ko', { select: 'all' }) ?? []),
    ].filter(usable);
    const en = [
      ...(extra?.en ?? []),
      ...cldr(code, EN_REGION),
      ...(countries.getName(code, 'en', { select: 'all' }) ?? []),
    ].filter(usable);
    if (ko.length + en.length === 0) continue;
    const id = cid(code.toLowerCase());
    addEntry({ id, ko: [...new Set(ko)], en: [...new Set(en)] }, 'Country');
    // a capital is no name of its state: matched only to be read as a metonym where the text uses
    // it so ("Beijing retaliated", "베이징은 반발했다"), never one of the country's names or aliases
    for (const form of COUNTRY_EXTRA.capitals[code.toLowerCase()] ?? []) {
      addMetonym(form, id);
    }
  }
}

/**
 * Capitals and laws, by trie key: read as their state only in metonymic use ("Beijing retaliated",
 * "DSA는 … 규제 대상"), and never a name or alias of it.
 */
export const METONYM_FORMS = new Set<string>();
function addMetonym(form: string, id: string): void {
  METONYM_FORMS.add(trieKey(form));
  addForm(form, { id, form, kind: 'metonym', family: false });
}

loadCountries();
for (const e of readLexicon<Entry[]>('companies.json')) addEntry(e, 'Company');
for (const e of readLexicon<Entry[]>('organizations.json')) addEntry(e, 'Organization');
for (const e of readLexicon<Entry[]>('models.json')) addEntry(e, 'Model');
for (const e of readLexicon<Entry[]>('people.json')) addEntry(e, 'Person');
// after the organizations: a law may stand for one (the EU's DSA)
for (const law of readLexicon<{ laws: { state: string; ko: string[]; en: string[] }[] }>('laws.json').laws)
  for (const form of new Set([...law.ko, ...law.en])) addMetonym(form, cid(law.state));

export interface TrieMatch {
  end: number;
  hits: FormHit[];
}
const SPACE = 0x20;
const NEWLINE = 0x0a;
/** Most positions match nothing: one shared, frozen empty answer instead of an allocation each. */
const NO_MATCH: readonly TrieMatch[] = Object.freeze([]);

/**
 * All lexicon forms that start at `i` in `lower` (the lower-cased text), longest first.
 * Whitespace runs in the text match one space of a form; between two Hangul syllables, none.
 */
export function matchAt(lower: string, i: number): readonly TrieMatch[] {
  const node = FIRST[lower.charCodeAt(i)];
  if (!node) return NO_MATCH;
  // allocated on the first hit: most walks from a first letter end without one
  const found = walk(lower, node, i + 1, undefined);
  if (!found) return NO_MATCH;
  // two paths (a space kept, a space dropped) may end at one place: longest first, each end once
  found.sort((a, b) => b.end - a.end);
  return found.filter((m, k) => k === 0 || found[k - 1]?.end !== m.end);
}

/** The forms along the trie from `node`, the text read from `j`; appended to `found`. */
function walk(lower: string, start: TrieNode, j0: number, found0: TrieMatch[] | undefined): TrieMatch[] | undefined {
  let found = found0;
  let node = start;
  let j = j0;
  for (;;) {
    if (node.hits) {
      found ??= [];
      found.push({ end: j, hits: node.hits });
    }
    if (j >= lower.length) break;
    const ch = lower.charCodeAt(j);
    if (ch === SPACE || ch === NEWLINE) {
      let k = j;
      while (lower.charCodeAt(k) === SPACE) k++;
      if (lower.charCodeAt(k) === NEWLINE) break; // a form never spans lines
      const child = childOf(node, SPACE);
      // "모건 스탠리" for 모건스탠리: Korean writers space foreign names freely
      const glued =
        isHangul(lower.charCodeAt(j - 1)) && isHangul(lower.charCodeAt(k))
          ? childOf(node, lower.charCodeAt(k))
          : undefined;
      if (!child && !glued) break;
      // both ("세쿼이아 차이나" and "세쿼이아캐피털" for "세쿼이아 캐피털"): the glued path on its own
      if (child && glued) found = walk(lower, glued, k + 1, found);
      node = (child ?? glued) as TrieNode;
      j = child ? k : k + 1;
      continue;
    }
    const child = childOf(node, ch);
    if (!child) break;
    node = child;
    j++;
  }
  return found;
}

export interface Grammar {
  particles: string[];
  subj: string[];
  com: string[];
  dat: string[];
  obj: string[];
  gen: string[];
  from: string[];
  transparentNouns: string[];
  titlesKo: string[];
  titlesEn: string[];
  companyDescriptorsKo: string[];
  /** Kinds of investment firm (벤처캐피탈, 헤지펀드 …): descriptors, and nouns that name a firm. */
  fundNounsKo: string[];
  /** A firm by its industry, a glued noun (반도체사, 증권사, 금융그룹): it describes a firm and heads its name. */
  firmNounsKo: string[];
  companyDescriptorsEn: string[];
  companySuffixKo: string[];
  financeSuffixKo: string[];
  currencyWordsKo: string[];
  companySuffixEn: string[];
  modelCuesKo: string[];
  modelCuesEn: string[];
  stopNamesKo: string[];
  stopNamesEn: string[];
  commonNounsKo: string[];
  boundNounsKo: string[];
  koreanSurnames: string;
  koreanTwoCharSurnames: string[];
}
const RAW_GRAMMAR = readLexicon<Grammar>('grammar.json');
/** A fund kind and an industry's firm noun are company descriptors too: "헤지펀드 밀레니엄" is a firm like "스타트업 업스테이지". */
export const GRAMMAR: Grammar = {
  ...RAW_GRAMMAR,
  companyDescriptorsKo: [...RAW_GRAMMAR.companyDescriptorsKo, ...RAW_GRAMMAR.fundNounsKo, ...RAW_GRAMMAR.firmNounsKo],
};
export const PARTICLES = new Set(GRAMMAR.particles);

/** Does `rest` (the Hangul right after a name) read as particles only, e.g. 에서는, 과의? */
export function isParticleRun(rest: string): boolean {
  if (rest === '' || PARTICLES.has(rest)) return true;
  for (let k = 1; k < rest.length; k++) {
    if (PARTICLES.has(rest.slice(0, k)) && PARTICLES.has(rest.slice(k))) return true;
  }
  return false;
}

/** Development verbs and currency words; the other relations are frames (relations/frames/). */
export interface Triggers {
  DEVELOPS: Record<'ko' | 'en', string[]>;
  currencies: Record<string, string>;
}
export const TRIGGERS = readLexicon<Triggers>('triggers.json');

export function entityInfo(id: string): EntityInfo | undefined {
  return ENTITIES.get(id);
}
