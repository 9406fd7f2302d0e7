/**
 * Writes one article's extraction: one transaction, UNWIND batches and MERGE. Its mentions go
 * on MENTIONS edges (with the forms it used), its evidence on its own SUPPORTS edges to each
 * fact (facts.ts), and the relations' aggregates are updated incrementally. An article already
 * in the graph is left alone; a changed version of a known source replaces that source's
 * previous contributions.
 */
import { type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { type Graph, writeTx } from './driver.js';
import { ADD_SUPPORT } from './facts.js';
import { Extraction } from './model.js';
import { removeContributions } from './remove.js';
import { resolveEntities } from './resolve.js';
import { aliasKeys, entityRows, mergeEntityRows, relationRows, reportDate } from './rows.js';

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
      return await writeTx(g, async (tx) => {
        const results: WriteResult[] = [];
        for (const extraction of extractions) results.push(await writeInTransaction(tx, extraction, ingestedAt));
        return results;
      });
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

export async function writeInTransaction(
  tx: ManagedTransaction,
  extraction: Extraction,
  ingestedAt: string,
): Promise<WriteResult> {
  const { article } = extraction;
  const result = emptyResult(article.id);
  const seen = await tx.run(
    `OPTIONAL MATCH (known:Article {id: $id})
     OPTIONAL MATCH (previous:Article {source: $source}) WHERE previous.id <> $id
     WITH known, previous ORDER BY previous.id
     RETURN known IS NOT NULL AS known, collect(previous.id) AS previous`,
    { id: article.id, source: article.source },
  );
  if (seen.records[0]?.get('known')) return { ...result, status: 'unchanged' };
  for (const id of (seen.records[0]?.get('previous') ?? []) as string[]) {
    await removeContributions(tx, id);
    result.replaced.push(id);
  }
  if (result.replaced.length) result.status = 'changed';

  const rawRows = entityRows(extraction);
  const { idMap } = await resolveEntities(tx, rawRows, (r) => aliasKeys(r.aliases));
  const entities = mergeEntityRows(rawRows.map((r) => ({ ...r, id: idMap.get(r.id) ?? r.id }))).map((row) => ({
    ...row,
    aliasKeys: aliasKeys(row.aliases),
  }));
  const relations = relationRows(extraction, idMap);

  // One statement writes the article, its entities and mentions, and its relations: every
  // round trip is a few milliseconds, and an article used to take eight of them.
  const written = await tx.run(
    `CREATE (a:Article {id: $article.id})
     SET a.title = $article.title, a.source = $article.source, a.lang = $article.lang,
         a.publishedAt = $article.publishedAt, a.ingestedAt = $ingestedAt, a.reportDate = $date
     WITH a
     CALL (a) {
       UNWIND $entities AS x
       MERGE (e:Entity {id: x.id})
         ON CREATE SET e.type = x.type, e.name = x.name, e.aliases = [], e.aliasKeys = []
       // Lock before reading what is there, so a concurrent ingest's aliases are not lost.
       SET e._lock = true
       REMOVE e._lock
       SET e:$(x.type)
       WITH a, e, x
       CALL (e, x) {
         UNWIND e.aliases + x.aliases AS alias
         WITH DISTINCT alias ORDER BY alias
         RETURN collect(alias) AS aliases
       }
       CALL (e, x) {
         UNWIND e.aliasKeys + x.aliasKeys AS key
         WITH DISTINCT key ORDER BY key
         RETURN collect(key) AS keys
       }
       // The same rule as preferredName (rows.ts): a Korean form first, then the smaller string.
       WITH a, e, x, aliases, keys, e.name =~ '.*[가-힣].*' AS oldKorean, x.name =~ '.*[가-힣].*' AS newKorean
       WITH a, e, x, aliases, keys,
            CASE WHEN newKorean <> oldKorean THEN CASE WHEN newKorean THEN x.name ELSE e.name END
                 WHEN x.name < e.name THEN x.name ELSE e.name END AS name
       // Most mentions add nothing new; skipping the SET spares two full-text index updates.
       FOREACH (_ IN CASE WHEN aliases <> e.aliases OR keys <> e.aliasKeys OR name <> e.name THEN [1] ELSE [] END |
         SET e.aliases = aliases, e.aliasKeys = keys, e.name = name)
       CREATE (a)-[m:MENTIONS]->(e)
       SET m.count = x.count, m.name = x.name, m.aliases = x.aliases, m.starts = x.starts, m.ends = x.ends
     }
     CALL (a) {${ADD_SUPPORT}
     }
     RETURN supported`,
    {
      article: { ...article, publishedAt: article.publishedAt ?? null },
      ingestedAt,
      date: reportDate({ publishedAt: article.publishedAt, ingestedAt }),
      entities,
      relations,
    },
  );
  const counters = written.summary.counters.updates();
  // Besides the article: one node per new entity or new fact (a new fact is a new relation).
  result.relationsCreated = counters.relationshipsCreated - entities.length - relations.length;
  result.entitiesCreated = counters.nodesCreated - 1 - result.relationsCreated;
  result.entitiesUpdated = entities.length - result.entitiesCreated;
  result.relationsUpdated = relations.length - result.relationsCreated;
  return result;
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
