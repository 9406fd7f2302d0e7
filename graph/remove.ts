/**
 * Takes an article's contributions out of the graph: its evidence leaves every relation,
 * relations left with no supporting article go, entities left with no mention go, and the
 * rest (what other articles support) stays exactly as it was.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { type Graph, writeTx } from './driver.js';
import { RELATION_TYPES } from './model.js';
import { aliasKeys, mergeAliases, preferredName } from './rows.js';

export type RemoveResult = { articleId: string; relationsDeleted: number; entitiesDeleted: number };

/** Relation types as a pattern; they come from the closed schema, never from input. */
const RELATIONS = RELATION_TYPES.join('|');

export async function removeContributions(tx: ManagedTransaction, articleId: string): Promise<RemoveResult> {
  // Relations an article supports join entities that it mentions, which bounds the search;
  // the dates of those that stay follow the articles still supporting them.
  const relations = await tx.run(
    `MATCH (:Article {id: $id})-[:MENTIONS]->(:Entity)-[r:${RELATIONS}]-(:Entity)
     WHERE $id IN r.articles
     WITH DISTINCT r
     // Lock before reading the lists, so a concurrent ingest's evidence is not lost.
     SET r._lock = true
     REMOVE r._lock
     WITH r, [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] <> $id] AS keep
     SET r.articles = [a IN r.articles WHERE a <> $id],
         r.evidenceSentences = [i IN keep | r.evidenceSentences[i]],
         r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
         r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
         r.evidenceArticles = [i IN keep | r.evidenceArticles[i]]
     FOREACH (_ IN CASE WHEN r.amountArticle = $id THEN [1] ELSE [] END |
       REMOVE r.amount, r.currency, r.amountArticle)
     WITH r
     CALL (r) {
       WITH r WHERE size(r.articles) > 0
       UNWIND r.articles AS supporting
       MATCH (s:Article {id: supporting})
       WITH r, min(s.reportDate) AS first, max(s.reportDate) AS last
       SET r.firstSeen = first, r.lastSeen = last
     }
     WITH r WHERE size(r.articles) = 0
     DELETE r
     RETURN count(*) AS deleted`,
    { id: articleId },
  );

  // An entity's name and aliases only need recomputing when one of the forms this article
  // gave it is seen in no other article (rare for well-known entities, which keeps this cheap).
  const touched = await tx.run(
    `MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
     WITH e, m, [m.name] + m.aliases AS forms
     DELETE m
     WITH e, forms, COUNT { (:Article)-[:MENTIONS]->(e) } AS left
     RETURN e.id AS id, left,
            left > 0 AND any(f IN forms WHERE NOT EXISTS {
              MATCH (:Article)-[o:MENTIONS]->(e) WHERE o.name = f OR f IN o.aliases
            }) AS stale`,
    { id: articleId },
  );
  const orphans = touched.records.filter((r) => r.get('left') === 0).map((r) => r.get('id') as string);
  const stale = touched.records.filter((r) => r.get('stale')).map((r) => r.get('id') as string);
  const remaining = stale.length
    ? await tx.run(
        `UNWIND $ids AS id MATCH (:Article)-[m:MENTIONS]->(e:Entity {id: id})
         RETURN id, collect(m {.name, .aliases}) AS mentions`,
        { ids: stale },
      )
    : undefined;
  const refreshed = (remaining?.records ?? []).map((record) => {
    const mentions = record.get('mentions') as { name: string; aliases: string[] }[];
    const aliases = mergeAliases(...mentions.map((m) => [m.name, ...m.aliases]));
    const name = mentions.map((m) => m.name).reduce(preferredName);
    return { id: record.get('id') as string, name, aliases, aliasKeys: aliasKeys(aliases) };
  });
  await tx.run(
    `CALL {
       UNWIND $refreshed AS x MATCH (e:Entity {id: x.id})
       SET e.name = x.name, e.aliases = x.aliases, e.aliasKeys = x.aliasKeys
     }
     CALL {
       UNWIND $orphans AS id MATCH (e:Entity {id: id})
       DETACH DELETE e
     }
     MATCH (a:Article {id: $id})
     DETACH DELETE a`,
    { refreshed, orphans, id: articleId },
  );
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
