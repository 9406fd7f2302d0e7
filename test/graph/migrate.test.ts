/**
 * graph/migrate.ts against the real Neo4j: a graph in the old model (every piece of evidence
 * in lists on the relation) is migrated in place to exactly the graph the current writer
 * builds from the same articles. The old graph is made here by folding a new one back into
 * the old layout, property by property as the old writer stored it.
 */
import { dumpGraph } from '../../graph/dump.js';
import { migrateGraph } from '../../graph/migrate.js';
import { ensureSchema, SchemaVersionError, schemaVersion } from '../../graph/schema.js';
import { writeExtraction } from '../../graph/write.js';
import { DEEPSEEK, extraction, FIXED, FUNDING, OPENAI, RIVALRY } from '../support/fixtures.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';

const g = useTestGraph({ emptyBeforeEach: true });
// The next test file opens this graph with ensureSchema: leave no old-model graph behind.
afterEach(() => emptyGraph(g));

const INVESTMENT = extraction({
  source: 'news/investment.txt',
  publishedAt: '2025-02-10',
  text: 'OpenAI invested in DeepSeek, a rival of OpenAI.',
  entities: [OPENAI, DEEPSEEK],
  relations: [
    { type: 'INVESTS_IN', source: 'company:openai', target: 'company:deepseek', amount: '$5M', currency: 'USD' },
    { type: 'COMPETES_WITH', source: 'company:openai', target: 'company:deepseek' },
  ],
});

async function foldIntoOldModel(): Promise<void> {
  await g.driver.executeQuery(
    `MATCH (s:Entity)-[r]->(t:Entity)
     MATCH (f:Fact {id: r.fact})
     CALL (f, r) {
       MATCH (a:Article)-[sp:SUPPORTS]->(f)
       WITH r, a, sp ORDER BY a.id
       WITH r, collect(a.id) AS articles,
            reduce(x = [], e IN collect({a: a.id, sp: sp}) | x + [i IN range(0, size(e.sp.sentences) - 1) | {
              article: e.a, sentence: e.sp.sentences[i], start: e.sp.starts[i], end: e.sp.ends[i]}]) AS evidence
       SET r.articles = articles,
           r.evidenceArticles = [e IN evidence | e.article], r.evidenceSentences = [e IN evidence | e.sentence],
           r.evidenceStarts = [e IN evidence | e.start], r.evidenceEnds = [e IN evidence | e.end]
     }
     SET r.amountArticle = f.amountArticle
     REMOVE r.fact
     DETACH DELETE f`,
  );
  await g.driver.executeQuery('MATCH (m:KgMeta) DELETE m');
}

test('kg db migrate turns an old graph into the graph this kg writes, and the old one is refused before', async () => {
  for (const x of [RIVALRY, FUNDING, INVESTMENT]) await writeExtraction(g, x, FIXED);
  const current = await dumpGraph(g, ['ingestedAt']);
  await foldIntoOldModel();
  expect(await schemaVersion(g)).toBe(1);
  await expect(ensureSchema(g)).rejects.toBeInstanceOf(SchemaVersionError);

  const result = await migrateGraph(g);
  expect(result).toEqual({ from: 1, to: 2, relations: 3 });
  expect(await dumpGraph(g, ['ingestedAt'])).toEqual(current);
  await expect(ensureSchema(g)).resolves.toBeUndefined();
  // A second run has nothing to do.
  expect(await migrateGraph(g)).toEqual({ from: 2, to: 2, relations: 0 });
});
