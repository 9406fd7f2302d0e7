/** viewer/cache.ts on a temporary folder: overviews come back by key, anything else is a miss. */
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

test('an overview kept under a key comes back from a new cache on the same folder; other keys miss', () => {
  diskCache(dir).set('fingerprint-a|top=250', overview);
  const again = diskCache(dir);
  expect(again.get('fingerprint-a|top=250')).toEqual(overview);
  expect(again.get('fingerprint-b|top=250')).toBeUndefined();
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('a damaged or foreign file is a miss, not an error', () => {
  const cache = diskCache(dir);
  cache.set('k', overview);
  const [file = ''] = readdirSync(dir);
  writeFileSync(join(dir, file), '{"key":"k","overview":{"ids":[1]}}');
  expect(cache.get('k')).toBeUndefined();
  writeFileSync(join(dir, file), 'not json');
  expect(cache.get('k')).toBeUndefined();
});

test('a folder that cannot be written only loses the shortcut', () => {
  const file = join(dir, 'a-file');
  writeFileSync(file, '');
  const cache = diskCache(join(file, 'below'));
  expect(() => cache.set('k', overview)).not.toThrow();
  expect(cache.get('k')).toBeUndefined();
});
