/** `kg ingest`, `kg extract` and `kg remove` as users run them, against the real Neo4j. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extraction } from '../../../graph/model.js';
import { graphCounts } from '../../../graph/read.js';
import { runKg } from '../../support/cli.js';
import { useTestGraph } from '../../support/graph.js';

const GOOD = join(process.cwd(), 'examples', 'en-model-race.txt');
const g = useTestGraph({ emptyBeforeEach: true });

test('kg extract --json prints the documented contract with offsets into the text', async () => {
  const run = await runKg(['extract', GOOD, '--json']);
  expect(run.code).toBe(0);
  const extraction = Extraction.parse(JSON.parse(run.stdout));
  const text = readFileSync(GOOD, 'utf8');
  expect(extraction.article).toMatchObject({ lang: 'en', source: GOOD });
  expect(extraction.entities.find((e) => e.id === 'company:openai')?.aliases).toEqual(
    expect.arrayContaining(['OpenAI', '오픈AI']),
  );
  for (const e of extraction.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const r of extraction.relations)
    for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
});

test('a batch with bad inputs reports each by name and cause, writes the good one, and exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0xff, 0x00]));
  writeFileSync(join(dir, 'big.txt'), 'AI '.repeat(400_000));
  const run = await runKg(['ingest', dir, GOOD, join(dir, 'missing.txt'), '--max-size', '1']);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('articles: 1 new, 0 changed, 0 unchanged, 4 failed');
  const lines = run.stderr.split('\n');
  const lineFor = (name: string) => lines.find((l) => l.includes(name) && l.includes('failed')) ?? '';
  expect(lineFor('empty.txt')).toMatch(/empty/);
  expect(lineFor('binary.txt')).toMatch(/binary/);
  expect(lineFor('big.txt')).toMatch(/MB/);
  expect(lineFor('missing.txt')).toMatch(/no such file/);
  expect(await graphCounts(g)).toMatchObject({ articles: 1 });
});

test('kg ingest --json reports every input; kg remove takes the article out again', async () => {
  const run = await runKg(['ingest', GOOD, '--json']);
  expect(run.code).toBe(0);
  const summary = JSON.parse(run.stdout);
  expect(summary.counts).toEqual({ new: 1, changed: 0, unchanged: 0, failed: 0 });
  expect(summary.entitiesCreated).toBeGreaterThan(10);
  const again = JSON.parse((await runKg(['ingest', GOOD, '--json'])).stdout);
  expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 1, failed: 0 });

  const removed = await runKg(['remove', GOOD]);
  expect(removed.code).toBe(0);
  expect(removed.stdout).toMatch(/^removed [0-9a-f]+: \d+ relations and \d+ entities deleted/);
  expect(await graphCounts(g)).toMatchObject({ articles: 0, entities: 0, relations: 0 });
  const missing = await runKg(['remove', 'no-such-article']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('no-such-article: no such article in the graph');
});
