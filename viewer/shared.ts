/**
 * The viewer's HTTP contract, one module for the server and the browser app: zod schemas for
 * every query string, body and reply (types come from them), the compact drawing format, and
 * the palette. Schemas and pure functions only, so the browser bundle can import it too.
 */
// The namespace import lets esbuild drop the parts of zod the browser bundle does not use.
import * as z from 'zod';
import { ErrorKind } from '../graph/errors.js';
import { RELATION_TYPES, RelationType } from '../graph/model.js';
import { DEFAULT_TOP, MAX_TOP } from './limits.js';

export { DEFAULT_TOP, MAX_TOP };

/** Every failed API call answers with this body and a status chosen by its kind. */
export const ErrorBody = z.object({ error: z.string(), code: z.string().optional(), kind: ErrorKind.optional() });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const ENTITY_COLORS: Record<string, string> = {
  Person: '#e15759',
  Company: '#4e79a7',
  Country: '#59a14f',
  Model: '#f28e2b',
  Organization: '#b07aa1',
  Product: '#9c755f',
};
export const FALLBACK_COLOR = '#8c8c8c';

/** Communities by size, largest first (Tableau 10, then a grey for the long tail). */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#86bcb6',
];
export const communityColor = (c: number) => COMMUNITY_COLORS[c] ?? FALLBACK_COLOR;

export const RELATION_COLORS: Record<string, string> = {
  COMPETES_WITH: '#d62728',
  REGULATES: '#7f7f7f',
  INVESTS_IN: '#2ca02c',
  DEVELOPS: '#ff9f1c',
  WORKS_FOR: '#9467bd',
  BASED_IN: '#17becf',
};

const hangul = /[\uac00-\ud7a3]/;
/** "딥시크 · DeepSeek": the display name plus one alias in the other script, if there is one. */
export function bilingualLabel(name: string, aliases: readonly string[]): string {
  const korean = hangul.test(name);
  const other = aliases.find((a) => hangul.test(a) !== korean && /[\p{L}]/u.test(a));
  return other ? `${name} · ${other}` : name;
}

/** An edge's key in the app and the URL: its two ends in stored order and its type. */
export const edgeKey = (source: string, type: string, target: string) => `${source}|${type}|${target}`;
export function parseEdgeKey(key: string): { source: string; type: RelationType; target: string } | undefined {
  const [source, type, target, ...rest] = key.split('|');
  const t = RelationType.safeParse(type);
  return source && target && t.success && !rest.length ? { source, type: t.data, target } : undefined;
}

// ---- query strings -------------------------------------------------------------------------

const day = z.preprocess((v) => (v === '' ? undefined : v), z.iso.date('dates look like 2025-01-31').optional());
const rels = z
  .string()
  .optional()
  // Absent: every relation type; present but empty: none (the user switched them all off).
  .transform((v) => (v === undefined ? undefined : v.split(',').filter(Boolean)))
  .pipe(z.array(RelationType).optional());
const entityId = z.string().min(1).max(300);

const Filter = z.object({ rels, from: day, to: day });
const ordered = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;
const ORDER = { message: '`from` must not be after `to`' };

export const OverviewQuery = Filter.extend({
  top: z.coerce.number().int().min(1).max(MAX_TOP).default(DEFAULT_TOP),
}).refine(ordered, ORDER);
export type OverviewQuery = z.infer<typeof OverviewQuery>;
/** `fresh=1`: wait for the overview of the graph as it is now, never a stale one. */
export const FreshQuery = z.object({ fresh: z.enum(['1']).optional() });

export const MAX_EXPAND = 500;
export const DEFAULT_EXPAND = 200;
export const ExpandQuery = Filter.extend({
  id: entityId,
  limit: z.coerce.number().int().min(1).max(MAX_EXPAND).default(DEFAULT_EXPAND),
}).refine(ordered, ORDER);
export type ExpandQuery = z.infer<typeof ExpandQuery>;

