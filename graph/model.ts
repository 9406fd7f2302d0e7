/**
 * The data model of the knowledge graph, as zod schemas. Every other module takes its types
 * from here: the extraction contract (`kg extract --json`), what the store writes to Neo4j and
 * what it reads back.
 */
// A namespace import, so esbuild can leave the unused parts of zod out of the viewer's browser bundle.
import * as z from 'zod';

export const ENTITY_TYPES = ['Person', 'Company', 'Country', 'Model', 'Organization', 'Product'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const RELATION_TYPES = [
  'COMPETES_WITH',
  'REGULATES',
  'INVESTS_IN',
  'DEVELOPS',
  'WORKS_FOR',
  'BASED_IN',
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

/** Relations whose direction carries no meaning: stored once, either way round. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['COMPETES_WITH']);

const ANY_ACTOR: readonly EntityType[] = ['Person', 'Company', 'Country', 'Organization'];

/**
 * The closed schema of which entity types may stand at each end of a relation. An extracted
 * relation outside it is dropped rather than stored as a wrong edge.
 */
export const RELATION_SIGNATURES: Record<
  RelationType,
  { source: readonly EntityType[]; target: readonly EntityType[] }
> = {
  COMPETES_WITH: {
    source: ['Company', 'Country', 'Model', 'Organization', 'Product'],
    target: ['Company', 'Country', 'Model', 'Organization', 'Product'],
  },
  REGULATES: {
    source: ['Country', 'Organization'],
    target: ['Company', 'Country', 'Model', 'Organization', 'Product'],
  },
  INVESTS_IN: { source: ANY_ACTOR, target: ['Company', 'Organization', 'Model', 'Product', 'Country'] },
  DEVELOPS: { source: ['Company', 'Organization', 'Person', 'Country'], target: ['Model', 'Product'] },
  WORKS_FOR: { source: ['Person'], target: ['Company', 'Organization'] },
  BASED_IN: { source: ['Company', 'Organization', 'Person'], target: ['Country'] },
};

export function relationAllowed(type: RelationType, source: EntityType, target: EntityType): boolean {
  const signature = RELATION_SIGNATURES[type];
  const fits = (a: EntityType, b: EntityType) => signature.source.includes(a) && signature.target.includes(b);
  return fits(source, target) || (SYMMETRIC_RELATIONS.has(type) && fits(target, source));
}

/** A character span in the article's text (offsets are UTF-16 code units, as in JavaScript). */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const Mention = Span.extend({ text: z.string() });
export type Mention = z.infer<typeof Mention>;

/** The sentence that supports a relation, with its offsets in the article's text. */
export const Evidence = Span.extend({ sentence: z.string() });
export type Evidence = z.infer<typeof Evidence>;

/** Stable, language-independent entity key such as `company:deepseek` or `model:deepseek/r1`. */
export const EntityId = z
  .string()
  .min(3)
  .max(300)
  .regex(/^[a-z]+:\S/, 'entity ids look like type:key');

export const ExtractedEntity = z.object({
  id: EntityId,
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string().min(1)),
  mentions: z.array(Mention),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntity>;

export const ExtractedRelation = z.object({
  type: RelationType,
  source: EntityId,
  target: EntityId,
  confidence: z.number().min(0).max(1),
  amount: z.string().optional(),
  currency: z.string().optional(),
  evidence: z.array(Evidence).min(1),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelation>;

export const Lang = z.enum(['ko', 'en']);
export type Lang = z.infer<typeof Lang>;

export const ArticleMeta = z.object({
  /** Content hash of the normalised text: the same text always gets the same id. */
  id: z.string().min(8),
  title: z.string(),
  lang: Lang,
  source: z.string(),
  publishedAt: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** What `kg extract FILE --json` prints, and what the store writes for one article. */
export const Extraction = z.object({
  article: ArticleMeta,
  entities: z.array(ExtractedEntity),
  relations: z.array(ExtractedRelation),
});
export type Extraction = z.infer<typeof Extraction>;

/** The normalised key under which names and aliases are matched across articles and languages. */
export function aliasKey(form: string): string {
  return form
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'"‘’“”`.\-_·ㆍ()]/g, '');
}
