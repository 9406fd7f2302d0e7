/** `kg ingest`, `kg extract` and `kg remove` as users run them, against the real Neo4j. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpGraph } from '../../../graph/dump.js';
import { Extraction } from '../../../graph/model.js';
import { graphCounts } from '../../../graph/read.js';
import { runKg } from '../../support/cli.js';
import { emptyGraph, useTestGraph } from '../../support/graph.js';
import { testEnv } from '../../support/server.js';

const GOOD = join(process.cwd(), 'examples', 'en-model-race.txt');
const g = useTestGraph({ emptyBeforeEach: true });

/** Folders the tests write their inputs to, removed when the file is done. */
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

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
  const dir = tempDir('kg-bad-');
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

test('kg ingest --json reports every input; kg remove takes the article out again by the path it was given', async () => {
  const run = await runKg(['ingest', GOOD, '--json']);
  expect(run.code).toBe(0);
  const summary = JSON.parse(run.stdout);
  expect(summary.counts).toEqual({ new: 1, changed: 0, unchanged: 0, failed: 0 });
  expect(summary.entitiesCreated).toBeGreaterThan(10);
  const again = JSON.parse((await runKg(['ingest', GOOD, '--json'])).stdout);
  expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 1, failed: 0 });

  // The README's form: the path relative to where the user stands, not the stored absolute one.
  const removed = await runKg(['remove', join('examples', 'en-model-race.txt')]);
  expect(removed.code).toBe(0);
  expect(removed.stdout).toMatch(/^removed [0-9a-f]+: \d+ relations and \d+ entities deleted/);
  expect(await graphCounts(g)).toMatchObject({ articles: 0, entities: 0, relations: 0 });
  const missing = await runKg(['remove', 'no-such-article']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('no-such-article: no such article in the graph');
});

const EXAMPLES = join(process.cwd(), 'examples');
/** Properties that differ between two ingests of the same articles (the clock). */
const CLOCK = ['ingestedAt', 'reportDate', 'firstSeen', 'lastSeen'];

test('a mixed folder: good articles in, bad ones named, other formats and symlinks listed as skipped', async () => {
  const dir = tempDir('kg-mixed-');
  writeFileSync(join(dir, 'good.txt'), readFileSync(GOOD));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'utf16.txt'), Buffer.from([0x00, 0xd8, 0x00]));
  writeFileSync(join(dir, 'notes.pdf'), 'Plain ASCII text about OpenAI, with a .pdf name.');
  writeFileSync(join(dir, 'report.docx'), 'PK');
  symlinkSync(GOOD, join(dir, 'link.txt'));
  const only = join(tempDir('kg-mixed-docs-'), 'only-docs');
  mkdirSync(only);
  writeFileSync(join(only, 'a.pdf'), '%PDF-1.4');
  writeFileSync(join(only, 'b.docx'), 'PK');

  const run = await runKg(['ingest', dir, only]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('articles: 1 new, 0 changed, 0 unchanged, 3 failed');
  expect(run.stdout).toContain(
    [
      'skipped: 3 (not read)',
      `  ${join(dir, 'link.txt')}: symbolic link, not followed`,
      `  ${join(dir, 'notes.pdf')}: not an article file (.pdf): kg reads .txt, .md and .html; convert it to text first`,
      `  ${join(dir, 'report.docx')}: not an article file (.docx): kg reads .txt, .md and .html; convert it to text first`,
    ].join('\n'),
  );
  const failedLine = (name: string) =>
    run.stderr.split('\n').find((l) => l.includes(name) && l.includes('failed')) ?? '';
  expect(failedLine('empty.txt')).toMatch(/empty file/);
  expect(failedLine('utf16.txt')).not.toBe('');
  expect(failedLine('only-docs')).toContain(
    'no article files (.txt, .md and .html) in this folder; skipped 2: a.pdf, b.docx',
  );
  // exactly the graph of the one good article
  const mixed = await dumpGraph(g, CLOCK);
  await emptyGraph(g);
  expect((await runKg(['ingest', join(dir, 'good.txt')])).code).toBe(0);
  expect(await dumpGraph(g, CLOCK)).toEqual(mixed);
});

test('a folder of only .pdf and .docx files says so and exits 1, graph untouched', async () => {
  const dir = tempDir('kg-docs-');
  writeFileSync(join(dir, 'a.pdf'), 'ASCII named pdf');
  writeFileSync(join(dir, 'b.docx'), 'PK');
  const run = await runKg(['ingest', dir]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('articles: 0 new, 0 changed, 0 unchanged, 1 failed');
  expect(run.stderr).toContain(
    `${dir}: no article files (.txt, .md and .html) in this folder; skipped 2: a.pdf, b.docx`,
  );
  expect(await graphCounts(g)).toMatchObject({ articles: 0, entities: 0 });
});

test('SIGKILL mid-ingest, then the same command again, gives exactly the graph of a clean ingest', async () => {
  // 132 distinct articles (the examples with a numbered closing line): more than one chunk of 64
  const dir = tempDir('kg-kill-');
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt') || f.endsWith('.md'));
  for (let i = 0; i < 132; i++) {
    const name = examples[i % examples.length] ?? '';
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    writeFileSync(
      join(dir, `${String(i).padStart(3, '0')}-${name.replace(/\.md$/, '.txt')}`),
      `${text}\n\nFiled as note ${i}.\n`,
    );
  }
  const child = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'bin', 'kg.ts'), 'ingest', dir], {
    env: { ...testEnv(), FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let progress = '';
  const killed = await new Promise<boolean>((resolve) => {
    child.stderr.on('data', (d: Buffer) => {
      progress += d.toString();
      // the first chunk is committed; the second is being extracted or written
      if (/\[6[4-9]\/132\]|\[[7-9]\d\/132\]/.test(progress) && child.exitCode === null) {
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL'));
  });
  expect(killed).toBe(true);
  const partial = await graphCounts(g);
  expect(partial.articles).toBeGreaterThanOrEqual(64);
  expect(partial.articles).toBeLessThan(132);

  const again = await runKg(['ingest', dir, '--json']);
  expect(again.code).toBe(0);
  const summary = JSON.parse(again.stdout);
  expect(summary.counts.new + summary.counts.unchanged).toBe(132);
  expect(summary.counts.unchanged).toBe(partial.articles);
  const resumed = await dumpGraph(g, CLOCK);

  await emptyGraph(g);
  expect((await runKg(['ingest', dir])).code).toBe(0);
  expect(await dumpGraph(g, CLOCK)).toEqual(resumed);
}, 240_000);
