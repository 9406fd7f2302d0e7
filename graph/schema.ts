/** Constraints and indexes of the graph; every statement is idempotent, so setup can run at any start. */
import { type Graph, writeTx } from './driver.js';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  // Exact lookup of a normalised alias (see aliasKey in model.ts) for entity resolution.
  "CREATE FULLTEXT INDEX entity_alias_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.aliasKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
  // Search as users type, in Korean (bigrams) and English.
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
] as const;

export async function ensureSchema(g: Graph): Promise<void> {
  // Schema statements cannot share a transaction with each other's data, so one each.
  for (const statement of SCHEMA_STATEMENTS) {
    await writeTx(g, (tx) => tx.run(statement));
  }
  await writeTx(g, (tx) => tx.run('CALL db.awaitIndexes(60)'));
}
