/**
 * The viewer on a generated graph in Neo4j (bench/viewer-graph.ts): which importance measure
 * to rank by (Neo4j-side degree against loading the graph into graphology for PageRank), the
 * first view in headless Chromium with a cold and a warm overview cache (time to first paint
 * after navigation, server time included), the first view's payload, and expanding a
 * 200-node neighbourhood. A screenshot of the overview goes to test/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Page } from 'playwright-core';
import { loadGraphology } from '../graph/graphology.js';
import { rankEntities } from '../graph/overview.js';
import { buildApp } from '../viewer/build.js';
import { startViewer } from '../viewer/server.js';
import { DEFAULT_TOP } from '../viewer/shared.js';
import { launchChromium } from './chromium.js';
import { type Database, emptyDatabase } from './database.js';
import { generateViewerGraph } from './viewer-graph.js';

export type ViewerResult =
  | {
      available: true;
      nodes: number;
      edges: number;
      generateMs: number;
      ranking: { neo4jDegreeMs: number; graphologyPagerankMs: number; graphologyLoadMs: number };
      top: number;
      coldFirstPaintMs: number;
      warmFirstPaintMs: number;
      payloadBytes: number;
      expand: { newNodes: number; ms: number };
      screenshot: string;
    }
  | { available: false; nodes: number; edges: number; reason: string };

/** The app's test hook, as far as the benchmark reads it. */
type Hooked = {
  __kg?: { ready: boolean; firstPaint: number | undefined; toggle(key: string): Promise<number> };
};

async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as Hooked).__kg?.ready === true, undefined, { timeout: 120_000 });
  // performance.now() in the page counts from navigation start.
  return Math.round(await page.evaluate(() => (window as unknown as Hooked).__kg?.firstPaint ?? Number.NaN));
}

export async function benchViewer(
  db: Database,
  size: { nodes: number; edges: number },
  log: (line: string) => void,
): Promise<ViewerResult> {
  try {
    return { available: true, ...(await measure(db, size, log)) };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return { available: false, ...size, reason };
  }
}

async function measure(db: Database, size: { nodes: number; edges: number }, log: (line: string) => void) {
  await emptyDatabase(db.g);
  let t = performance.now();
  await generateViewerGraph(db.g, size.nodes, size.edges);
  const generateMs = Math.round(performance.now() - t);
  log(`viewer: graph generated in ${generateMs} ms; ranking by degree (Neo4j) and PageRank (graphology)`);

  t = performance.now();
  await rankEntities(db.g, {}, DEFAULT_TOP);
  const neo4jDegreeMs = Math.round(performance.now() - t);
  t = performance.now();
  const whole = await loadGraphology(db.g);
  const graphologyLoadMs = Math.round(performance.now() - t);
  pagerank(whole, { getEdgeWeight: null });
  const graphologyPagerankMs = Math.round(performance.now() - t);

  await buildApp();
  const viewer = await startViewer({ g: db.g, port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    log('viewer: first view, cold cache then warm');
    const coldFirstPaintMs = await firstPaint(page, viewer.url);
    const warmFirstPaintMs = await firstPaint(page, viewer.url);
    const payload = await (await fetch(new URL(`/api/overview?top=${DEFAULT_TOP}`, viewer.url))).text();
    mkdirSync('test/artifacts', { recursive: true });
    const screenshot = `test/artifacts/viewer-${size.nodes}.png`;
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshot });

    // The busiest entity not in the overview's first ranks still has hundreds of neighbours.
    const hub = (await rankEntities(db.g, {}, 1)).entities[0]?.id ?? '';
    log(`viewer: expanding ${hub}`);
    const expand = await page.evaluate(async (key) => {
      const started = performance.now();
      const added = await (window as unknown as Hooked).__kg?.toggle(key);
      return { newNodes: added ?? 0, ms: Math.round(performance.now() - started) };
    }, hub);
    await page.waitForTimeout(1_800); // the worker settles the new nodes
    await page.screenshot({ path: `test/artifacts/viewer-${size.nodes}-expanded.png` });
    return {
      ...size,
      generateMs,
      ranking: { neo4jDegreeMs, graphologyPagerankMs, graphologyLoadMs },
      top: DEFAULT_TOP,
      coldFirstPaintMs,
      warmFirstPaintMs,
      payloadBytes: Buffer.byteLength(payload),
      expand,
      screenshot,
    };
  } finally {
    await browser.close();
    await viewer.close();
  }
}
