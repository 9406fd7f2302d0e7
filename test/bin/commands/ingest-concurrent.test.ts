/** Four `kg ingest` processes at once on overlapping folders never duplicate anything. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpGraph } from '../../../graph/dump.js';
import { ingestBatch } from '../../../ingest/batch.js';
import { runKg } from '../../support/cli.js';
import { emptyGraph, useTestGraph } from '../../support/graph.js';

const EXAMPLES = join(process.cwd(), 'examples');
const g = useTestGraph();
beforeAll(async () => {
  await emptyGraph(g);
});

const duplicates = async (query: string) => (await g.driver.executeQuery(query)).records[0]?.get('n');

test('concurrent ingests of overlapping folders give the graph a single ingest gives', async () => {
  const files = readdirSync(EXAMPLES).sort();
  const root = mkdtempSync(join(tmpdir(), 'kg-concurrent-'));
  // Four sliding windows over the examples: every article is in two or three folders at once.
  const folders = [0, 1, 2, 3].map((k) => {
    const dir = join(root, `in-${k}`);
    mkdirSync(dir);
    for (const f of files.slice(k, k + 3)) cpSync(join(EXAMPLES, f), join(dir, f));
    return dir;
  });
  expect(new Set(folders.flatMap((d) => readdirSync(d))).size).toBe(files.length);

  const runs = await Promise.all(folders.map((dir) => runKg(['ingest', dir])));
  expect(runs.map((r) => [r.code, r.stderr.includes('failed:')])).toEqual(folders.map(() => [0, false]));

  expect(await duplicates('MATCH (a:Article) RETURN count(a) AS n')).toBe(files.length);
  expect(await duplicates('MATCH (e:Entity) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n')).toBe(0);
  expect(
    await duplicates('MATCH (s)-[r]->(t) WITH s, t, type(r) AS type, count(r) AS c WHERE c > 1 RETURN count(*) AS n'),
  ).toBe(0);
  expect(
    await duplicates('MATCH (s:Entity)-[:COMPETES_WITH]->(t:Entity)-[:COMPETES_WITH]->(s) RETURN count(*) AS n'),
  ).toBe(0);

  // Sources differ (the copies live in other folders); everything else must be the same.
  const concurrent = await dumpGraph(g, ['ingestedAt', 'source']);
  await emptyGraph(g);
  await ingestBatch(g, [EXAMPLES]);
  expect(concurrent).toEqual(await dumpGraph(g, ['ingestedAt', 'source']));
}, 120_000);
