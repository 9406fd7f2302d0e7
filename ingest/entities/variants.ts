/**
 * One name, several spellings (variant.ts gives the key). Two jobs, both at the entity stage:
 *   - variantMentions: a word of the text that the lexicon does not have letter for letter but
 *     has in another transliteration (세쿼이아캐피탈 for the lexicon's 세쿼이아캐피털) is a
 *     mention of that entry; only for longer words (SCAN_MIN), where an ordinary word never
 *     shares the key of a name, and with the whole name (스케일 is a word, 스케일AI a firm);
 *   - mergeVariants: a name discovered in the article whose key is that of an entity the article
 *     names (지푸 beside 즈푸AI) or of one lexicon entry becomes a mention of that entity, so
 *     the other spelling is one more alias instead of a second node.
 * Keys shared by two lexicon entries (Congo, Naver / Naver Labs) merge nothing; models and
 * products are never merged by spelling (the same name from two developers is two models).
 */
import type { EntityType } from '../../graph/model.js';
import type { Doc } from '../doc.js';
import { ENTITIES, isHangul, isParticleRun, WEAK_FORMS } from '../lexicon.js';
import type { EntityInfo } from '../types.js';
import { isLexicalForm } from './discover-shared.js';
import { addEntity, type Candidate, leftBoundaryOk } from './match.js';
import { Occupancy } from './spans.js';
import { jamo, syllableJamo, variantKey } from './variant.js';

/** Units a word of running text needs before its key is looked up (three full syllables). */
export const SCAN_MIN = 6;

const indexes = new Map<boolean, Map<string, string | null>>();
/** The keys of the first syllables of lexicon names: a word starting otherwise needs no lookup. */
const FIRSTS = new Set<string>();
/** The same by syllable (code unit − 0xac00), so the scan needs no string per word start. */
let firstSyllables: Uint8Array | undefined;
function startsName(code: number): boolean {
  if (!firstSyllables) {
    lexiconKeys(false);
    firstSyllables = new Uint8Array(11172);
    for (let c = 0; c < 11172; c++) firstSyllables[c] = FIRSTS.has(syllableJamo(0xac00 + c)) ? 1 : 0;
  }
  return firstSyllables[code - 0xac00] === 1;
}
const isWordChar = (c: number) =>
  isHangul(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Lexicon key → entity id, or null when two entries share the key. Weak forms (법무부, 'MS')
 * need support in the article and are left out; `cut`: keys with a generic ending cut.
 */
function lexiconKeys(cut: boolean): Map<string, string | null> {
  const known = indexes.get(cut);
  if (known) return known;
  const index = new Map<string, string | null>();
  for (const e of ENTITIES.values()) {
    if (!MERGED.has(e.type)) continue;
    const weak = WEAK_FORMS.get(e.id);
    for (const form of [...e.ko, ...e.en]) {
      const k = weak?.has(form) ? '' : variantKey(form, 4, cut);
      if (!k) continue;
      if (!cut) FIRSTS.add(jamo(form.trim()[0] ?? ''));
      const other = index.get(k);
      index.set(k, other === undefined || other === e.id ? e.id : null);
    }
  }
  indexes.set(cut, index);
  return index;
}

/** Types whose names are transliterated; a model's id carries its developer (two makers' Quasar-2 are two). */
const MERGED = new Set<EntityType>(['Person', 'Company', 'Organization']);

const sameKind = (a: EntityType, b: EntityType) =>
  a === b || ((a === 'Company' || a === 'Organization') && (b === 'Company' || b === 'Organization'));

/** The lexicon entity whose key this form has, when exactly one has it. */
export function lexiconVariant(
  form: string,
  type: EntityType | undefined,
  min: number,
  cut: boolean,
): EntityInfo | undefined {
  const k = variantKey(form, min, cut);
  const id = k ? lexiconKeys(cut).get(k) : undefined;
  const info = id ? ENTITIES.get(id) : undefined;
  return info && (!type || sameKind(info.type, type)) ? info : undefined;
}

const WORD = /[가-힣][가-힣A-Za-z0-9]*(?:\s[가-힣A-Za-z0-9]+){0,2}/y;

/** The whole-name keys of the lexicon (lexiconKeys(false)) as a trie of their code units. */
type KeyNode = { next: Map<number, KeyNode>; id: string | null | undefined };
let keyTrie: KeyNode | undefined;
function keyTrieRoot(): KeyNode {
  if (keyTrie) return keyTrie;
  const root: KeyNode = { next: new Map(), id: undefined };
  for (const [key, id] of lexiconKeys(false)) {
    let node = root;
    for (let k = 0; k < key.length; k++) {
      const ch = key.charCodeAt(k);
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), id: undefined };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.id = id;
  }
  keyTrie = root;
  return root;
}

