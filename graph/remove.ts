/**
 * Takes an article's contributions out of the graph: its support leaves every fact it states
 * (facts.ts; cost follows the article's own size, not how many others say the same), relations
 * left with no supporting article go, entities left with no mention go, and the names and
 * aliases of the rest are recomputed from the mention forms of the articles that remain.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { type Graph, writeTx } from './driver.js';
import { REMOVE_SUPPORT } from './facts.js';
import { records } from './records.js';
import { aliasKeys, mergeAliases, preferredName } from './rows.js';

export const RemoveResult = z.object({
  articleId: z.string(),
  relationsDeleted: z.number().int(),
  entitiesDeleted: z.number().int(),
});
export type RemoveResult = z.infer<typeof RemoveResult>;

const Forms = z.object({
  id: z.string(),
  mentions: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
});

const Removed = z.object({
  id: z.string(),
  deleted: z.number().int(),
  orphans: z.array(z.string()),
  stale: z.array(z.string()),
});

/**
 * Removes the articles whose ids are in variable `ids`, one after another inside the
 * statement, each seeing the ones before: an article's support leaves its facts, its mentions
 * go, entities left with no mention go, and so does the article. An entity's name and aliases
 * need recomputing only when a form the article gave it is used by no other article (EXISTS
 * stops at the first other mention using it); those few are named in `stale`.
 */
const removeEach = (ids: string) => `UNWIND ${ids} AS id
  CALL (id) {
    CALL (id) { ${REMOVE_SUPPORT} }
    CALL (id) {
      MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
      WITH e, m, [m.name] + m.aliases AS forms
      DELETE m
      // The degree, not a count over the mentions: constant time on a popular entity.
      WITH e, forms, COUNT { (e)<-[:MENTIONS]-() } AS left
      WITH e, left, left > 0 AND any(f IN forms WHERE NOT EXISTS {
             MATCH (:Article)-[o:MENTIONS]->(e) WHERE o.name = f OR f IN o.aliases
           }) AS stale
      WITH e, left, stale, e.id AS entity
      CALL (e, left) {
        WITH e WHERE left = 0
        DETACH DELETE e
      }
      RETURN collect(CASE WHEN left = 0 THEN entity END) AS orphans, collect(CASE WHEN stale THEN entity END) AS stale
    }
    OPTIONAL MATCH (a:Article {id: id})
    DETACH DELETE a
    RETURN deleted, orphans, stale
  }`;

/** Removes the articles with these ids (write.ts: earlier versions of a chunk's sources). */
const REMOVE_IDS = `${removeEach('$ids')}
  RETURN id, deleted, orphans, stale`;

/**
 * Finds the articles named by id or source and removes them in the same statement, so a
 * `kg remove` costs one round trip and its commit. Keys that name nothing come back in
 * `missing`.
 */
const REMOVE_KEYS = `UNWIND $keys AS key
  OPTIONAL MATCH (a:Article) WHERE a.id = key OR a.source = key
  WITH key, collect(a.id) AS found
  WITH collect(CASE WHEN size(found) = 0 THEN key END) AS missing, collect(found) AS found
  CALL (found) {
    UNWIND found AS ids
    UNWIND ids AS id
    WITH DISTINCT id ORDER BY id
    RETURN collect(id) AS ids
  }
  CALL (ids) {
    ${removeEach('ids')}
    RETURN collect({id: id, deleted: deleted, orphans: orphans, stale: stale}) AS rows
  }
  RETURN missing, rows`;

export type Removal = { removed: RemoveResult[]; orphans: string[] };

/** Removes articles by id in one round trip (plus one to refresh names, when some went stale). */
export async function removeMany(tx: ManagedTransaction, articleIds: readonly string[]): Promise<Removal> {
  if (!articleIds.length) return { removed: [], orphans: [] };
  return settle(tx, records(await tx.run(REMOVE_IDS, { ids: articleIds }), Removed));
}

async function settle(tx: ManagedTransaction, rows: z.infer<typeof Removed>[]): Promise<Removal> {
  const stale = [...new Set(rows.flatMap((r) => r.stale))];
  if (stale.length) await refreshNames(tx, stale);
  return {
    removed: rows.map((r) => ({ articleId: r.id, relationsDeleted: r.deleted, entitiesDeleted: r.orphans.length })),
    orphans: rows.flatMap((r) => r.orphans),
  };
}

/** Name and aliases of these entities from the mention forms of the articles that remain. */
async function refreshNames(tx: ManagedTransaction, ids: string[]): Promise<void> {
  const remaining = records(
    await tx.run(
      `UNWIND $ids AS id MATCH (:Article)-[m:MENTIONS]->(e:Entity {id: id})
       RETURN id, collect(m {.name, .aliases}) AS mentions`,
      { ids },
    ),
    Forms,
  );
  const refreshed = remaining.map(({ id, mentions }) => {
    const aliases = mergeAliases(...mentions.map((m) => [m.name, ...m.aliases]));
    const name = mentions.map((m) => m.name).reduce(preferredName);
    return { id, name, aliases, aliasKeys: aliasKeys(aliases) };
  });
  await tx.run(
    `UNWIND $refreshed AS x MATCH (e:Entity {id: x.id})
     SET e.name = x.name, e.aliases = x.aliases, e.aliasKeys = x.aliasKeys`,
    { refreshed },
  );
}

const Keyed = z.object({ missing: z.array(z.string()), rows: z.array(Removed) });

/** Removes the articles named by id or by source (path or URL); one transaction for all. */
export async function removeArticles(
  g: Graph,
  idsOrSources: readonly string[],
): Promise<{ removed: RemoveResult[]; notFound: string[] }> {
  return writeTx(g, async (tx) => {
    const [result] = records(await tx.run(REMOVE_KEYS, { keys: idsOrSources }), Keyed);
    const { removed } = await settle(tx, result?.rows ?? []);
    return { removed, notFound: result?.missing ?? [] };
  });
}
