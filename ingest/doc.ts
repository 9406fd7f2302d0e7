/** The working state of one article as it passes through the stages after normalisation. */
import type { Lang } from '../graph/model.js';
import type { Token } from './text/index.js';
import type { EntityInfo, MentionHit, Normalised, Sentence } from './types.js';

export interface Doc {
  norm: Normalised;
  /** norm.text, and its lower-case copy (same length: only ASCII/Latin letters change case). */
  text: string;
  lower: string;
  lang: Lang;
  sentences: Sentence[];
  /** Morphemes (Korean) or words (English) of `text`, sorted by start (ingest/text/analysis.ts). */
  tokens: Token[];
  /** Mentions, sorted by start, not overlapping, once `entities()` has run. */
  hits: MentionHit[];
  /** Entities known to this article: lexicon entries it mentions plus discovered ones. */
  entities: Map<string, EntityInfo>;
  /** Discovered model → developer, or company → country, seen in the entity patterns. */
  hints: { developer: Map<string, string> };
  /** Mentions created by relation rules (a nationality adjective naming a country). */
  extraHits: MentionHit[];
}

/** Index of the sentence that contains position `pos` (binary search). */
export function sentenceAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, doc.sentences.length - 1));
}

/** The tokens inside [from, to) (binary search for the first; tokens are sorted by start). */
export function tokensIn(doc: Doc, from: number, to: number): Token[] {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  let hi2 = lo;
  while (hi2 < doc.tokens.length && (doc.tokens[hi2]?.start ?? to) < to) hi2++;
  return doc.tokens.slice(lo, hi2);
}
