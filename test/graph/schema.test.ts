/** graph/schema.ts against the real Neo4j: idempotent and race-free setup, and the schema version. */
import { openGraph } from '../../graph/driver.js';
import { ensureSchema, SCHEMA_VERSION, SchemaVersionError, schemaVersion } from '../../graph/schema.js';
import { writeExtraction } from '../../graph/write.js';
import { FUNDING } from '../support/fixtures.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';

const g = useTestGraph({ emptyBeforeEach: true });

const names = async (what: 'CONSTRAINTS' | 'INDEXES') =>
  (await g.driver.executeQuery(`SHOW ${what} YIELD name RETURN name ORDER BY name`)).records.map((r) =>
    String(r.get('name')),
  );

// The next test file opens this graph with ensureSchema: leave no foreign version behind.
afterEach(() => emptyGraph(g));

test('schema setup is idempotent', async () => {
  const before = await names('CONSTRAINTS');
  await ensureSchema(g);
  await ensureSchema(g);
  expect(await names('CONSTRAINTS')).toEqual(before);
  expect(before).toEqual(expect.arrayContaining(['article_id', 'entity_id', 'fact_id']));
  const indexes = (await g.driver.executeQuery('SHOW INDEXES YIELD name, type RETURN name, type')).records.map((r) =>
    r.toObject(),
  );
  expect(indexes).toEqual(expect.arrayContaining([{ name: 'entity_search', type: 'FULLTEXT' }]));
});

test('four processes setting up a fresh graph at once all succeed', async () => {
  for (const name of await names('CONSTRAINTS')) await g.driver.executeQuery(`DROP CONSTRAINT ${name}`);
  for (const name of await names('INDEXES')) {
    await g.driver.executeQuery(`DROP INDEX ${name} IF EXISTS`).catch(() => undefined);
  }
  const others = [0, 1, 2, 3].map(() => openGraph(g.settings));
  try {
    await expect(Promise.all(others.map((o) => ensureSchema(o)))).resolves.toHaveLength(4);
  } finally {
    await Promise.all(others.map((o) => o.driver.close()));
  }
  expect(await names('CONSTRAINTS')).toEqual(expect.arrayContaining(['article_id', 'entity_id', 'fact_id']));
  const stamps = await g.driver.executeQuery('MATCH (m:KgMeta) RETURN m.version AS v');
  expect(stamps.records.map((r) => r.get('v'))).toEqual([SCHEMA_VERSION]);
});

test('a graph written by the old model (evidence lists on relations) is refused with one line', async () => {
  await g.driver.executeQuery(
    `CREATE (:Entity {id: 'company:a'})-[:COMPETES_WITH {articles: ['x'], evidenceArticles: ['x'],
             evidenceSentences: ['A competes with B.'], evidenceStarts: [0], evidenceEnds: [18]}]->(:Entity {id: 'company:b'})`,
  );
  expect(await schemaVersion(g)).toBe(1);
  const refused = await ensureSchema(g).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(SchemaVersionError);
  expect((refused as Error).message).toMatch(/older kg .*run `kg db migrate`/);
  expect((refused as Error).message).not.toContain('\n');
});

test('a graph from a newer kg is refused, and a graph of this model is stamped', async () => {
  await writeExtraction(g, FUNDING);
  await ensureSchema(g);
  expect(await schemaVersion(g)).toBe(SCHEMA_VERSION);
  await g.driver.executeQuery("MATCH (m:KgMeta {id: 'schema'}) SET m.version = $v", { v: SCHEMA_VERSION + 1 });
  await expect(ensureSchema(g)).rejects.toThrow(/newer kg/);
});
