/**
 * Writes one article's extraction: one transaction, UNWIND batches and MERGE. Its mentions go
 * on MENTIONS edges (with the forms it used), its evidence on its own SUPPORTS edges to each
 * fact (facts.ts), and the relations' aggregates are updated incrementally. An article already
 * in the graph is left alone; a changed version of a known source replaces that source's
 * previous contributions.
 */
import { int, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { z } from 'zod';
import { type Graph, writeTx } from './driver.js';
import {
  addSupport,
  type EntityState,
  entityChanges,
  type FactState,
  factChanges,
  joinEntity,
  NO_FACT,
  type Support,
} from './fold.js';
import { Extraction } from './model.js';
import { records } from './records.js';
import { removeMany } from './remove.js';
import { ChunkResolver } from './resolve-chunk.js';
import {
  aliasKeys,
  type EntityRow,
  entityRows,
  mergeEntityRows,
  type RelationRow,
  relationRows,
  reportDate,
} from './rows.js';
import { CREATE_RELATIONS, UPDATE_NODES, UPDATE_RELATIONS, WRITE_CHUNK } from './write-article.js';

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

/** What WRITE_CHUNK reports: the edges it wrote, and the entities and facts it found (locked). */
const Written = z.object({
  mentions: z.number().int(),
  supports: z.number().int(),
  entities: z.array(
    z.object({
      id: z.string(),
      element: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      aliasKeys: z.array(z.string()),
    }),
  ),
  facts: z.array(
    z.object({
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
    }),
  ),
});

const byKey = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);

type ChunkEntity = { id: string; type: string; rows: EntityState[]; first: Pending; mentions: unknown[] };
type ChunkFact = {
  row: RelationRow;
  first: Pending;
  supports: (Support & { index: number; evidence: RelationRow['evidence'] })[];
};

/**
 * Writes the prepared articles, in order, each as if after the ones before: WRITE_CHUNK writes
 * every edge and creates what is new with its final state; the entities and facts that were
 * there come back locked with their state, the articles' rows are folded into it (fold.ts), and
 * only what changed is written, in one more round trip.
 */
async function writePrepared(tx: ManagedTransaction, pending: readonly Pending[], ingestedAt: string): Promise<void> {
  if (!pending.length) return;
  const entities = new Map<string, ChunkEntity>();
  const facts = new Map<string, ChunkFact>();
  pending.forEach((p, index) => {
    for (const e of p.entities) {
      const seen = entities.get(e.id) ?? { id: e.id, type: e.type, rows: [], first: p, mentions: [] };
      seen.rows.push({ name: e.name, aliases: e.aliases, aliasKeys: e.aliasKeys });
      seen.mentions.push({
        article: int(index),
        count: e.count,
        name: e.name,
        aliases: e.aliases,
        starts: e.starts,
        ends: e.ends,
      });
      entities.set(e.id, seen);
    }
    for (const r of p.relations) {
      const seen = facts.get(r.fact) ?? { row: r, first: p, supports: [] };
      const { confidence, amount, currency, evidence } = r;
      seen.supports.push({ index, article: p.article.id, date: p.date, confidence, amount, currency, evidence });
      facts.set(r.fact, seen);
    }
  });
  const entityList = byKey(entities);
  const position = new Map(entityList.map((e, i) => [e.id, i]));
  const factList = byKey(facts);
  const proposed = factList.map((f) => f.supports.reduce(addSupport, NO_FACT));
  const [written] = records(
    await tx.run(WRITE_CHUNK, {
      ingestedAt,
      articles: pending.map(({ article, date }) => ({
        id: article.id,
        title: article.title,
        source: article.source,
        lang: article.lang,
        publishedAt: article.publishedAt ?? null,
        date,
      })),
      entities: entityList.map(({ id, type, rows, mentions }) => {
        const [first, ...rest] = rows as [EntityState, ...EntityState[]];
        return { id, type, ...joinEntity(first, rest), mentions };
      }),
      facts: factList.map(({ row, supports }, i) => {
        const { relation, fact } = factChanges(NO_FACT, proposed[i] as FactState);
        return {
          fact: row.fact,
          type: row.type,
          source: row.source,
          target: row.target,
          s: int(position.get(row.source) ?? -1),
          t: int(position.get(row.target) ?? -1),
          relation: { fact: row.fact, ...relation },
          bookkeeping: fact,
          supports: supports.map((x) => ({
            article: int(x.index),
            sentences: x.evidence.map((e) => e.sentence),
            starts: x.evidence.map((e) => e.start),
            ends: x.evidence.map((e) => e.end),
            confidence: x.confidence,
            amount: x.amount,
            currency: x.currency,
          })),
        };
      }),
    }),
    Written,
  );
  const mentions = pending.reduce((n, p) => n + p.entities.length, 0);
  const supports = pending.reduce((n, p) => n + p.relations.length, 0);
  if (written?.mentions !== mentions || written.supports !== supports)
    throw new Error(
      `the chunk wrote ${written?.mentions} of ${mentions} mentions, ${written?.supports} of ${supports} supports`,
    );
  const nodes: { element: string; set: Record<string, unknown> }[] = [];
  const matchedEntities = new Set<string>();
  for (const e of written.entities) {
    matchedEntities.add(e.id);
    const set = entityChanges(e, joinEntity(e, entities.get(e.id)?.rows ?? []));
    if (Object.keys(set).length) nodes.push({ element: e.element, set });
  }
  const matchedFacts = new Map(written.facts.map((f) => [f.fact, f]));
  const created: { type: string; source: string; target: string; set: Record<string, unknown> }[] = [];
  const updated: { element: string; set: Record<string, unknown> }[] = [];
  for (const [fact, f] of matchedFacts) {
    const chunk = facts.get(fact) as ChunkFact;
    const before = f.relation === null ? NO_FACT : f;
    const after = chunk.supports.reduce(addSupport, before);
    const { relation } = factChanges(before, after);
    if (f.relation === null) {
      created.push({ type: chunk.row.type, source: f.source, target: f.target, set: { fact, ...relation } });
    } else if (Object.keys(relation).length) updated.push({ element: f.relation, set: relation });
    const bookkeeping = factChanges(f, after).fact;
    if (Object.keys(bookkeeping).length) nodes.push({ element: f.element, set: bookkeeping });
  }
  for (const e of entityList) if (!matchedEntities.has(e.id)) e.first.result.entitiesCreated++;
  for (const f of factList) {
    const matched = matchedFacts.get(f.row.fact);
    if (!matched || matched.relation === null) f.first.result.relationsCreated++;
  }
  for (const { result, entities: rows, relations } of pending) {
    result.entitiesUpdated = rows.length - result.entitiesCreated;
    result.relationsUpdated = relations.length - result.relationsCreated;
  }
  await Promise.all([
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
