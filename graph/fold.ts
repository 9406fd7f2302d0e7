/**
 * What a chunk of articles does to the entities and facts it touches, computed here instead of
 * row by row in Cypher: the chunk locks and reads each entity and fact once (write-article.ts),
 * folds its articles' rows into that state in article order with the same rules the graph
 * always followed, and writes back only what changed — once per entity and fact, not once per
 * mention. Profiled, the row-by-row statement was most of Neo4j's CPU per article: ~25 Eager
 * buffers, a relation look-up per row, ten conditional SETs per row, a lock per mention.
 */
import { type Integer, int } from 'neo4j-driver';
import { mergeAliases, preferredName } from './rows.js';

/** An entity's name and forms: read under lock, or proposed by the chunk for a node it creates. */
export type EntityState = { name: string; aliases: string[]; aliasKeys: string[] };

/**
 * The entity after the chunk's forms join it: the preferred name, the sorted unions. A join
 * (idempotent, commutative), so the order of articles and a node created with the chunk's own
 * forms change nothing.
 */
export function joinEntity(state: EntityState, rows: readonly EntityState[]): EntityState {
  return {
    name: rows.reduce((name, r) => preferredName(r.name, name), state.name),
    aliases: mergeAliases(state.aliases, ...rows.map((r) => r.aliases)),
    aliasKeys: mergeAliases(state.aliasKeys, ...rows.map((r) => r.aliasKeys)),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The properties to SET on an entity: only those that changed (full-text indexes update on each). */
export function entityChanges(before: EntityState, after: EntityState): Partial<EntityState> {
  const changes: Partial<EntityState> = {};
  if (before.name !== after.name) changes.name = after.name;
  if (!sameList(before.aliases, after.aliases)) changes.aliases = after.aliases;
  if (!sameList(before.aliasKeys, after.aliasKeys)) changes.aliasKeys = after.aliasKeys;
  return changes;
}

/** A fact's aggregates (on its relation) and bookkeeping (on its Fact node); null: not there. */
export type FactState = {
  articles: number;
  confidence: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
  amount: string | null;
  currency: string | null;
  confidenceHolders: number | null;
  firstSeenHolders: number | null;
  lastSeenHolders: number | null;
  amountArticle: string | null;
};

export const NO_FACT: FactState = {
  articles: 0,
  confidence: null,
  firstSeen: null,
  lastSeen: null,
  amount: null,
  currency: null,
  confidenceHolders: null,
  firstSeenHolders: null,
  lastSeenHolders: null,
  amountArticle: null,
};

/** One article's support of a fact: its id, report date, and the row's confidence and amount. */
export type Support = {
  article: string;
  date: string;
  confidence: number;
  amount: string | null;
  currency: string | null;
};

/**
 * One more supporter, incrementally: the maximum confidence and the first and last dates with
 * how many supporters hold each (so a removal knows when to recompute), and the amount of the
 * supporter with the smallest article id. The rules REMOVE_SUPPORT and RECOMPUTE (facts.ts) undo
 * and redo.
 */
export function addSupport(s: FactState, x: Support): FactState {
  const top = s.confidence === null || x.confidence > s.confidence;
  const earliest = s.firstSeen === null || x.date < s.firstSeen;
  const latest = s.lastSeen === null || x.date > s.lastSeen;
  const keepsAmount = x.amount !== null && (s.amountArticle === null || x.article < s.amountArticle);
  return {
    articles: s.articles + 1,
    confidenceHolders: top ? 1 : x.confidence === s.confidence ? (s.confidenceHolders ?? 0) + 1 : s.confidenceHolders,
    firstSeenHolders: earliest ? 1 : x.date === s.firstSeen ? (s.firstSeenHolders ?? 0) + 1 : s.firstSeenHolders,
    lastSeenHolders: latest ? 1 : x.date === s.lastSeen ? (s.lastSeenHolders ?? 0) + 1 : s.lastSeenHolders,
    confidence: top ? x.confidence : s.confidence,
    firstSeen: earliest ? x.date : s.firstSeen,
    lastSeen: latest ? x.date : s.lastSeen,
    amountArticle: keepsAmount ? x.article : s.amountArticle,
    amount: keepsAmount ? x.amount : s.amount,
    currency: keepsAmount ? x.currency : s.currency,
  };
}

const RELATION_KEYS = ['articles', 'confidence', 'firstSeen', 'lastSeen', 'amount', 'currency'] as const;
const FACT_KEYS = ['confidenceHolders', 'firstSeenHolders', 'lastSeenHolders', 'amountArticle'] as const;
const COUNTERS: ReadonlySet<string> = new Set(['articles', 'confidenceHolders', 'firstSeenHolders', 'lastSeenHolders']);

type Value = string | number | Integer | null;

/** Changed keys only; counters as Neo4j integers (a JS number would be stored as a float). */
function changes(keys: readonly (keyof FactState)[], before: FactState, after: FactState): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const key of keys) {
    const value = after[key];
    if (value === before[key]) continue;
    out[key] = COUNTERS.has(key) && typeof value === 'number' ? int(value) : value;
  }
  return out;
}

/** What to SET on the relation and on the Fact node to go from `before` to `after`. */
export function factChanges(
  before: FactState,
  after: FactState,
): { relation: Record<string, Value>; fact: Record<string, Value> } {
  return { relation: changes(RELATION_KEYS, before, after), fact: changes(FACT_KEYS, before, after) };
}
