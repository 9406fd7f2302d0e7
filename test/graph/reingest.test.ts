/**
 * Re-ingesting (issue: the graph grows article by article without duplicates, and can be
 * corrected), end to end through the real extractor and the real Neo4j.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpGraph, type GraphDump } from '../../graph/dump.js';
import { findEntityIds, readEntityPage, readRelation } from '../../graph/read.js';
import { removeArticles } from '../../graph/remove.js';
import { ingestBatch } from '../../ingest/batch.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';

const EXAMPLES = join(process.cwd(), 'examples');
const files = readdirSync(EXAMPLES)
  .sort()
  .map((f) => join(EXAMPLES, f));
// What differs between two identical runs: when they happened.
const TIMESTAMPS = ['ingestedAt'];

const g = useTestGraph({ emptyBeforeEach: true });

async function buildFrom(paths: string[]): Promise<GraphDump> {
  await emptyGraph(g);
  for (const path of paths) {
    const summary = await ingestBatch(g, [path]);
    expect(summary.counts.failed).toBe(0);
  }
  return dumpGraph(g, TIMESTAMPS);
}

test('the same articles twice leave an identical graph, reported as unchanged', async () => {
  const first = await ingestBatch(g, [EXAMPLES]);
  expect(first.counts).toEqual({ new: files.length, changed: 0, unchanged: 0, failed: 0 });
  const before = await dumpGraph(g);
  const again = await ingestBatch(g, [EXAMPLES]);
  expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: files.length, failed: 0 });
  expect(await dumpGraph(g)).toEqual(before);
});

test('the order of ingestion does not change the graph', async () => {
  const forward = await buildFrom(files);
  const backward = await buildFrom([...files].reverse());
  const shuffled = await buildFrom(
    [files[2], files[5], files[0], files[4], files[1], files[3]].filter((f): f is string => !!f),
  );
  expect(forward.nodes.length).toBeGreaterThan(20);
  expect(backward).toEqual(forward);
  expect(shuffled).toEqual(forward);
});

test('a Korean and an English article about the same companies give one node per company with both names', async () => {
  await ingestBatch(g, [join(EXAMPLES, 'ko-model-race.txt'), join(EXAMPLES, 'en-model-race.txt')]);
  for (const [korean, english] of [
    ['오픈AI', 'OpenAI'],
    ['앤트로픽', 'Anthropic'],
    ['딥시크', 'DeepSeek'],
  ] as const) {
    const ids = await findEntityIds(g, english);
    expect(ids).toHaveLength(1);
    expect(await findEntityIds(g, korean)).toEqual(ids);
    const entity = await readEntityPage(g, ids[0] ?? '', { articles: 10, relations: 0, sentences: 0 });
    expect(entity?.aliases).toEqual(expect.arrayContaining([korean, english]));
    expect(entity?.articles).toHaveLength(2);
  }
});

test('an edited article re-ingested from the same source replaces its evidence and keeps the others', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-edit-'));
  cpSync(EXAMPLES, dir, { recursive: true });
  const edited = join(dir, 'en-model-race.txt');
  await ingestBatch(g, [dir]);
  const sentence = 'Anthropic competes with OpenAI for enterprise customers.';
  const competes = async () =>
    [await readRelation(g, { type: 'COMPETES_WITH', source: 'company:anthropic', target: 'company:openai' })].flatMap(
      (r) => (r ? [r] : []),
    );
  expect((await competes()).flatMap((r) => r.evidence.map((e) => e.sentence))).toContain(sentence);
  const koreanBefore = (await competes()).flatMap((r) =>
    r.evidence.filter((e) => !e.source.endsWith('en-model-race.txt')),
  );

  const replacement = 'Anthropic is a rival of OpenAI in the market for banks and insurers.';
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(sentence, replacement));
  const result = await ingestBatch(g, [dir]);
  expect(result.counts).toMatchObject({ changed: 1, unchanged: files.length - 1, failed: 0 });

  const after = (await competes()).flatMap((r) => r.evidence);
  const sentences = after.map((e) => e.sentence);
  expect(sentences).not.toContain(sentence);
  expect(sentences).toContain(replacement);
  expect(after.filter((e) => !e.source.endsWith('en-model-race.txt'))).toEqual(koreanBefore);
  const articles = await g.driver.executeQuery('MATCH (a:Article {source: $s}) RETURN count(a) AS n', { s: edited });
  expect(articles.records[0]?.get('n')).toBe(1);
});

test('removing one of three articles leaves exactly the graph of the other two', async () => {
  const [a, b, c] = [files[0], files[1], files[3]].filter((f): f is string => !!f);
  if (!a || !b || !c) throw new Error('examples missing');
  const withoutB = await buildFrom([a, c]);
  await buildFrom([a, b, c]);
  const { removed } = await removeArticles(g, [b]);
  expect(removed).toHaveLength(1);
  expect(await dumpGraph(g, TIMESTAMPS)).toEqual(withoutB);
});
