/**
 * Reading the graph back: articles, a page of an entity with its newest articles, relations and
 * sentences (the viewer's panel), one relation with all its evidence (the viewer's edge panel),
 * counts. Every record is parsed by a zod schema at this boundary; the evidence of a relation
 * is read by one Cypher pattern (EVIDENCE) and decoded by one schema (EvidenceRecord).
 */
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { type Graph, readTx } from './driver.js';
import { RELATIONS } from './facts.js';
import { aliasKey, RelationType, SYMMETRIC_RELATIONS } from './model.js';
import { first, one, records } from './records.js';
import { aliasPhrase } from './resolve.js';

const nullable = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().default(null);
/** A list property that may be missing on older nodes. */
const strings = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

export const ArticleRecord = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  lang: z.string(),
  publishedAt: nullable(z.string()),
  ingestedAt: z.string(),
  entities: z.number().int(),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export const EvidenceRecord = z.object({
  articleId: z.string(),
  title: z.string(),
  source: z.string(),
  date: nullable(z.string()),
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

/**
 * The evidence of relation `r`: each supporting article's SUPPORTS edge to the fact `r.fact`,
 * its sentences unwound in offset order, articles by date. The README documents this pattern.
 */
export const EVIDENCE = `COLLECT {
    MATCH (art:Article)-[sp:SUPPORTS]->(:Fact {id: r.fact})
    WITH art, sp ORDER BY art.reportDate, art.id
    UNWIND range(0, size(sp.sentences) - 1) AS i
    RETURN {articleId: art.id, title: art.title, source: art.source, date: art.reportDate,
            sentence: sp.sentences[i], start: sp.starts[i], end: sp.ends[i]}
  }`;

const Aggregates = {
  /** How many articles support the relation. */
  articleCount: z.number().int(),
  confidence: z.number(),
  amount: nullable(z.string()),
  currency: nullable(z.string()),
  firstSeen: nullable(z.string()),
  lastSeen: nullable(z.string()),
  evidence: z.array(EvidenceRecord),
};
const AGGREGATE_FIELDS = [
  ['articleCount', 'r.articles'],
  ['confidence', 'r.confidence'],
  ['amount', 'r.amount'],
  ['currency', 'r.currency'],
  ['firstSeen', 'r.firstSeen'],
  ['lastSeen', 'r.lastSeen'],
  ['evidence', EVIDENCE],
] as const;
/** The aggregates of `r` as return columns. */
const AGGREGATE_COLUMNS = AGGREGATE_FIELDS.map(([name, value]) => `${value} AS ${name}`).join(', ');

const End = z.object({ id: z.string(), name: z.string(), type: z.string() });

/** One relation as the viewer's edge panel shows it: both ends, aggregates, evidence. */
export const RelationDetails = z.object({
  type: RelationType,
  source: End.extend({ aliases: strings }),
  target: End.extend({ aliases: strings }),
  ...Aggregates,
});
export type RelationDetails = z.infer<typeof RelationDetails>;

/** A relation by its element id (`key`), or by type and end ids (either order if symmetric). */
export type RelationRef = { key?: string; type?: RelationType; source?: string; target?: string };

const Tally = z.object({ key: z.string().nullable(), n: z.number().int() });

export type GraphCounts = {
  articles: number;
  entities: number;
  relations: number;
  mentions: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
  articlesByLang: Record<string, number>;
};

export async function readArticle(g: Graph, idOrSource: string): Promise<ArticleRecord | undefined> {
  return readTx(g, async (tx) =>
    first(
      await tx.run(
        `MATCH (a:Article) WHERE a.id = $key OR a.source = $key
         OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
         WITH a, count(e) AS entities
         RETURN a.id AS id, a.title AS title, a.source AS source, a.lang AS lang,
                a.publishedAt AS publishedAt, a.ingestedAt AS ingestedAt, entities
         ORDER BY ingestedAt DESC LIMIT 1`,
        { key: idOrSource },
      ),
      ArticleRecord,
    ),
  );
}

/** Finds an entity id from its id, its name or any alias, Korean or English. */
export async function findEntityIds(g: Graph, ref: string): Promise<string[]> {
  return readTx(g, async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (byId:Entity {id: $ref})
       OPTIONAL CALL db.index.fulltext.queryNodes('entity_alias_keys', $query) YIELD node
       WITH collect(DISTINCT byId.id) + collect(DISTINCT node.id) AS ids
       UNWIND ids AS id RETURN DISTINCT id ORDER BY id`,
      { ref, query: aliasPhrase(aliasKey(ref)) },
    );
    return records(result, z.object({ id: z.string() })).map((r) => r.id);
  });
}

/** A page of an entity, for the viewer's panel: how many of each there are, and the newest few. */
export const EntityPage = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: strings,
  articleCount: z.number().int(),
  articles: z.array(z.object({ id: z.string(), title: z.string(), source: z.string(), count: z.number().int() })),
  relationCount: z.number().int(),
  relations: z.array(
    z.object({
      type: RelationType,
      direction: z.enum(['out', 'in']),
      other: End,
      lastSeen: nullable(z.string()),
      amount: nullable(z.string()),
      currency: nullable(z.string()),
      sentenceCount: z.number().int(),
      sentences: z.array(z.string()),
    }),
  ),
});
export type EntityPage = z.infer<typeof EntityPage>;
export type PageSize = { articles: number; relations: number; sentences: number };

/**
 * An entity with its newest `articles` articles and newest `relations` relations (by last
 * seen), each with its newest `sentences` sentences, plus the counts of all of them. A hub
 * with thousands of relations costs one property read per relation, not its whole evidence.
 */
export async function readEntityPage(g: Graph, id: string, size: PageSize): Promise<EntityPage | undefined> {
  return readTx(g, async (tx) =>
    first(
      await tx.run(
        `MATCH (e:Entity {id: $id})
         CALL (e) {
           OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
           WITH a, m ORDER BY a.reportDate DESC, a.id LIMIT $articles
           RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, title: a.title, source: a.source, count: m.count} END) AS articles
         }
         CALL (e) {
           OPTIONAL MATCH (e)-[r:${RELATIONS}]-(o:Entity)
           WITH r, o ORDER BY r.lastSeen DESC, type(r), o.id LIMIT $relations
           RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {
             type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
             other: o {.id, .name, .type}, lastSeen: r.lastSeen, amount: r.amount, currency: r.currency,
             sentenceCount: reduce(n = 0, k IN COLLECT {
               MATCH (:Article)-[sp:SUPPORTS]->(:Fact {id: r.fact}) RETURN size(sp.sentences) } | n + k),
             sentences: COLLECT {
               MATCH (art:Article)-[sp:SUPPORTS]->(:Fact {id: r.fact})
               WITH art, sp ORDER BY art.reportDate DESC, art.id
               UNWIND sp.sentences AS sentence RETURN sentence LIMIT $sentences }
           } END) AS relations
         }
         RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
                COUNT { (:Article)-[:MENTIONS]->(e) } AS articleCount, articles,
                COUNT { (e)-[:${RELATIONS}]-(:Entity) } AS relationCount, relations`,
        {
          id,
          articles: neo4j.int(size.articles),
          relations: neo4j.int(size.relations),
          sentences: neo4j.int(size.sentences),
        },
      ),
      EntityPage,
    ),
  );
}

/** One relation with its evidence, for the viewer's edge panel. */
export async function readRelation(g: Graph, ref: RelationRef): Promise<RelationDetails | undefined> {
  return readTx(g, async (tx) =>
    first(
      await tx.run(
        // Two plain shapes rather than one CASE, so the planner seeks by element id or by the
        // entity-id index instead of scanning every relationship.
        `${
          ref.key
            ? 'MATCH (s:Entity)-[r]->(t:Entity) WHERE elementId(r) = $key'
            : `MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
               MATCH (a)-[r]-(b) WHERE type(r) = $type AND (startNode(r) = a OR $symmetric)
               WITH startNode(r) AS s, r, endNode(r) AS t`
        }
         WITH s, r, t LIMIT 1
         RETURN type(r) AS type, s {.id, .name, .type, .aliases} AS source,
                t {.id, .name, .type, .aliases} AS target, ${AGGREGATE_COLUMNS}`,
        {
          key: ref.key ?? null,
          type: ref.type ?? null,
          source: ref.source ?? null,
          target: ref.target ?? null,
          symmetric: ref.type ? SYMMETRIC_RELATIONS.has(ref.type) : false,
        },
      ),
      RelationDetails,
    ),
  );
}

export async function graphCounts(g: Graph): Promise<GraphCounts> {
  return readTx(g, async (tx) => {
    const tally = async (query: string) =>
      Object.fromEntries(records(await tx.run(query), Tally).map((r) => [r.key ?? 'unknown', r.n]));
    const entitiesByType = await tally('MATCH (e:Entity) RETURN e.type AS key, count(*) AS n ORDER BY key');
    const relationsByType = await tally(
      `MATCH (:Entity)-[r:${RELATIONS}]->(:Entity) RETURN type(r) AS key, count(*) AS n ORDER BY key`,
    );
    const articlesByLang = await tally('MATCH (a:Article) RETURN a.lang AS key, count(*) AS n ORDER BY key');
    const mentions = one(
      await tx.run('MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n'),
      Tally.pick({ n: true }),
    );
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return {
      articles: sum(articlesByLang),
      entities: sum(entitiesByType),
      relations: sum(relationsByType),
      mentions: mentions.n,
      entitiesByType,
      relationsByType,
      articlesByLang,
    };
  });
}

/** Which of these article ids the graph already holds (to skip unchanged articles without a write). */
export async function knownArticleIds(g: Graph, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  return readTx(g, async (tx) => {
    const result = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id', { ids });
    return new Set(records(result, z.object({ id: z.string() })).map((r) => r.id));
  });
}

/** The server's version, e.g. "5.26.19". */
export async function serverVersion(g: Graph): Promise<string> {
  return readTx(g, async (tx) => {
    const result = await tx.run('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    return one(result, z.object({ version: z.string() })).version;
  });
}
