/**
 * The viewer on a generated graph in Neo4j (bench/viewer-graph.ts): which importance measure
 * to rank by (Neo4j-side degree against loading the graph into graphology for PageRank), the
 * first view in headless Chromium with nothing cached, from the disk cache of a restarted
 * viewer and from memory (time to first paint after navigation, server time included), the
 * first view's payload and the page's script size, and expanding a 200-node neighbourhood. A screenshot of the overview goes to test/artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Page } from 'playwright-core';
import { type Graph, readTx } from '../graph/driver.js';
import { loadGraphology } from '../graph/graphology.js';
import { rankEntities } from '../graph/overview.js';
import { buildApp } from '../viewer/build.js';
import { startViewer } from '../viewer/server.js';
import { DEFAULT_TOP } from '../viewer/shared.js';
import { launchChromium } from './chromium.js';
import { type Database, emptyDatabase, openDatabase } from './database.js';
import { generateViewerGraph } from './viewer-graph.js';

export type ViewerResult =
  | {
      available: true;
      nodes: number;
      edges: number;
      generateMs: number;
      ranking: { neo4jDegreeMs: number; graphologyPagerankMs: number; graphologyLoadMs: number };
      top: number;
      /** Nothing cached: the page's request ranks, reads ties and lays out on the server. */
      coldFirstPaintMs: number;
      /** A viewer started as `kg view` starts it (startViewer returns once the overview is ready), and its first view. */
      startupMs: number;
      startedFirstPaintMs: number;
      /** A new viewer on the same graph: the overview comes from the disk cache. */
      restartFirstPaintMs: number;
      /** The same viewer again: the overview comes from memory. */
      warmFirstPaintMs: number;
      cold: PaintSplit;
      warm: PaintSplit;
      payloadBytes: number;
      bundleBytes: number;
      expand: Expansion;
      expandAgain: Expansion;
      screenshot: string;
      /** Load averages (1, 5, 15 min) when the browser figures were taken. */
      load: number[];
    }
  | { available: false; nodes: number; edges: number; reason: string };

type Expansion = { newNodes: number; ms: number; fetchMs?: number; drawMs?: number };
/** Where a first paint's time went: the overview request as the page saw it, and the app's own start. */
type PaintSplit = { requestMs: number; appStartMs: number; sigmaReadyMs: number };

/** The app's test hook, as far as the benchmark reads it. */
type Hooked = {
  __kg?: {
    ready: boolean;
    firstPaint: number | undefined;
    toggle(key: string): Promise<number>;
    lastExpand: { fetchMs: number; drawMs: number } | undefined;
    view: { settler: { running: boolean } };
  };
};

async function firstPaint(page: Page, url: string): Promise<{ ms: number; split: PaintSplit }> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as Hooked).__kg?.ready === true, undefined, { timeout: 120_000 });
  // performance.now() in the page counts from navigation start.
  // No helper functions inside: the callback runs in the page, without tsx's helpers.
  const seen = await page.evaluate(() => ({
    ms: (window as unknown as Hooked).__kg?.firstPaint ?? Number.NaN,
    request: (
      performance.getEntriesByType('resource').find((r) => r.name.includes('/api/overview')) as
        | PerformanceResourceTiming
        | undefined
    )?.toJSON() as { startTime: number; responseEnd: number } | undefined,
    appStartMs: performance.getEntriesByName('kg:app-start')[0]?.startTime ?? Number.NaN,
    sigmaReadyMs: performance.getEntriesByName('kg:sigma-ready')[0]?.startTime ?? Number.NaN,
  }));
  const round = Math.round;
  return {
    ms: round(seen.ms),
    split: {
      requestMs: seen.request ? round(seen.request.responseEnd - seen.request.startTime) : Number.NaN,
      appStartMs: round(seen.appStartMs),
      sigmaReadyMs: round(seen.sigmaReadyMs),
    },
  };
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
  const t = performance.now();
  await generateViewerGraph(db.g, size.nodes, size.edges);
  const generateMs = Math.round(performance.now() - t);
  log(`viewer: graph generated in ${generateMs} ms`);
  return { ...size, generateMs, ...(await measureViewer(db.g, log)) };
}

/** The browser and ranking figures on whatever graph `g` holds. */
async function countEntities(g: Graph): Promise<number> {
  return readTx(g, async (tx) => Number((await tx.run('MATCH (e:Entity) RETURN count(e) AS n')).records[0]?.get('n')));
}

