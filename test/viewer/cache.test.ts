/** viewer/cache.ts on a temporary folder: the newest overview of a scope comes back with its fingerprint, anything else is a miss. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskCache } from '../../viewer/cache.js';
import type { Overview } from '../../viewer/shared.js';

const overview: Overview = {
  ids: ['company:openai', 'company:deepseek'],
  labels: ['오픈AI · OpenAI', '딥시크 · DeepSeek'],
  types: ['Company', 'Company'],
  degrees: [2, 1],
  communities: [0, 0],
  xs: [1.5, -1.5],
  ys: [0, 2],
  edges: [1, 0, 0],
  total: 9,
  relations: 7,
  dates: { min: '2025-01-28', max: '2025-06-10' },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('an overview kept for a scope comes back with its fingerprint from a new cache on the same folder; other scopes miss', () => {
  diskCache(dir).set('db-a|top=250', { fingerprint: 'f1', overview });
  const again = diskCache(dir);
  expect(again.get('db-a|top=250')).toEqual({ fingerprint: 'f1', overview });
  expect(again.get('db-b|top=250')).toBeUndefined();
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('a newer overview of the same scope replaces the older one', () => {
  const cache = diskCache(dir);
  cache.set('db-a|top=250', { fingerprint: 'f1', overview });
  const newer = { ...overview, total: 10 };
  cache.set('db-a|top=250', { fingerprint: 'f2', overview: newer });
  expect(diskCache(dir).get('db-a|top=250')).toEqual({ fingerprint: 'f2', overview: newer });
  expect(readdirSync(dir)).toHaveLength(1);
});

test('a damaged or foreign file is a miss, not an error', () => {
  const cache = diskCache(dir);
  cache.set('k', { fingerprint: 'f', overview });
  const [file = ''] = readdirSync(dir);
  writeFileSync(join(dir, file), '{"scope":"k","fingerprint":"f","overview":{"ids":[1]}}');
  expect(cache.get('k')).toBeUndefined();
  writeFileSync(join(dir, file), 'not json');
  expect(cache.get('k')).toBeUndefined();
});

test('a folder that cannot be written only loses the shortcut', () => {
  const file = join(dir, 'a-file');
  writeFileSync(file, '');
  const cache = diskCache(join(file, 'below'));
  expect(() => cache.set('k', { fingerprint: 'f', overview })).not.toThrow();
  expect(cache.get('k')).toBeUndefined();
});