export const SearchQuery = z.object({
  q: z.string().max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const EntityQuery = z.object({ id: entityId });
export const EdgeQuery = z.object({ source: entityId, target: entityId, type: RelationType });
export const CypherBody = z.object({
  query: z.string().min(1, 'the query is empty').max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

// ---- replies ---------------------------------------------------------------------------------

/**
 * A long column checked in one loop: zod's schema per element took ~130 ms of the page's main
 * thread on a 250-entity overview (5,000 edges), this takes a few.
 */
const columnOf = <T>(is: (v: unknown) => v is T, what: string) =>
  z.custom<T[]>((v) => Array.isArray(v) && v.every(is), { message: `expected a list of ${what}` });
const strings = columnOf((v): v is string => typeof v === 'string', 'strings');
const numbers = columnOf((v): v is number => typeof v === 'number' && Number.isFinite(v), 'numbers');
const integers = columnOf((v): v is number => Number.isInteger(v), 'integers');

/**
 * What is drawn, column by column: per node its id, label, entity type, degree (its size) and
 * community (its colour); positions only where the server laid the nodes out. Edges are flat
 * triples of node index, node index and index into RELATION_TYPES.
 */
export const Drawing = z.object({
  ids: strings,
  labels: strings,
  types: strings,
  degrees: numbers,
  communities: integers,
  xs: numbers.optional(),
  ys: numbers.optional(),
  edges: integers,
});
export type Drawing = z.infer<typeof Drawing>;
export const relationOf = (index: number) => RELATION_TYPES[index] ?? 'COMPETES_WITH';

export const Overview = Drawing.extend({
  /** Entities and relations in the filter, drawn or not: the page says how many are hidden. */
  total: z.number(),
  relations: z.number(),
  dates: z.object({ min: z.string().nullable(), max: z.string().nullable() }),
});
export type Overview = z.infer<typeof Overview>;

/**
 * What /api/overview answers: an overview, and whether it is `stale`, laid out at an earlier
 * fingerprint (or not yet checked against the graph, on a Neo4j too slow to say at once). The
 * page draws a stale one at once and asks again with `fresh=1` for the graph as it is now.
 */
export const OverviewReply = Overview.extend({ stale: z.boolean() });
export type OverviewReply = z.infer<typeof OverviewReply>;

export const Expansion = Drawing.extend({
  /** The expanded entity (the first node) and how many neighbours it has in the filter. */
  center: z.string(),
  total: z.number(),
});
export type Expansion = z.infer<typeof Expansion>;

export const Suggestion = z.object({ id: z.string(), name: z.string(), type: z.string(), matched: z.string() });
export type Suggestion = z.infer<typeof Suggestion>;

/** A span of an evidence sentence naming one of the edge's two entities. */
export const Mark = z.object({ start: z.number(), end: z.number(), entity: z.string() });
export type Mark = z.infer<typeof Mark>;

export const EvidenceItem = z.object({
  articleId: z.string(),
  title: z.string(),
  source: z.string(),
  date: z.string().nullable(),
  sentence: z.string(),
  marks: z.array(Mark),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

const End = z.object({ id: z.string(), name: z.string(), type: z.string() });
export const EdgeDetails = z.object({
  type: RelationType,
  source: End,
  target: End,
  confidence: z.number(),
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  evidence: z.array(EvidenceItem),
});
export type EdgeDetails = z.infer<typeof EdgeDetails>;

const EntityRelation = z.object({
  type: RelationType,
  direction: z.enum(['out', 'in']),
  other: End,
  lastSeen: z.string().nullable(),
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  /** All its evidence sentences, and the newest few of them. */
  sentenceCount: z.number(),
  sentences: z.array(z.string()),
});
export type EntityRelation = z.infer<typeof EntityRelation>;
/** An entity's panel: the newest articles and relations (ENTITY_PAGE), and how many there are in all. */
export const EntityDetails = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()),
  articleCount: z.number(),
  articles: z.array(z.object({ id: z.string(), title: z.string().nullable(), source: z.string(), count: z.number() })),
  relationCount: z.number(),
  relations: z.array(EntityRelation),
});
export type EntityDetails = z.infer<typeof EntityDetails>;
export const ENTITY_PAGE = { articles: 50, relations: 100, sentences: 2 } as const;

export const CypherPayload = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean(),
  /** Entity ids and edge keys found in the result, for highlighting in the graph. */
  highlight: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
});
export type CypherPayload = z.infer<typeof CypherPayload>;
