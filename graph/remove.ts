/**
 * Takes an article's contributions out of the graph: its evidence leaves every relation,
 * relations left with no supporting article go, entities left with no mention go, and the
 * rest (what other articles support) stays exactly as it was.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { type Graph, writeTx } from './driver.js';
import { aliasKeys, mergeAliases, preferredName } from './rows.js';

export type RemoveResult = { articleId: string; relationsDeleted: number; entitiesDeleted: number };

export async function removeContributions(tx: ManagedTransaction, articleId: string): Promise<RemoveResult> {
  // Relations an article supports join entities that it mentions, which bounds the search.
  const relations = await tx.run(
    `MATCH (:Article {id: $id})-[:MENTIONS]->(:Entity)-[r]-(:Entity)
     WHERE $id IN r.articles
     WITH DISTINCT r
     WITH r, [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] <> $id] AS keep
     SET r.articles = [a IN r.articles WHERE a <> $id],
         r.evidenceSentences = [i IN keep | r.evidenceSentences[i]],
         r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
         r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
         r.evidenceArticles = [i IN keep | r.evidenceArticles[i]]
     FOREACH (_ IN CASE WHEN r.amountArticle = $id THEN [1] ELSE [] END |
       REMOVE r.amount, r.currency, r.amountArticle)
     WITH r WHERE size(r.articles) = 0
     DELETE r
     RETURN count(*) AS deleted`,
    { id: articleId },
  );

  // Dates of the relations that remain follow the articles that still support them.
  await tx.run(
    `MATCH (:Article {id: $id})-[:MENTIONS]->(:Entity)-[r]-(:Entity)
     WITH DISTINCT r
     UNWIND r.articles AS supporting
     MATCH (s:Article {id: supporting})
     WITH r, min(s.reportDate) AS first, max(s.reportDate) AS last
     SET r.firstSeen = first, r.lastSeen = last`,
    { id: articleId },
  );

  const touched = await tx.run(
    `MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
     DELETE m
     WITH DISTINCT e
     OPTIONAL MATCH (:Article)-[rest:MENTIONS]->(e)
     WITH e, collect(rest {.name, .aliases}) AS remaining
     RETURN e.id AS id, remaining`,
    { id: articleId },
  );
  const orphans: string[] = [];
  const refreshed: { id: string; name: string; aliases: string[]; aliasKeys: string[] }[] = [];
  for (const record of touched.records) {
    const remaining = record.get('remaining') as { name: string; aliases: string[] }[];
    if (!remaining.length) {
      orphans.push(record.get('id'));
      continue;
    }
    const aliases = mergeAliases(...remaining.map((m) => [m.name, ...m.aliases]));
    const name = remaining.map((m) => m.name).reduce(preferredName);
    refreshed.push({ id: record.get('id'), name, aliases, aliasKeys: aliasKeys(aliases) });
  }
  await tx.run(
    `UNWIND $refreshed AS x MATCH (e:Entity {id: x.id})
     SET e.name = x.name, e.aliases = x.aliases, e.aliasKeys = x.aliasKeys`,
    { refreshed },
  );
  await tx.run('UNWIND $orphans AS id MATCH (e:Entity {id: id}) DETACH DELETE e', { orphans });
  await tx.run('MATCH (a:Article {id: $id}) DETACH DELETE a', { id: articleId });
  return { articleId, relationsDeleted: relations.records[0]?.get('deleted') ?? 0, entitiesDeleted: orphans.length };
}

/** Removes the articles named by id or by source (path or URL); one transaction for all. */
export async function removeArticles(
  g: Graph,
  idsOrSources: readonly string[],
): Promise<{ removed: RemoveResult[]; notFound: string[] }> {
  return writeTx(g, async (tx) => {
    const found = await tx.run(
      `UNWIND $keys AS key
       OPTIONAL MATCH (a:Article) WHERE a.id = key OR a.source = key
       RETURN key, collect(a.id) AS ids`,
      { keys: idsOrSources },
    );
    const notFound: string[] = [];
    const ids = new Set<string>();
    for (const record of found.records) {
      const matched = record.get('ids') as string[];
      if (!matched.length) notFound.push(record.get('key'));
      for (const id of matched) ids.add(id);
    }
    const removed: RemoveResult[] = [];
    for (const id of [...ids].sort()) removed.push(await removeContributions(tx, id));
    return { removed, notFound };
  });
}
