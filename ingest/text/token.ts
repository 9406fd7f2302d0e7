/**
 * The token every analyser gives, Korean or English, as a zod schema (the single source of
 * its type): offsets into the normalised text, the morpheme, its tag, lemma and chunk.
 */
import { z } from 'zod';

/**
 * Korean: the mecab-ko-dic tags. Nori's dictionary keeps one J for every particle and one E for
 * every ending; ingest/text/korean-tags.ts restores JKS/JKO/…/EC/EF/ETM from the form.
 */
// biome-ignore format: one line per word class reads better than one tag a line
export const KO_TAGS = [
  'NNG', 'NNP', 'NNB', 'NNBC', 'NR', 'NP',
  'VV', 'VA', 'VX', 'VCP', 'VCN',
  'MM', 'MAG', 'MAJ', 'IC',
  'JKS', 'JKC', 'JKG', 'JKO', 'JKB', 'JKV', 'JKQ', 'JX', 'JC',
  'EP', 'EF', 'EC', 'ETN', 'ETM',
  'XPN', 'XSN', 'XSV', 'XSA', 'XR',
  'SF', 'SE', 'SSO', 'SSC', 'SC', 'SY', 'SL', 'SH', 'SN',
  'UNKNOWN', 'UNA', 'NA', 'VSV',
] as const;

/** English: Universal Dependencies part-of-speech tags, as wink-nlp gives them. */
// biome-ignore format: a table
export const UPOS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART',
  'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;

export const PosSchema = z.enum([...KO_TAGS, ...UPOS_TAGS]);
export type Pos = z.infer<typeof PosSchema>;
export type KoTag = (typeof KO_TAGS)[number];
export type Upos = (typeof UPOS_TAGS)[number];

/** CoNLL-style chunk tags (English only): B- opens a noun or verb group, I- continues it. */
export const ChunkSchema = z.enum(['B-NP', 'I-NP', 'B-VP', 'I-VP']);

export const TokenSchema = z.object({
  /** UTF-16 offsets into the analysed (normalised) text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /**
   * The morpheme. It equals text.slice(start, end) except for the morphemes of an inflected
   * Korean word (했다 → 하 + 았 + 다), which share the span of the part they were fused in.
   */
  text: z.string(),
  pos: PosSchema,
  /** Dictionary form: predicates (개발하다, lead), and English words generally. */
  lemma: z.string().optional(),
  chunk: ChunkSchema.optional(),
});
export type Token = z.infer<typeof TokenSchema>;
