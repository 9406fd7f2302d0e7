/**
 * ingest/extractor.ts: the worker thread extracts exactly what extraction in this thread
 * gives (the real pipeline and Korean analyser in both), and an input that fails fails alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inThread, inWorker } from '../../ingest/extractor.js';
import type { RawArticle } from '../../ingest/pipeline.js';
import { closeSharedAnalyser } from '../../ingest/text/index.js';

const EXAMPLES = join(process.cwd(), 'examples');
const articles: RawArticle[] = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 6)
  .map((f) => ({ source: join(EXAMPLES, f), text: readFileSync(join(EXAMPLES, f), 'utf8'), format: 'txt' }));

afterAll(() => closeSharedAnalyser());

test('the worker extracts what this thread extracts, Korean and English alike', async () => {
  expect(articles.length).toBeGreaterThan(2);
  const here = await inThread().extract(articles);
  const worker = inWorker();
  try {
    const there = await worker.extract(articles);
    expect(there).toEqual(here);
    expect(there.every((r) => r.status === 'fulfilled')).toBe(true);
  } finally {
    await worker.close();
  }
}, 120_000);

test('in the worker, a bad input is rejected alone with its reason', async () => {
  const worker = inWorker();
  try {
    const bad = { source: 'bad.txt', text: 42, format: 'txt' } as unknown as RawArticle;
    const [first, second] = await worker.extract([bad, articles[0] as RawArticle]);
    expect(first?.status).toBe('rejected');
    expect(second?.status).toBe('fulfilled');
  } finally {
    await worker.close();
  }
}, 120_000);
