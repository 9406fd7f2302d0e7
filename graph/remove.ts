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
import { one, records } from './records.js';
import { aliasKeys, mergeAliases, preferredName } from './rows.js';

export const RemoveResult = z.object({
  articleId: z.string(),
  relationsDeleted: z.number().int(),
  entitiesDeleted: z.number().int(),
});
export type RemoveResult = z.infer<typeof RemoveResult>;

const Touched = z.object({ id: z.string(), left: z.number().int(), stale: z.boolean() });
const Forms = z.object({ id: z.string(), mentions: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })) });
const Found = z.object({ key: z.string(), ids: z.array(z.string()) });

export async function removeContributions(tx: ManagedTransaction, articleId: string): Promise<RemoveResult> {
  const support = one(await tx.run(REMOVE_SUPPORT, { id: articleId }), z.object({ deleted: z.number().int() }));

  // An entity's name and aliases only need recomputing when one of the forms this article
  // gave it is seen in no other article (EXISTS stops at the first other mention using it).
  const touched = records(
    await tx.run(
      `MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
       WITH e, m, [m.name] + m.aliases AS forms
       DELETE m
       WITH e, forms, COUNT { (:Article)-[:MENTIONS]->(e) } AS left
       RETURN e.id AS id, left,
              left > 0 AND any(f IN forms WHERE NOT EXISTS {
                MATCH (:Article)-[o:MENTIONS]->(e) WHERE o.name = f OR f IN o.aliases
              }) AS stale`,
      { id: articleId },
    ),
    Touched,
  );
  const orphans = touched.filter((r) => r.left === 0).map((r) => r.id);
  const stale = touched.filter((r) => r.stale).map((r) => r.id);
  const remaining = stale.length
    ? records(
        await tx.run(
          `UNWIND $ids AS id MATCH (:Article)-[m:MENTIONS]->(e:Entity {id: id})
           RETURN id, collect(m {.name, .aliases}) AS mentions`,
          { ids: stale },
        ),
        Forms,
      )
    : [];
  const refreshed = remaining.map(({ id, mentions }) => {
    const aliases = mergeAliases(...mentions.map((m) => [m.name, ...m.aliases]));
    const name = mentions.map((m) => m.name).reduce(preferredName);
    return { id, name, aliases, aliasKeys: aliasKeys(aliases) };
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
  return { articleId, relationsDeleted: support.deleted, entitiesDeleted: orphans.length };
}

/** Removes the articles named by id or by source (path or URL); one transaction for all. */
export async function removeArticles(
  g: Graph,
  idsOrSources: readonly string[],
): Promise<{ removed: RemoveResult[]; notFound: string[] }> {
  return writeTx(g, async (tx) => {
    const found = records(
      await tx.run(
        `UNWIND $keys AS key
         OPTIONAL MATCH (a:Article) WHERE a.id = key OR a.source = key
         RETURN key, collect(a.id) AS ids`,
        { keys: idsOrSources },
      ),
      Found,
    );
    const notFound = found.filter((r) => !r.ids.length).map((r) => r.key);
    const ids = new Set(found.flatMap((r) => r.ids));
    const removed: RemoveResult[] = [];
    for (const id of [...ids].sort()) removed.push(await removeContributions(tx, id));
    return { removed, notFound };
  });
}
