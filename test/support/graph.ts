/** Opens the test graph, empties it between tests, and writes articles into it as `kg ingest` does. */
import { connectionSettings } from '../../graph/config.js';
import { type Graph, openGraph, writeTx } from '../../graph/driver.js';
import type { Extraction } from '../../graph/model.js';
import { ensureSchema } from '../../graph/schema.js';
import { type WriteResult, writeExtraction, writeExtractions } from '../../graph/write.js';
import { extraction, FIXED } from './fixtures.js';
import { testEnv } from './server.js';

export async function openTestGraph(): Promise<Graph> {
  const g = openGraph(connectionSettings(testEnv()));
  await ensureSchema(g);
  return g;
}

export async function emptyGraph(g: Graph): Promise<void> {
  await writeTx(g, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

/**
 * The test graph for one test file: opened before its tests, closed after them; with
 * `emptyFirst` emptied once when opened, with `emptyBeforeEach` before each test. Hooks declared
 * after this call run after it.
 */
export function useTestGraph(options: { emptyBeforeEach?: boolean; emptyFirst?: boolean } = {}): Graph {
  const g = {} as Graph;
  beforeAll(async () => {
    Object.assign(g, await openTestGraph());
    if (options.emptyFirst) await emptyGraph(g);
  });
  afterAll(async () => {
    await g.driver?.close();
  });
  if (options.emptyBeforeEach) beforeEach(() => emptyGraph(g));
  return g;
}

/** Writes the articles a chunk (one transaction) at a time, at the FIXED time; every article must go in. */
export async function writeInChunks(g: Graph, articles: Extraction[], size: number): Promise<void> {
  for (let i = 0; i < articles.length; i += size) {
    const results = await writeExtractions(g, articles.slice(i, i + size), FIXED);
    expect(results.filter((r) => r instanceof Error)).toEqual([]);
  }
}

/** Writes one hand-made article (see fixtures.ts `extraction`), at the time of writing unless told. */
export function writeArticle(
  g: Graph,
  article: Parameters<typeof extraction>[0],
  options: Parameters<typeof writeExtraction>[2] = {},
): Promise<WriteResult> {
  return writeExtraction(g, extraction(article), options);
}