/**
 * ids[k]: the lexicon entry whose whole-name key (of SCAN_MIN units or more) is the key of the
 * window's first k characters, spaces dropped. One walk along the key trie, stopped where no
 * key goes on, instead of a key string per prefix and a lookup each.
 */
function prefixIds(window: string): (string | null | undefined)[] {
  const ids: (string | null | undefined)[] = [undefined];
  let node: KeyNode | undefined = keyTrieRoot();
  let units = 0;
  for (let k = 0; k < window.length; k++) {
    const code = window.charCodeAt(k);
    const piece = code === 0x20 ? '' : isHangul(code) ? syllableJamo(code) : (window[k] as string).toLowerCase();
    for (let p = 0; p < piece.length && node; p++) node = node.next.get(piece.charCodeAt(p));
    if (!node) break;
    units += piece.length;
    ids.push(units >= SCAN_MIN ? node.id : undefined);
  }
  return ids;
}

/**
 * Words (up to three, for spacing variants: 세쿼이아 캐피탈) that no candidate covers and whose
 * key, particles cut, is one lexicon entry's: lexicon mentions of that entry.
 */
export function variantMentions(doc: Doc, found: Candidate[]): Candidate[] {
  if (doc.lang !== 'ko') return [];
  const { text } = doc;
  const taken = new Occupancy(text.length);
  for (const c of found) taken.claim(c.start, c.end);
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHangul(c) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
    if (!startsName(c)) continue;
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) continue;
    const window = m[0];
    const ids = prefixIds(window);
    const ends: number[] = [];
    for (let k = window.indexOf(' '); k >= 0; k = window.indexOf(' ', k + 1)) ends.push(k);
    ends.push(window.length);
    // longest span first: three words, then two, then one; particles cut from the last word
    hit: for (let n = ends.length - 1; n >= 0; n--) {
      const spanEnd = ends[n] ?? 0;
      for (let cut = spanEnd; cut > spanEnd - 4 && cut > 1; cut--) {
        const id = ids[cut];
        // ("엔드리슨 호로위츠 등이": the space before 등 is no part of the name)
        if (!id || window.charCodeAt(cut - 1) === 32 || !isParticleRun(window.slice(cut, spanEnd))) continue;
        const info = ENTITIES.get(id);
        if (!info || !leftBoundaryOk(text, i, c, false)) continue;
        // a word the lexicon has as it stands (a weak form without support) is no variant of it
        if (isLexicalForm(window.slice(0, cut))) break hit;
        if (!taken.claim(i, i + cut)) break hit;
        addEntity(doc, info);
        out.push({ start: i, end: i + cut, id: info.id, type: info.type, how: 'lexicon', kind: 'name' });
        i += cut - 1;
        break hit;
      }
    }
  }
  return out;
}

/**
 * Discovered entities (ids the lexicon does not have) whose spelling is a variant of another
 * entity's: of one the article names (any type of the same kind), else of one lexicon entry.
 * The candidates are re-pointed in place.
 */
export function mergeVariants(doc: Doc, kept: Candidate[]): void {
  const surfaces = new Map<string, string[]>();
  for (const c of kept) {
    const list = surfaces.get(c.id) ?? [];
    list.push(doc.text.slice(c.start, c.end));
    surfaces.set(c.id, list);
  }
  // keys of the lexicon entities the article names, then of the discovered ones in order of
  // first mention (an earlier spelling keeps the id)
  const article = new Map<string, string>();
  const keysOf = (id: string, info: EntityInfo) => {
    const keys: string[] = [];
    for (const forms of [surfaces.get(id) ?? [], info.ko, info.en])
      for (const form of forms) {
        const k = variantKey(form);
        if (k && !keys.includes(k)) keys.push(k);
      }
    return keys;
  };
  const register = (id: string, keys: string[]) => {
    for (const k of keys) if (!article.has(k)) article.set(k, id);
  };
  for (const id of surfaces.keys()) {
    const info = doc.entities.get(id);
    if (info && ENTITIES.has(id) && info.type !== 'Country') register(id, keysOf(id, info));
  }
  const target = new Map<string, string>();
  for (const [id, forms] of surfaces) {
    const info = doc.entities.get(id);
    if (!info || ENTITIES.has(id) || !MERGED.has(info.type)) continue;
    const keys = keysOf(id, info);
    const same = keys
      .map((k) => article.get(k))
      .map((other) => (other ? doc.entities.get(other) : undefined))
      .find((other) => other && sameKind(other.type, info.type));
    const to = same ?? forms.map((f) => lexiconVariant(f, info.type, 4, true)).find(Boolean);
    if (to) {
      addEntity(doc, to);
      target.set(id, to.id);
    } else register(id, keys);
  }
  if (!target.size) return;
  for (const c of kept) {
    const to = target.get(c.id);
    const info = to ? doc.entities.get(to) : undefined;
    if (!info) continue;
    c.id = info.id;
    c.type = info.type;
  }
}
