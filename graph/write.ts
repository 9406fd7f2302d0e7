/**
 * Writes one article's extraction: one transaction, UNWIND batches and MERGE. Its mentions go
 * on MENTIONS edges (with the forms it used), its evidence on its own SUPPORTS edges to each
 * fact (facts.ts), and the relations' aggregates are updated incrementally. An article already
 * in the graph is left alone; a changed version of a known source replaces that source's
 * previous contributions.
 */
import { type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { z } from 'zod';
import { type Graph, writeTx } from './driver.js';
import { Extraction } from './model.js';
import { records } from './records.js';
import { removeMany } from './remove.js';
import { ChunkResolver } from './resolve-chunk.js';
import { addSupport, type EntityState, entityChanges, type FactState, factChanges, joinEntity, NO_FACT } from './fold.js';
import {
  aliasKeys,
  type EntityRow,
  entityRows,
  mergeEntityRows,
  type RelationRow,
  relationRows,
  reportDate,
} from './rows.js';
import { CREATE_RELATIONS, LOCK_ENTITIES, LOCK_FACTS, UPDATE_NODES, UPDATE_RELATIONS, WRITE_ARTICLES } from './write-article.js';

export type WriteStatus = 'new' | 'changed' | 'unchanged';

export type WriteResult = {
  articleId: string;
  status: WriteStatus;
  /** Ids of the earlier versions of this source that the write replaced. */
  replaced: string[];
  entitiesCreated: number;
  entitiesUpdated: number;
  relationsCreated: number;
  relationsUpdated: number;
};

export type WriteOptions = { ingestedAt?: string };

export async function writeExtraction(g: Graph, input: Extraction, options: WriteOptions = {}): Promise<WriteResult> {
  const extraction = Extraction.parse(input);
  const ingestedAt = options.ingestedAt ?? new Date().toISOString();
  try {
    return await writeTx(g, (tx) => writeInTransaction(tx, extraction, ingestedAt));
  } catch (error) {
    // Another process wrote the same article between our check and our commit: the
    // article is in the graph exactly once, which is what this write wanted.
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      const again = await writeTx(g, (tx) =>
        tx.run('MATCH (a:Article {id: $id}) RETURN a.id', { id: extraction.article.id }),
      );
      if (again.records.length) return { ...emptyResult(extraction.article.id), status: 'unchanged' };
    }
    throw error;
  }
}

/**
 * Writes several articles in one transaction, since a commit costs more than an article's
 * statements. If the transaction fails, each article is written alone, so a bad article
 * fails by itself and the others still go in. Returns a result or an error per article.
 */
