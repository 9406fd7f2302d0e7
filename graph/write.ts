/**
 * Writes one article's extraction: one transaction, UNWIND batches and MERGE, provenance on
 * every MENTIONS edge and relation. An article already in the graph is left alone; a changed
 * version of a known source replaces that source's previous contributions.
 */
import { type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { type Graph, writeTx } from './driver.js';
import { Extraction } from './model.js';
import { removeContributions } from './remove.js';
import { resolveEntities } from './resolve.js';
import {
  aliasKeys,
  type EntityRow,
  entityRows,
  mergeAliases,
  preferredName,
  relationRows,
  reportDate,
} from './rows.js';

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

export async function writeInTransaction(
  tx: ManagedTransaction,
  extraction: Extraction,
  ingestedAt: string,
): Promise<WriteResult> {
  const { article } = extraction;
  const result = emptyResult(article.id);
  const known = await tx.run('MATCH (a:Article {id: $id}) RETURN a.id', { id: article.id });
  if (known.records.length) return { ...result, status: 'unchanged' };

  const previous = await tx.run('MATCH (a:Article {source: $source}) WHERE a.id <> $id RETURN a.id AS id ORDER BY id', {
    source: article.source,
    id: article.id,
  });
  for (const record of previous.records) {
    const id: string = record.get('id');
    await removeContributions(tx, id);
    result.replaced.push(id);
  }
  if (result.replaced.length) result.status = 'changed';

  const rawRows = entityRows(extraction);
  const { idMap, existing } = await resolveEntities(tx, rawRows, (r) => aliasKeys(r.aliases));
  const rows = mergeRowsById(rawRows.map((r) => ({ ...r, id: idMap.get(r.id) ?? r.id })));
  const entities = rows.map((row) => {
    const before = existing.get(row.id);
    const aliases = mergeAliases(before?.aliases, row.aliases);
    return {
      ...row,
      mentionName: row.name,
      mentionAliases: row.aliases,
      name: before ? preferredName(before.name, row.name) : row.name,
      aliases,
      aliasKeys: aliasKeys(aliases),
    };
  });

  const date = reportDate({ publishedAt: article.publishedAt, ingestedAt });
  await tx.run(
    `CREATE (a:Article {id: $id})
     SET a.title = $title, a.source = $source, a.lang = $lang, a.publishedAt = $publishedAt,
         a.ingestedAt = $ingestedAt, a.reportDate = $date`,
    { ...article, publishedAt: article.publishedAt ?? null, ingestedAt, date },
  );

  const written = await tx.run(
    `MATCH (a:Article {id: $articleId})
     UNWIND $entities AS x
     MERGE (e:Entity {id: x.id})
       ON CREATE SET e.type = x.type
     SET e:$(x.type), e.name = x.name, e.aliases = x.aliases, e.aliasKeys = x.aliasKeys
     CREATE (a)-[m:MENTIONS]->(e)
     SET m.count = x.count, m.name = x.mentionName, m.aliases = x.mentionAliases, m.starts = x.starts, m.ends = x.ends`,
    { articleId: article.id, entities },
  );
  result.entitiesCreated = written.summary.counters.updates().nodesCreated;
  result.entitiesUpdated = entities.length - result.entitiesCreated;

  const relations = relationRows(extraction, idMap);
  if (relations.length) {
    const before = await tx.run(
      `UNWIND $relations AS x
       MATCH (:Entity {id: x.source})-[r:$(x.type)]->(:Entity {id: x.target}) RETURN count(r) AS n`,
      { relations },
    );
    const existed: number = before.records[0]?.get('n') ?? 0;
    await tx.run(
      `UNWIND $relations AS x
       MATCH (s:Entity {id: x.source}), (t:Entity {id: x.target})
       MERGE (s)-[r:$(x.type)]->(t)
         ON CREATE SET r.articles = [], r.evidenceArticles = [], r.evidenceSentences = [],
                       r.evidenceStarts = [], r.evidenceEnds = [], r.confidence = 0.0
       SET r.articles = r.articles + $articleId,
           r.evidenceArticles = r.evidenceArticles + [ev IN x.evidence | $articleId],
           r.evidenceSentences = r.evidenceSentences + [ev IN x.evidence | ev.sentence],
           r.evidenceStarts = r.evidenceStarts + [ev IN x.evidence | ev.start],
           r.evidenceEnds = r.evidenceEnds + [ev IN x.evidence | ev.end],
           r.confidence = CASE WHEN x.confidence > r.confidence THEN x.confidence ELSE r.confidence END,
           r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $date < r.firstSeen THEN $date ELSE r.firstSeen END,
           r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $date > r.lastSeen THEN $date ELSE r.lastSeen END
       // When articles state different amounts, the one from the smallest article id is kept,
       // so the result does not depend on the order of ingestion.
       FOREACH (_ IN CASE WHEN x.amount IS NOT NULL AND (r.amountArticle IS NULL OR $articleId < r.amountArticle) THEN [1] ELSE [] END |
         SET r.amount = x.amount, r.currency = x.currency, r.amountArticle = $articleId)`,
      { relations, articleId: article.id, date },
    );
    result.relationsCreated = relations.length - existed;
    result.relationsUpdated = existed;
  }
  return result;
}

function emptyResult(articleId: string): WriteResult {
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

function mergeRowsById(rows: EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) {
      byId.set(row.id, { ...row });
      continue;
    }
    seen.name = preferredName(seen.name, row.name);
    seen.aliases = mergeAliases(seen.aliases, row.aliases);
    seen.count += row.count;
    seen.starts = [...seen.starts, ...row.starts];
    seen.ends = [...seen.ends, ...row.ends];
  }
  return [...byId.values()];
}
