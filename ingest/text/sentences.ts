/**
 * Sentence stage: spans of the normalised text. Korean and English share most rules; what
 * matters is what must NOT end a sentence: abbreviations (U.S., Inc., Dr.), decimals (2.5),
 * a full stop inside a quotation that the sentence continues after (…할 것이다."라고 말했다),
 * and a stop followed by a lower-case word — unless that word is a name written in lower-case
 * first (xAI, iPhone, eBay) or the stop closes a Korean sentence (…했다. xAI는 …), where a
 * lower-case Latin start can only be the next sentence.
 */
import type { Sentence } from '../types.js';

const ABBREV = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'st',
  'vs',
  'e.g',
  'i.e',
  'no',
  'gov',
  'sen',
  'rep',
  'gen',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'est',
  'approx',
  'dept',
  'fig',
  'etc',
  'al',
  'mt',
  'ft',
  'u.s.a',
  'p.m',
  'a.m',
  'ph.d',
  'v',
  'ver',
]);
const CLOSERS = new Set(['"', "'", ')', ']', '」', '』', '’', '”']);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHangul = (c: string | undefined) => c !== undefined && c >= '\uac00' && c <= '\ud7a3';
/** A word that starts lower-case and has a capital inside it: a brand name (xAI, iPhone), not prose. */
const CAMEL_START = /^[a-z]+[A-Z]/;

/** The word right before position i (letters and dots), lower-cased, without its final dot. */
function wordBefore(text: string, i: number): string {
  let k = i;
  while (k > 0 && /[A-Za-z.]/.test(text[k - 1] ?? '')) k--;
  return text.slice(k, i).toLowerCase().replace(/^\.+/, '');
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let quotes = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    // a code unit, not text[i]: a Hangul character as a string is an allocation, at every character
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      push(i);
      start = i + 1;
      quotes = 0;
      continue;
    }
    if (c === 0x22) quotes++;
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x3002) continue;
    if (c === 0x2e) {
      if (isDigit(text[i + 1])) continue; // 2.5, 1.5%
      const w = wordBefore(text, i);
      if (ABBREV.has(w) || /^[a-z]$/.test(w)) {
        // "U.S. export" goes on; but "… in the U.S. The next" ends: an abbreviation followed by a
        // capitalised sentence start is ambiguous, we keep it together (cheaper mistake).
        continue;
      }
    }
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    let closed = false;
    while (j < text.length && CLOSERS.has(text[j] ?? '')) {
      closed = true; // (the main loop counts this quote when it reaches it)
      j++;
    }
    if (j < text.length && !isSpace(text[j]) && text[j] !== '\n') continue; // "…다."라고, 3.5x
    if (!closed && quotes % 2 === 1) continue; // still inside a quotation
    let k = j;
    while (isSpace(text[k])) k++;
    if (isLower(text[k]) && !isHangul(text[i - 1]) && !CAMEL_START.test(text.slice(k, k + 12))) continue;
    if (closed && isHangul(text[k]) && /^(?:라고|라며|며|고|하고|면서)/.test(text.slice(k, k + 3))) continue;
    push(j);
    start = j;
    quotes = 0;
    i = j - 1;
  }
  push(text.length);
  return out;
}
