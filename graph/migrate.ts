/**
 * `kg db migrate`: upgrades a graph written by an older kg in place. Version 1 kept every
 * piece of evidence in parallel lists on the relation (`articles`, `evidenceArticles`,
 * `evidenceSentences`, `evidenceStarts`, `evidenceEnds`); version 2 gives each supporting
 * article its own SUPPORTS edge to a Fact (facts.ts). Per-article confidence and amounts were
 * not kept by version 1: each supporter gets the relation's confidence, and the amount goes
 * to the article it was taken from (`amountArticle`). Runs in batches, so it fits any heap.
 */
import { z } from 'zod';
import { type Graph, session } from './driver.js';
import { RECOMPUTE, RELATIONS } from './facts.js';
import { one } from './records.js';
import { ensureSchema, SCHEMA_STATEMENTS, SCHEMA_VERSION, schemaVersion, stampVersion } from './schema.js';

export type MigrateResult = { from: number; to: number; relations: number };

export async function migrateGraph(g: Graph): Promise<MigrateResult> {
  const from = await schemaVersion(g);
  if (from === SCHEMA_VERSION) {
    await ensureSchema(g);
    return { from, to: SCHEMA_VERSION, relations: 0 };
  }
  if (from > SCHEMA_VERSION) throw new Error(`kg knows schema ${SCHEMA_VERSION}, the graph is at ${from}`);
  // The new rules first (the fact constraint makes the MERGE below a seek).
  const s = session(g, 'WRITE');
  try {
    for (const statement of SCHEMA_STATEMENTS) await s.run(statement);
    await s.run('CALL db.awaitIndexes(60)');
    const result = await s.run(
      // A relation's facts and supporters commit with its r.fact, so a rerun after a crash
      // skips the relations already done.
      `MATCH (src:Entity)-[r:${RELATIONS}]->(dst:Entity) WHERE r.evidenceArticles IS NOT NULL AND r.fact IS NULL
       CALL (src, r, dst) {
         WITH src, r, dst, type(r) + '|' + src.id + '|' + dst.id AS id
         MERGE (f:Fact {id: id}) ON CREATE SET f.type = type(r), f.source = src.id, f.target = dst.id
         SET r.fact = id
         WITH r, f
         UNWIND r.articles AS supporter
         MATCH (a:Article {id: supporter})
         WITH r, f, a, supporter, [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] = supporter] AS mine
         CREATE (a)-[:SUPPORTS {sentences: [i IN mine | r.evidenceSentences[i]], starts: [i IN mine | r.evidenceStarts[i]],
                                ends: [i IN mine | r.evidenceEnds[i]], confidence: r.confidence,
                                amount: CASE WHEN r.amountArticle = supporter THEN r.amount END,
                                currency: CASE WHEN r.amountArticle = supporter THEN r.currency END}]->(f)
       } IN TRANSACTIONS OF 500 ROWS
       RETURN count(*) AS relations`,
    );
    const { relations } = one(result, z.object({ relations: z.number().int() }));
    await s.run(
      `MATCH (:Entity)-[r:${RELATIONS}]->(:Entity) WHERE r.evidenceArticles IS NOT NULL
       CALL (r) {
         MATCH (f:Fact {id: r.fact})
         WITH f, r
         ${RECOMPUTE}
         REMOVE r.evidenceArticles, r.evidenceSentences, r.evidenceStarts, r.evidenceEnds, r.amountArticle
       } IN TRANSACTIONS OF 500 ROWS`,
    );
    await stampVersion(g);
    return { from, to: SCHEMA_VERSION, relations };
  } finally {
    await s.close();
  }
}