export async function measureViewer(g: Graph, log: (line: string) => void) {
  const nodes = await countEntities(g);
  let t = performance.now();
  const dist = await buildApp();
  const bundleBytes = ['boot.js', 'app.js'].reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  // A cache folder of this run's own: the cold figure must find nothing kept from an earlier run.
  const cacheDir = mkdtempSync(join(tmpdir(), 'kg-viewer-cache-'));
  // Not warmed at start: the cold figure is the overview computed on the page's request.
  let viewer = await startViewer({ g, port: 0, warm: false, cacheDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    log('viewer: first view, cold, then on a viewer started as kg view does, after a restart (disk cache), warm');
    const load = loadavg().map((l) => Math.round(l * 100) / 100);
    const cold = await firstPaint(page, viewer.url);
    await viewer.close();
    // As `kg view` starts: the overview is prepared before the URL is given (in a folder of its own, so not from disk).
    const fresh = mkdtempSync(join(tmpdir(), 'kg-viewer-cache-'));
    t = performance.now();
    viewer = await startViewer({ g, port: 0, cacheDir: fresh });
    const startupMs = Math.round(performance.now() - t);
    const started = await firstPaint(page, viewer.url);
    await viewer.close();
    rmSync(fresh, { recursive: true, force: true });
    viewer = await startViewer({ g, port: 0, warm: false, cacheDir });
    const restart = await firstPaint(page, viewer.url);
    const warm = await firstPaint(page, viewer.url);
    const payload = await (await fetch(new URL(`/api/overview?top=${DEFAULT_TOP}`, viewer.url))).text();
    mkdirSync('test/artifacts', { recursive: true });
    const screenshot = `test/artifacts/viewer-${nodes}.png`;
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshot });

    // The two busiest entities: hundreds of neighbours each, most of them outside the overview.
    // The first expansion also compiles the Cypher plan; the second is what every later one
    // costs. Each starts once the page is idle again (the last one settled), as a user's would.
    const hubs = (await rankEntities(g, {}, 2)).entities.map((e) => e.id);
    const expansions: Expansion[] = [];
    for (const hub of hubs) {
      log(`viewer: expanding ${hub}`);
      await page.waitForFunction(() => (window as unknown as Hooked).__kg?.view.settler.running === false);
      await page.waitForTimeout(500);
      expansions.push(
        await page.evaluate(async (key) => {
          const hook = (window as unknown as Hooked).__kg;
          const started = performance.now();
          const added = await hook?.toggle(key);
          return { newNodes: added ?? 0, ms: Math.round(performance.now() - started), ...hook?.lastExpand };
        }, hub),
      );
    }
    await page.waitForTimeout(1_800); // the worker settles the new nodes
    await page.screenshot({ path: `test/artifacts/viewer-${nodes}-expanded.png` });
    await page.close();

    // Last, so its 500k-edge read does not disturb the browser figures.
    log('viewer: ranking by degree (Neo4j) against PageRank (graphology)');
    t = performance.now();
    await rankEntities(g, {}, DEFAULT_TOP);
    const neo4jDegreeMs = Math.round(performance.now() - t);
    t = performance.now();
    const whole = await loadGraphology(g);
    const graphologyLoadMs = Math.round(performance.now() - t);
    pagerank(whole, { getEdgeWeight: null });
    const graphologyPagerankMs = Math.round(performance.now() - t);
    return {
      ranking: { neo4jDegreeMs, graphologyPagerankMs, graphologyLoadMs },
      top: DEFAULT_TOP,
      coldFirstPaintMs: cold.ms,
      startupMs,
      startedFirstPaintMs: started.ms,
      restartFirstPaintMs: restart.ms,
      warmFirstPaintMs: warm.ms,
      cold: cold.split,
      warm: warm.split,
      payloadBytes: Buffer.byteLength(payload),
      bundleBytes,
      expand: expansions[0] ?? { newNodes: 0, ms: Number.NaN },
      expandAgain: expansions[1] ?? { newNodes: 0, ms: Number.NaN },
      screenshot,
      load,
    };
  } finally {
    await browser.close();
    await viewer.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

export function describeViewer(v: ViewerResult | { available: false; reason: string }): string {
  if (!v.available) return `\nViewer: not measured (${v.reason})`;
  const split = (s: PaintSplit) =>
    `overview request ${s.requestMs} ms, app script started at ${s.appStartMs} ms, sigma ready at ${s.sigmaReadyMs} ms`;
  return [
    `\nViewer on ${v.nodes} entities / ${v.edges} relations in Neo4j (generated in ${v.generateMs} ms; load average ${v.load.join(' ')})`,
    `  ranking: Neo4j degree ${v.ranking.neo4jDegreeMs} ms vs graphology load ${v.ranking.graphologyLoadMs} ms + PageRank = ${v.ranking.graphologyPagerankMs} ms`,
    `  first view (top ${v.top}), first paint after navigation (target < 2000):`,
    `    cold, nothing cached: ${v.coldFirstPaintMs} ms (${split(v.cold)})`,
    `    viewer started as kg view starts it (overview prepared in ${v.startupMs} ms before the URL is given): ${v.startedFirstPaintMs} ms`,
    `    new viewer, overview from the disk cache: ${v.restartFirstPaintMs} ms`,
    `    warm, overview in memory: ${v.warmFirstPaintMs} ms (${split(v.warm)})`,
    `  first-view payload: ${v.payloadBytes} bytes (target < 1 MB); page scripts ${v.bundleBytes} bytes`,
    ...(
      [
        ['first expansion (top hub, plan compiled)', v.expand],
        ['next expansion (second hub)', v.expandAgain],
      ] as const
    ).map(
      ([name, e]) =>
        `  ${name}: ${e.newNodes} new nodes drawn in ${e.ms} ms (API ${e.fetchMs} ms, add + paint ${e.drawMs} ms; target < 500 ms)`,
    ),
    `  screenshot: ${v.screenshot}`,
  ].join('\n');
}

// `npx tsx bench/viewer.ts [--quick]`: the viewer section alone, on its own local Neo4j.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  const size = quick ? { nodes: 1_000, edges: 5_000 } : { nodes: 50_000, edges: 500_000 };
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const db = await openDatabase({ allowRemote: process.argv.includes('--allow-remote'), heap: '1g' });
  try {
    log(
      `load average at start: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    process.stdout.write(`${describeViewer(await benchViewer(db, size, log))}\n`);
    log(
      `load average at end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await db.close();
  }
}
