/**
 * Spelling variants of one foreign name. Korean writers transliterate the same name in several
 * ways (세쿼이아캐피털 / 세쿼이아캐피탈 / 세쿼이어 캐피털, 즈푸AI / 지푸, 딥마인드 / 딥 마인드) and
 * add or drop a generic ending (AI, 테크, 랩스). variantKey() maps all of them to one key: the
 * jamo of the name with the vowel pairs that transliteration confuses merged (ㅓ/ㅏ, ㅔ/ㅐ, ㅝ/ㅘ,
 * ㅡ/ㅣ …), tense consonants as their plain ones, spaces and punctuation gone, a generic ending
 * cut. Two forms with one key are taken for one name (the merge is in variants.ts); the key is
 * refused for forms too short to tell apart (see MIN_UNITS).
 */

const L = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const V = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const T = [
  '',
  'ㄱ',
  'ㄲ',
  'ㄳ',
  'ㄴ',
  'ㄵ',
  'ㄶ',
  'ㄷ',
  'ㄹ',
  'ㄺ',
  'ㄻ',
  'ㄼ',
  'ㄽ',
  'ㄾ',
  'ㄿ',
  'ㅀ',
  'ㅁ',
  'ㅂ',
  'ㅄ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
];

/** Initial consonants: tense as plain (빠이두 / 바이두); the silent ㅇ carries nothing. */
const INITIAL: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ', ㅇ: '' };
/** Vowels that transliterations of one foreign sound alternate between. */
const VOWEL: Record<string, string> = {
  ㅓ: 'ㅏ', // 캐피털 / 캐피탈, 세쿼이어 / 세쿼이아
  ㅕ: 'ㅑ',
  ㅔ: 'ㅐ', // 레 / 래
  ㅖ: 'ㅒ',
  ㅝ: 'ㅘ', // 쿼 / 콰
  ㅙ: 'ㅞ',
  ㅚ: 'ㅞ',
  ㅡ: 'ㅣ', // 즈 / 지 (Chinese zh-, zi-)
  ㅢ: 'ㅣ',
};
/** Final consonants: ㅅ, ㄷ, ㅌ … all sound as t at the end of a syllable (로봇 / 로볻). */
const FINAL: Record<string, string> = {
  ㅅ: 'ㄷ',
  ㅆ: 'ㄷ',
  ㅈ: 'ㄷ',
  ㅊ: 'ㄷ',
  ㅌ: 'ㄷ',
  ㅎ: 'ㄷ',
  ㄲ: 'ㄱ',
  ㅋ: 'ㄱ',
  ㅍ: 'ㅂ',
};

/**
 * Generic endings a writer adds to or drops from a firm's name (즈푸AI / 즈푸, Stability AI): cut
 * once, from the end, when they stand apart (a space, a dot, a change of script) or are Hangul,
 * and what is left is still a name of MIN_UNITS (Hon Hai keeps its "ai", 엑스에이아이 is no 엑스).
 */
const ENDING =
  /(?:(?<=[가-힣])|[\s·.\-_]+)(?:ai|tech|technology|technologies|labs?)$|(?:에이아이|테크놀로지스?|테크|랩스|랩)$/i;

/** Fewer units than this (a jamo or a Latin letter each) is too short to merge on spelling alone. */
export const MIN_UNITS = 4;

/** The merged jamo of each of the 11,172 syllables, built once: jamo() runs at every word start. */
const SYLLABLES: string[] = Array.from({ length: 11172 }, (_, c) => {
  const l = L[Math.floor(c / 588)] ?? '';
  const v = V[Math.floor((c % 588) / 28)] ?? '';
  const t = T[c % 28] ?? '';
  return (INITIAL[l] ?? l) + (VOWEL[v] ?? v) + (FINAL[t] ?? t);
});

/** The key of one character: a syllable's merged jamo, anything else as it is. */
export function jamo(ch: string): string {
  const c = ch.charCodeAt(0) - 0xac00;
  return c < 0 || c > 11171 ? ch : (SYLLABLES[c] as string);
}

/** jamo() of the syllable with code unit `code` (0xac00–0xd7a3), without a string for the character. */
export const syllableJamo = (code: number): string => SYLLABLES[code - 0xac00] as string;

const PUNCT = /[\s·ㆍ.,\-_'"‘’“”`()&!]/g;
const units = (s: string) => Array.from(s.normalize('NFKC').toLowerCase().replace(PUNCT, ''), jamo).join('');

/**
 * Keys already computed, per (min, cutEnding): the entity stage asks for the keys of the same
 * lexicon forms in every article. Bounded, so a long run's discovered names cannot grow it forever.
 */
const KEYS: Map<string, string>[] = [];
const KEYS_MAX = 50_000;

/**
 * The variant key of a name, or '' when the name is too short for one (fewer than `min` units).
 * `cut` false keeps a generic ending (the key of the whole name).
 */
export function variantKey(form: string, min = MIN_UNITS, cutEnding = true): string {
  const slot = min * 2 + (cutEnding ? 1 : 0);
  let memo = KEYS[slot];
  if (!memo) KEYS[slot] = memo = new Map();
  const known = memo.get(form);
  if (known !== undefined) return known;
  if (memo.size >= KEYS_MAX) memo.clear();
  const key = computeKey(form, min, cutEnding);
  memo.set(form, key);
  return key;
}

function computeKey(form: string, min: number, cutEnding: boolean): string {
  const nfkc = form.normalize('NFKC').trim();
  const cut = cutEnding ? ENDING.exec(nfkc) : null;
  const rest = cut ? units(nfkc.slice(0, cut.index)) : '';
  const key = cut && [...rest].length >= Math.max(min, 5) ? rest : units(nfkc);
  return [...key].length >= min ? key : '';
}