export async function writeExtractions(
  g: Graph,
  inputs: readonly Extraction[],
  options: WriteOptions = {},
): Promise<(WriteResult | Error)[]> {
  const ingestedAt = options.ingestedAt ?? new Date().toISOString();
  const extractions = inputs.map((e) => Extraction.parse(e));
  if (extractions.length > 1) {
    try {
      return await writeTx(g, (tx) => writeChunk(tx, extractions, ingestedAt));
    } catch (error) {
      if (isUnavailable(error)) throw error;
    }
  }
  const results: (WriteResult | Error)[] = [];
  for (const extraction of extractions) {
    try {
      results.push(await writeExtraction(g, extraction, { ingestedAt }));
    } catch (error) {
      if (isUnavailable(error)) throw error;
      results.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return results;
}

/** Losing the server is not one article's fault: the whole batch stops. */
function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired');
}

/** Whether an article is in the graph already, and which earlier versions of its source are. */
const Seen = z.object({ id: z.string(), known: z.boolean(), previous: z.array(z.string()) });
type Seen = z.infer<typeof Seen>;

const SEEN = `UNWIND $articles AS x
  OPTIONAL MATCH (known:Article {id: x.id})
  // The hint: planned on an empty graph, this was a scan of every Article's id or source
  // (32k db hits for 300 articles into an empty graph, growing with the graph).
  OPTIONAL MATCH (previous:Article {source: x.source}) USING INDEX SEEK previous:Article(source) WHERE previous.id <> x.id
  WITH x, known, previous ORDER BY previous.id
  RETURN x.id AS id, known IS NOT NULL AS known, collect(previous.id) AS previous`;

/**
 * What a transaction knows while it writes a chunk: which articles the graph held at its
 * start, and how the chunk's entity rows resolve (resolve-chunk.ts), looked up once.
 */
type Context = { seen: Map<string, Seen>; resolver: ChunkResolver };

const chunkRows = (extractions: readonly Extraction[]) => extractions.flatMap((e) => entityRows(e));

async function chunkContext(tx: ManagedTransaction, extractions: readonly Extraction[]): Promise<Context> {
  const articles = extractions.map((e) => ({ id: e.article.id, source: e.article.source }));
  // Both statements go out before either answer is awaited: one round trip.
  const [seen, resolver] = await Promise.all([
    tx.run(SEEN, { articles }),
    ChunkResolver.open(tx, chunkRows(extractions)),
  ]);
  return { seen: new Map(records(seen, Seen).map((r) => [r.id, r])), resolver };
}

/**
 * A chunk in one transaction and, when its sources are distinct, one statement: every
 * article's rows are resolved here first (the resolver tracks what the earlier articles of the
 * chunk write), then WRITE_ARTICLES writes them in order, each seeing the ones before.
 */
async function writeChunk(
  tx: ManagedTransaction,
  extractions: readonly Extraction[],
  ingestedAt: string,
): Promise<WriteResult[]> {
  const sources = new Set(extractions.map((e) => e.article.source));
  const ids = new Set(extractions.map((e) => e.article.id));
  // Two versions of one source (or one article twice) in a chunk: each must see the one before.
  if (sources.size !== extractions.length || ids.size !== extractions.length) {
    const results: WriteResult[] = [];
    for (const extraction of extractions) results.push(await writeAlone(tx, extraction, ingestedAt));
    return results;
  }
  const context = await chunkContext(tx, extractions);
  // Earlier versions of the chunk's sources all go first, in one round trip: then the chunk
  // is written into the graph its other articles left, whatever the order inside it. The
  // removal changed what the rows resolve to (entities gone, aliases recomputed): look again.
  const previous = extractions.flatMap((e) => context.seen.get(e.article.id)?.previous ?? []);
  if (previous.length) {
    await removeMany(tx, previous);
    context.resolver = await ChunkResolver.open(tx, chunkRows(extractions));
  }
  const results = extractions.map((e) => emptyResult(e.article.id));
  const pending: Pending[] = [];
  extractions.forEach((extraction, i) => {
    const result = results[i] as WriteResult;
    const seen = context.seen.get(extraction.article.id);
    if (seen?.known) result.status = 'unchanged';
    else pending.push(prepare(extraction, ingestedAt, context.resolver, result, seen?.previous ?? []));
  });
  await writePrepared(tx, pending, ingestedAt);
  return results;
}

/** One article with its own look-ups: the chunk had two versions of a source, or it is alone. */
async function writeAlone(tx: ManagedTransaction, extraction: Extraction, ingestedAt: string): Promise<WriteResult> {
  const result = emptyResult(extraction.article.id);
  const seen = await seenOf(tx, extraction);
  if (seen.known) return { ...result, status: 'unchanged' };
  await removeMany(tx, seen.previous);
  const resolver = await ChunkResolver.open(tx, entityRows(extraction));
  await writePrepared(tx, [prepare(extraction, ingestedAt, resolver, result, seen.previous)], ingestedAt);
  return result;
}

/** One article, as a chunk of one. */
export async function writeInTransaction(
  tx: ManagedTransaction,
  extraction: Extraction,
  ingestedAt: string,
): Promise<WriteResult> {
  const [result] = await writeChunk(tx, [extraction], ingestedAt);
  if (!result) throw new Error(`no write result for article ${extraction.article.id}`);
  return result;
}

/** An article resolved against the graph and the chunk so far, and the result its counts go into. */
type Pending = {
  result: WriteResult;
  article: Extraction['article'];
  date: string;
  entities: (EntityRow & { aliasKeys: string[] })[];
  relations: RelationRow[];
};

/** Resolves an article's rows against the graph and the chunk so far, and records them as written. */
function prepare(
  extraction: Extraction,
  ingestedAt: string,
  resolver: ChunkResolver,
  result: WriteResult,
  previous: readonly string[],
): Pending {
  const { article } = extraction;
  result.replaced.push(...previous);
  if (result.replaced.length) result.status = 'changed';
  const rawRows = entityRows(extraction);
  const idMap = resolver.resolve(rawRows);
  const entities = mergeEntityRows(rawRows.map((r) => ({ ...r, id: idMap.get(r.id) ?? r.id }))).map((row) => ({
    ...row,
    aliasKeys: aliasKeys(row.aliases),
  }));
  resolver.wrote(entities);
  return {
    result,
    article,
    date: reportDate({ publishedAt: article.publishedAt, ingestedAt }),
    entities,
    relations: relationRows(extraction, idMap),
  };
}

const LockedEntity = z.object({
  id: z.string(),
  element: z.string(),
  fresh: z.boolean(),
  name: z.string(),
  aliases: z.array(z.string()),
  aliasKeys: z.array(z.string()),
});

const LockedFact = z.object({
  fact: z.string(),
  element: z.string(),
  source: z.string(),
  target: z.string(),
  relation: z.string().nullable(),
  articles: z.number().int(),
  confidence: z.number().nullable(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  confidenceHolders: z.number().int().nullable(),
  firstSeenHolders: z.number().int().nullable(),
  lastSeenHolders: z.number().int().nullable(),
  amountArticle: z.string().nullable(),
});

const byKey = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);

/**
 * Writes the prepared articles, in order, each as if after the ones before: every entity and
 * fact of the chunk is locked and read once, the articles' rows are folded into that state
 * (fold.ts), and only what changed is written, all in one round trip.
 */
async function writePrepared(tx: ManagedTransaction, pending: readonly Pending[], ingestedAt: string): Promise<void> {
  if (!pending.length) return;
  const entities = new Map<string, { id: string; type: string; rows: EntityState[] }>();
  const facts = new Map<string, { fact: string; type: string; source: string; target: string }>();
  for (const p of pending) {
    for (const e of p.entities) {
      const seen = entities.get(e.id) ?? { id: e.id, type: e.type, rows: [] };
      seen.rows.push({ name: e.name, aliases: e.aliases, aliasKeys: e.aliasKeys });
      entities.set(e.id, seen);
    }
    for (const r of p.relations) facts.set(r.fact, { fact: r.fact, type: r.type, source: r.source, target: r.target });
  }
  const proposed = byKey(entities).map(({ id, type, rows }) => {
    const [first, ...rest] = rows as [EntityState, ...EntityState[]];
    return { id, type, ...joinEntity(first, rest) };
  });
  const [lockedEntities, lockedFacts] = await Promise.all([
    proposed.length ? tx.run(LOCK_ENTITIES, { entities: proposed }) : undefined,
    facts.size ? tx.run(LOCK_FACTS, { facts: byKey(facts) }) : undefined,
  ]);
  const nodes: { element: string; set: Record<string, unknown> }[] = [];
  const elements = new Map<string, string>();
  const fresh = new Set<string>();
  for (const e of lockedEntities ? records(lockedEntities, LockedEntity) : []) {
    elements.set(e.id, e.element);
    if (e.fresh) fresh.add(e.id);
    const after = joinEntity(e, entities.get(e.id)?.rows ?? []);
    const set = entityChanges(e, after);
    if (Object.keys(set).length) nodes.push({ element: e.element, set });
  }
  const locked = new Map(lockedFacts ? records(lockedFacts, LockedFact).map((f) => [f.fact, f]) : []);
  const states = new Map<string, FactState>();
  for (const p of pending) {
    for (const e of p.entities) {
      if (fresh.delete(e.id)) p.result.entitiesCreated++;
    }
    for (const r of p.relations) {
      const f = locked.get(r.fact);
      if (!f) throw new Error(`the fact ${r.fact} was not locked`);
      const state = states.get(r.fact) ?? (f.relation === null ? NO_FACT : f);
      if (f.relation === null && !states.has(r.fact)) p.result.relationsCreated++;
      const { article, date } = p;
      const support = { article: article.id, date, confidence: r.confidence, amount: r.amount, currency: r.currency };
      states.set(r.fact, addSupport(state, support));
    }
  }
  const created: { type: string; source: string; target: string; set: Record<string, unknown> }[] = [];
  const updated: { element: string; set: Record<string, unknown> }[] = [];
  for (const [fact, after] of states) {
    const f = locked.get(fact) as z.infer<typeof LockedFact>;
    const { relation } = factChanges(f.relation === null ? NO_FACT : f, after);
    if (f.relation === null) {
      const type = facts.get(fact)?.type as string;
      created.push({ type, source: f.source, target: f.target, set: { fact, ...relation } });
    } else if (Object.keys(relation).length) updated.push({ element: f.relation, set: relation });
    const bookkeeping = factChanges(f, after).fact;
    if (Object.keys(bookkeeping).length) nodes.push({ element: f.element, set: bookkeeping });
  }
  const articles = pending.map(({ article, date, entities: rows, relations }) => ({
    id: article.id,
    title: article.title,
    source: article.source,
    lang: article.lang,
    publishedAt: article.publishedAt ?? null,
    date,
    mentions: rows.map((e) => ({
      entity: elements.get(e.id),
      count: e.count,
      name: e.name,
      aliases: e.aliases,
      starts: e.starts,
      ends: e.ends,
    })),
    supports: relations.map((r) => ({
      fact: locked.get(r.fact)?.element,
      sentences: r.evidence.map((x) => x.sentence),
      starts: r.evidence.map((x) => x.start),
      ends: r.evidence.map((x) => x.end),
      confidence: r.confidence,
      amount: r.amount,
      currency: r.currency,
    })),
  }));
  pending.forEach(({ result, entities: rows, relations }) => {
    result.entitiesUpdated = rows.length - result.entitiesCreated;
    result.relationsUpdated = relations.length - result.relationsCreated;
  });
  await Promise.all([
    tx.run(WRITE_ARTICLES, { articles, ingestedAt }),
    nodes.length ? tx.run(UPDATE_NODES, { nodes }) : undefined,
    created.length ? tx.run(CREATE_RELATIONS, { relations: created }) : undefined,
    updated.length ? tx.run(UPDATE_RELATIONS, { relations: updated }) : undefined,
  ]);
}

async function seenOf(tx: ManagedTransaction, extraction: Extraction): Promise<Seen> {
  const { id, source } = extraction.article;
  const [seen] = records(await tx.run(SEEN, { articles: [{ id, source }] }), Seen);
  return seen ?? { id, known: false, previous: [] };
}

export function emptyResult(articleId: string): WriteResult {
  return {
    articleId,
    status: 'new',
    replaced: [],
    entitiesCreated: 0,
    entitiesUpdated: 0,
    relationsCreated: 0,
    relationsUpdated: 0,
  };
}
