/** Reading the graph back: articles, an entity with its neighbours and evidence, counts. */
import type { ManagedTransaction } from 'neo4j-driver';
import { type Graph, readTx } from './driver.js';
import { aliasKey } from './model.js';
import { aliasPhrase } from './resolve.js';

export type ArticleRecord = {
  id: string;
  title: string;
  source: string;
  lang: string;
  publishedAt: string | null;
  ingestedAt: string;
  entities: number;
};

export type EvidenceRecord = {
  articleId: string;
  title: string;
  source: string;
  date: string | null;
  sentence: string;
  start: number;
  end: number;
};

export type RelationRecord = {
  type: string;
  direction: 'out' | 'in';
  other: { id: string; name: string; type: string };
  articles: string[];
  confidence: number;
  amount: string | null;
  currency: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  evidence: EvidenceRecord[];
};

export type EntityRecord = {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  articles: { id: string; title: string; source: string; count: number }[];
  relations: RelationRecord[];
};

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
  return readTx(g, async (tx) => {
    const result = await tx.run(
      `MATCH (a:Article) WHERE a.id = $key OR a.source = $key
       OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
       RETURN a {.id, .title, .source, .lang, .publishedAt, .ingestedAt} AS article, count(e) AS entities
       ORDER BY article.ingestedAt DESC LIMIT 1`,
      { key: idOrSource },
    );
    const record = result.records[0];
    return record ? { ...record.get('article'), entities: record.get('entities') } : undefined;
  });
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
    return result.records.map((r) => r.get('id') as string);
  });
}

export async function readEntity(g: Graph, id: string): Promise<EntityRecord | undefined> {
  return readTx(g, async (tx) => {
    const result = await tx.run(
      `MATCH (e:Entity {id: $id})
       CALL (e) {
         OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
         WITH a, m ORDER BY a.reportDate, a.id
         RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, title: a.title, source: a.source, count: m.count} END) AS articles
       }
       CALL (e) {
         OPTIONAL MATCH (e)-[r]-(o:Entity)
         WITH r, o ORDER BY type(r), o.name
         RETURN collect(CASE WHEN r IS NULL THEN NULL ELSE {
           type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
           other: o {.id, .name, .type}, articles: r.articles, confidence: r.confidence,
           amount: r.amount, currency: r.currency, firstSeen: r.firstSeen, lastSeen: r.lastSeen,
           evidence: [i IN range(0, size(r.evidenceArticles) - 1) | {
             articleId: r.evidenceArticles[i], sentence: r.evidenceSentences[i],
             start: r.evidenceStarts[i], end: r.evidenceEnds[i]}]
         } END) AS relations
       }
       RETURN e {.id, .name, .type, .aliases} AS entity, articles, relations`,
      { id },
    );
    const record = result.records[0];
    if (!record) return undefined;
    const articles = record.get('articles') as EntityRecord['articles'];
    const relations = record.get('relations') as RelationRecord[];
    const meta = await articleMeta(
      tx,
      relations.flatMap((r) => r.evidence.map((e) => e.articleId)),
    );
    for (const r of relations) {
      r.evidence = r.evidence.map((e) => ({
        ...e,
        ...(meta.get(e.articleId) ?? { title: '', source: '', date: null }),
      }));
    }
    return { ...(record.get('entity') as Omit<EntityRecord, 'articles' | 'relations'>), articles, relations };
  });
}

async function articleMeta(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, { title: string; source: string; date: string | null }>> {
  const result = await tx.run(
    'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.title AS title, a.source AS source, a.reportDate AS date',
    { ids: [...new Set(ids)] },
  );
  return new Map(
    result.records.map((r) => [r.get('id'), { title: r.get('title'), source: r.get('source'), date: r.get('date') }]),
  );
}

export async function graphCounts(g: Graph): Promise<GraphCounts> {
  return readTx(g, async (tx) => {
    const tally = async (query: string) => {
      const result = await tx.run(query);
      return Object.fromEntries(result.records.map((r) => [r.get('key') ?? 'unknown', r.get('n') as number]));
    };
    const entitiesByType = await tally('MATCH (e:Entity) RETURN e.type AS key, count(*) AS n ORDER BY key');
    const relationsByType = await tally(
      'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(*) AS n ORDER BY key',
    );
    const articlesByLang = await tally('MATCH (a:Article) RETURN a.lang AS key, count(*) AS n ORDER BY key');
    const mentions = await tx.run('MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS n');
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return {
      articles: sum(articlesByLang),
      entities: sum(entitiesByType),
      relations: sum(relationsByType),
      mentions: mentions.records[0]?.get('n') ?? 0,
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
    return new Set(result.records.map((r) => r.get('id') as string));
  });
}
