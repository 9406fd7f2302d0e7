/**
 * Zod schemas for what flows between the ingest stages. The final output is `Extraction`
 * from graph/model.ts; these are the intermediate shapes, validated at the stage borders in
 * tests (not on the hot path, where parsing would cost more than the extraction itself).
 */
import { z } from 'zod';
import { EntityType } from '../graph/model.js';

/** What `loadInput` returns: the decoded text the user gave and what we learnt about it. */
export const RawArticle = z.object({
  source: z.string(),
  text: z.string(),
  format: z.enum(['txt', 'md', 'html']),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
});
export type RawArticle = z.infer<typeof RawArticle>;

/** Normalised text plus, for each of its UTF-16 units, the span of `raw.text` it came from. */
export const Normalised = z.object({
  text: z.string(),
  rawStart: z.instanceof(Int32Array),
  rawEnd: z.instanceof(Int32Array),
  /** Hanja country abbreviations (美, 中 …) found in the text: span in `text`, country id. */
  hanja: z.array(z.object({ start: z.number().int(), end: z.number().int(), id: z.string() })),
});
export type Normalised = z.infer<typeof Normalised>;

/** A sentence as a span of the normalised text. */
export const Sentence = z.object({ start: z.number().int(), end: z.number().int() });
export type Sentence = z.infer<typeof Sentence>;

/** Where an entity was found, in normalised-text offsets, before resolution. */
export const MentionHit = z.object({
  start: z.number().int(),
  end: z.number().int(),
  id: z.string(),
  type: EntityType,
  /** lexicon: exact name; discovered: from a pattern; coref: short reference; abbrev: 美 / 미중 */
  how: z.enum(['lexicon', 'discovered', 'coref', 'abbrev']),
});
export type MentionHit = z.infer<typeof MentionHit>;

/** An entity known to this article: from the lexicon, or discovered in it. */
export const EntityInfo = z.object({
  id: z.string(),
  type: EntityType,
  ko: z.array(z.string()),
  en: z.array(z.string()),
  country: z.string().optional(),
  developer: z.string().optional(),
  employer: z.string().optional(),
  title: z.string().optional(),
});
export type EntityInfo = z.infer<typeof EntityInfo>;

/** A relation candidate before deduplication, in normalised offsets. */
export const RelationHit = z.object({
  type: z.enum(['COMPETES_WITH', 'REGULATES', 'INVESTS_IN', 'DEVELOPS', 'WORKS_FOR', 'BASED_IN']),
  source: z.string(),
  target: z.string(),
  confidence: z.number(),
  sentence: z.number().int(),
  amount: z.string().optional(),
  currency: z.string().optional(),
});
export type RelationHit = z.infer<typeof RelationHit>;
