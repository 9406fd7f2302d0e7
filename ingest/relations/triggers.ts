/**
 * Every frame's predicate words found in one pass over the text: one trie over the trigger words
 * of all frames of a language, each word ending in the frames that list it. Each frame keeps the
 * matches its own predicate expression (frames/index.ts `predicatePattern`) gives, leftmost-longest and not
 * overlapping within the frame; one scan instead of one regex per frame over every article.
 */
import type { CompiledFile, CompiledFrame } from './frames/index.js';
import type { Trigger } from './lists.js';

interface Node {
  next: Map<number, Node>;
  /** The frames (by index) whose word ends here; glued: an English "-backed" word, right after a name. */
  ends: { frame: number; glued: boolean }[];
}

const node = (): Node => ({ next: new Map(), ends: [] });
/** The root's children by first code unit: an array read at every position of the text, not a Map. */
type Root = (Node | undefined)[];
const TRIES = new WeakMap<CompiledFile, Root>();

function trieOf(file: CompiledFile): Root {
  const cached = TRIES.get(file);
  if (cached) return cached;
  const root = node();
  const en = file.lang === 'en';
  for (const [frame, f] of file.frames.entries())
    for (const word of new Set(f.predicate.map((w) => (en ? w.toLowerCase() : w)))) {
      let at = root;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        let child = at.next.get(c);
        if (!child) {
          child = node();
          at.next.set(c, child);
        }
        at = child;
      }
      at.ends.push({ frame, glued: en && word.startsWith('-') });
    }
  const first: Root = new Array(0x10000).fill(undefined);
  for (const [c, child] of root.next) first[c] = child;
  TRIES.set(file, first);
  return first;
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Each frame's predicate matches in `text` (doc.lower for English, doc.text for Korean), in
 * order. English words stand alone: no letter or hyphen before a word (a letter or digit before
 * a glued "-backed"), no letter after any.
 */
export function scanTriggers(file: CompiledFile, text: string): Map<CompiledFrame, Trigger[]> {
  const root = trieOf(file);
  const en = file.lang === 'en';
  const count = file.frames.length;
  const found: Trigger[][] = Array.from({ length: count }, () => []);
  /** Where each frame's next match may start (its matches do not overlap). */
  const cursor = new Int32Array(count);
  /** The longest valid word of each frame at the current position (0: none). */
  const best = new Int32Array(count);
  const touched: number[] = [];
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    let at = root[c];
    if (!at) continue;
    const prev = p > 0 ? text.charCodeAt(p - 1) : -1;
    const freeOk = !en || !(isLetter(prev) || prev === 0x2d);
    // inside an English word only a glued "-backed" can start, at its hyphen
    if (!freeOk && c !== 0x2d) continue;
    const gluedOk = isLetter(prev) || isDigit(prev);
    for (let q = p + 1; at; q++) {
      if (at.ends.length && !(en && isLetter(text.charCodeAt(q))))
        for (const e of at.ends) {
          if ((cursor[e.frame] as number) > p || !(e.glued ? gluedOk : freeOk)) continue;
          if (best[e.frame] === 0) touched.push(e.frame);
          best[e.frame] = q - p;
        }
      at = at.next.get(text.charCodeAt(q));
    }
    for (const f of touched) {
      const end = p + (best[f] as number);
      found[f]?.push({ start: p, end, word: text.slice(p, end) });
      cursor[f] = end;
      best[f] = 0;
    }
    touched.length = 0;
  }
  return new Map(file.frames.map((f, i) => [f, found[i] ?? []]));
}
