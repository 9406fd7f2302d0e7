/**
 * Normalise stage: NFKC, one kind of quote, dash and space, and Hanja country abbreviations
 * spotted. The text changes length where NFKC expands a character or invisible characters are
 * dropped, so every unit of the result keeps the span of `raw.text` it came from: later stages
 * work on the clean text and report offsets into what the user gave.
 */
import { HANJA_COUNTRIES } from '../lexicon.js';
import type { Normalised } from '../types.js';

const REPLACE: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u0060': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u300c': '"',
  '\u300d': '"',
  '\u300e': '"',
  '\u300f': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uff0d': '-',
  '\u318d': '\u00b7',
  '\u30fb': '\u00b7',
  '\u2027': '\u00b7',
  '\u2022': '\u00b7',
  '\uff65': '\u00b7',
  '\u00a0': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
  '\f': '\n',
  '\v': '\n',
};
const DROP = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\r', '\u00ad']);

const isIdeograph = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3400 && c <= 0x4dbf);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** HANJA_COUNTRIES by code unit: findHanja looks at every character, `text[i]` would allocate. */
const HANJA_CODES = new Map([...HANJA_COUNTRIES].filter(([k]) => k.length === 1).map(([k, v]) => [k.charCodeAt(0), v]));
/** Their range: a comparison rules out ASCII and Hangul before any lookup. */
const HANJA_MIN = Math.min(...HANJA_CODES.keys());
const HANJA_MAX = Math.max(...HANJA_CODES.keys());

const isPlain = (c: number) =>
  (c < 0x80 && c !== 0x60 && c !== 0x0d && c !== 0x09 && c !== 0x0b && c !== 0x0c) || (c >= 0xac00 && c <= 0xd7a3);

/** Length of "(對)" at `at` when a Hangul syllable comes right before it and right after it; else 0. */
function hanjaGloss(raw: string, at: number): number {
  const before = raw.charCodeAt(at - 1);
  if (!(before >= 0xac00 && before <= 0xd7a3)) return 0;
  let k = at + 1;
  while (k < raw.length && k - at <= 4 && isIdeograph(raw.charCodeAt(k))) k++;
  if (k === at + 1 || raw.charCodeAt(k) !== 0x29) return 0;
  const after = raw.charCodeAt(k + 1);
  return after >= 0xac00 && after <= 0xd7a3 ? k + 1 - at : 0;
}

/** "(Reuters) -Scale AI said": a dateline's dash glued to the first word; same length, so offsets stay. */
const DATELINE_DASH = /\) -(?=[A-Z])/g;

export function normalise(raw0: string): Normalised {
  // the dash moves before the space (")- X"), so the first name stands on its own as the subject
  const raw = raw0.replace(DATELINE_DASH, ')- ');
  // Most characters (ASCII, Hangul syllables) stay as they are and keep a 1:1 offset; only the
  // rest goes through NFKC and the replacement table, and may change length.
  let starts = new Int32Array(raw.length + 16);
  let ends = new Int32Array(raw.length + 16);
  const parts: string[] = [];
  let n = 0;
  let run = 0;
  for (let i = 0; i <= raw.length; ) {
    const c = i < raw.length ? raw.charCodeAt(i) : -1;
    // "대(對)중국", "반(反)화웨이": a Hanja gloss after a Hangul syllable repeats it; it goes, so the
    // word reads as one ("대중국") for the analysis and the frames
    const gloss = c === 0x28 ? hanjaGloss(raw, i) : 0;
    if (gloss) {
      if (i > run) parts.push(raw.slice(run, i));
      i += gloss;
      run = i;
      continue;
    }
    if (c !== -1 && isPlain(c)) {
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    if (i > run) parts.push(raw.slice(run, i));
    if (c === -1) break;
    const cp = raw.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const norm = DROP.has(ch) ? '' : (REPLACE[ch] ?? (cp >= 0x2000 && cp <= 0x200a ? ' ' : ch.normalize('NFKC')));
    if (n + norm.length + (raw.length - next) > starts.length) {
      // NFKC expanded (㈜ → (주)): make room for the rest of the text
      const size = (n + norm.length + raw.length - next) * 2 + 16;
      const s2 = new Int32Array(size);
      const e2 = new Int32Array(size);
      s2.set(starts.subarray(0, n));
      e2.set(ends.subarray(0, n));
      starts = s2;
      ends = e2;
    }
    for (let k = 0; k < norm.length; k++) {
      starts[n] = i;
      ends[n] = next;
      n++;
    }
    parts.push(norm);
    i = next;
    run = i;
  }
  const text = parts.join('');
  return { text, rawStart: starts.subarray(0, n), rawEnd: ends.subarray(0, n), hanja: findHanja(text) };
}

/**
 * 美, 中, 韓 … stand for countries in Korean headlines ("美中 패권"), but the same characters
 * are ordinary inside Hanja words (中國, 日本 are handled by the lexicon) and after numbers
 * (3日 = the 3rd). So: only when no non-country ideograph touches it and no digit precedes it.
 */
function findHanja(text: string): { start: number; end: number; id: string }[] {
  const found: { start: number; end: number; id: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < HANJA_MIN || c > HANJA_MAX) continue;
    const id = HANJA_CODES.get(c);
    if (!id) continue;
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    if (isDigit(prev)) continue;
    if (i > 0 && isIdeograph(prev) && !HANJA_CODES.has(prev)) continue;
    if (isIdeograph(next) && !HANJA_CODES.has(next)) continue;
    found.push({ start: i, end: i + 1, id });
  }
  return found;
}

/** Map a span of normalised text back to `raw.text`. */
export function toRaw(n: Normalised, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const s = start < n.rawStart.length ? (n.rawStart[start] ?? 0) : (n.rawEnd[n.rawEnd.length - 1] ?? 0);
    return { start: s, end: s };
  }
  return { start: n.rawStart[start] ?? 0, end: n.rawEnd[end - 1] ?? 0 };
}
