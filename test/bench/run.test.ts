/**
 * Smoke test of `npm run bench -- --quick`: it runs once, against the test Neo4j (which the
 * tests may wipe), and writes a complete results document. Never a timing threshold: absolute
 * times on a shared machine are noise; the test checks the shape and that ratios are sane.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectionSettings } from '../../graph/config.js';
import { testEnv } from '../support/server.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});

let results: Json = {};
let stderr = '';
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-bench-test-'));
  const out = join(dir, 'results.json');
  const settings = connectionSettings(testEnv());
  // The test server is already up; pointing the bench at it saves starting a second Neo4j.
  const env = {
    ...testEnv(),
    NEO4J_URI: settings.uri,
    NEO4J_USERNAME: settings.username,
    NEO4J_PASSWORD: settings.password,
  };
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/run.ts', '--quick', '--allow-remote', '--out', out],
    { env, encoding: 'utf8', timeout: 280_000 },
  );
  stderr = run.stderr;
  if (run.status !== 0) throw new Error(`bench --quick exited ${run.status}:\n${run.stderr}`);
  results = JSON.parse(readFileSync(out, 'utf8'));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the results document has every section', () => {
  for (const section of [
    'meta',
    'corpus',
    'extraction',
    'writers',
    'ingest',
    'provenance',
    'queries',
    'viewer',
    'targets',
  ]) {
    expect(results).toHaveProperty(section);
  }
  const meta = obj(results.meta);
  expect(meta.cpus).toBeGreaterThan(0);
  expect(String(meta.node)).toMatch(/^v\d+/);
  expect(String(meta.neo4j)).toMatch(/^5\./);
  expect(obj(results.corpus).articles).toBeGreaterThan(0);
  const writers = obj(results.writers);
  for (const w of ['batched', 'naive', 'langchain', 'batchedAgain']) {
    expect(obj(writers[w]).records).toBeGreaterThan(0);
  }
  const ingest = obj(results.ingest);
  expect((ingest.scaling as unknown[]).length).toBeGreaterThanOrEqual(2);
  const largest = obj(ingest.largest);
  expect(obj(obj(largest.unchanged).counts).unchanged).toBe(largest.n);
  expect(obj(obj(largest.changed).counts).changed).toBeGreaterThan(0);
  const queries = results.queries as Json[];
  expect(queries.length).toBeGreaterThan(0);
  for (const q of queries) expect(q.error ?? q.p50Ms).toBeDefined();
  // a viewer section that failed says why here, rather than as a missing target below
  expect(obj(results.viewer).reason).toBeUndefined();
  expect(obj(results.viewer)).toHaveProperty('available', true);
  const provenance = results.provenance as Json[];
  expect(provenance.length).toBeGreaterThan(0);
  for (const p of provenance) {
    for (const k of ['added', 'changed', 'removed']) expect(obj(p[k]).wallMs).toBeGreaterThan(0);
    expect(obj(p.graph).nodes).toBeGreaterThan(0);
  }
  // every section reports its targets: extraction, writers, ingest, the skewed corpus and the viewer
  const names = (results.targets as Json[]).map((t) => String(t.name));
  for (const part of ['zipf: removed', 'viewer first view', 'batched']) {
    expect(names.some((n) => n.includes(part))).toBe(true);
  }
  // The test server is not the bench's own, so its CPU cannot be read: no CPU target is claimed.
  expect(names.filter((n) => n.includes('CPU ms per article') || n.includes('Neo4j CPU,'))).toEqual([]);
  expect(stderr).toContain('results:');
});

test('every ratio is a positive finite number', () => {
  const ratios = [
    ...Object.values(obj(obj(results.writers).ratios)),
    obj(results.extraction).speedup,
    ...(obj(results.ingest).costGrowth as unknown[]),
  ];
  expect(ratios.length).toBe(4 + 1 + 2);
  for (const r of ratios) {
    expect(typeof r).toBe('number');
    expect(Number.isFinite(r)).toBe(true);
    expect(r as number).toBeGreaterThan(0);
  }
});
