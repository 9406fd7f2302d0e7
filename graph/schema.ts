/**
 * Constraints, indexes and the schema version of the graph. Every statement is idempotent and
 * safe when several processes set up a fresh graph at once. A graph written by an older kg
 * (evidence as lists on the relations, no version node) is detected and refused with one line
 * pointing at `kg db migrate`, never written to in the new model on top of the old one.
 */

import { Neo4jError } from 'neo4j-driver';
import { z } from 'zod';
import { type Graph, writeTx } from './driver.js';
import { KgError } from './errors.js';
import { first } from './records.js';

/** 1: evidence in parallel lists on each relation; 2: SUPPORTS edges from articles to facts. */
export const SCHEMA_VERSION = 2;

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE',
  'CREATE CONSTRAINT kg_meta_id IF NOT EXISTS FOR (m:KgMeta) REQUIRE m.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  // Exact lookup of a normalised alias (see aliasKey in model.ts) for entity resolution.
  "CREATE FULLTEXT INDEX entity_alias_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.aliasKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
  // Search as users type, in Korean (bigrams) and English.
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
] as const;

/** The graph was written by another version of kg's data model. */
export class SchemaVersionError extends KgError {
  constructor(
    readonly found: number,
    readonly wanted: number = SCHEMA_VERSION,
  ) {
    super(
      'refused',
      'kg.Schema.Version',
      found < wanted
        ? `the graph was written by an older kg (schema ${found}, this kg writes ${wanted}): run \`kg db migrate\` to upgrade it in place`
        : `the graph was written by a newer kg (schema ${found}, this kg knows ${wanted}): upgrade kg`,
    );
  }
}

/**
 * Another process creating the same rule at the same moment is success, not failure: the
 * "IF NOT EXISTS" check and the creation are not one atomic step inside Neo4j.
 */
const RACES = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

async function createRule(g: Graph, statement: string): Promise<void> {
  try {
    await writeTx(g, (tx) => tx.run(statement));
  } catch (error) {
    if (!(error instanceof Neo4jError && RACES.has(error.code))) throw error;
  }
}

/** Creates what is missing and checks the version; throws SchemaVersionError for another model. */
export async function ensureSchema(g: Graph): Promise<void> {
  // Schema statements cannot share a transaction with each other's data, so one each.
  for (const statement of SCHEMA_STATEMENTS) await createRule(g, statement);
  await writeTx(g, (tx) => tx.run('CALL db.awaitIndexes(60)'));
  const found = await schemaVersion(g, { stamp: true });
  if (found !== SCHEMA_VERSION) throw new SchemaVersionError(found);
}

const Version = z.object({ version: z.number().int().nullable(), legacy: z.boolean() });

/**
 * The version the graph is written in. No version node: an empty graph or one written by
 * this model (stamped now when `stamp`), or version 1 when a relation carries the old lists.
 */
export async function schemaVersion(g: Graph, options: { stamp?: boolean } = {}): Promise<number> {
  return writeTx(g, async (tx) => {
    const seen = first(
      await tx.run(
        `OPTIONAL MATCH (m:KgMeta {id: 'schema'})
         RETURN m.version AS version,
                // Either model writes every relation alike, so the first one tells.
                CASE WHEN m IS NULL THEN coalesce(head(COLLECT {
                  MATCH (:Entity)-[r]->(:Entity) RETURN r.evidenceArticles IS NOT NULL AS old LIMIT 1
                }), false) ELSE false END AS legacy`,
      ),
      Version,
    );
    if (seen?.version != null) return seen.version;
    if (seen?.legacy) return 1;
    if (options.stamp) {
      await tx.run(`MERGE (m:KgMeta {id: 'schema'}) ON CREATE SET m.version = $version`, { version: SCHEMA_VERSION });
    }
    return SCHEMA_VERSION;
  });
}

/** Stamps the graph as written in `version` (the migration's last step). */
export async function stampVersion(g: Graph, version: number = SCHEMA_VERSION): Promise<void> {
  await writeTx(g, (tx) => tx.run(`MERGE (m:KgMeta {id: 'schema'}) SET m.version = $version`, { version }));
}
