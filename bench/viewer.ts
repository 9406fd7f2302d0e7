/**
 * The viewer on a generated graph in Neo4j (bench/viewer-graph.ts): which importance measure
 * to rank by (Neo4j-side degree against loading the graph into graphology for PageRank), the
 * first view in headless Chromium (time to first paint after navigation, server time included)
 * cold on a just-restarted Neo4j with nothing cached, as `kg view` starts it with nothing
 * cached and with the overview on disk, from the disk cache of a restarted viewer and from
 * memory; after an ingest, a just-restarted Neo4j with the older overview on disk (served at
 * once as stale, the fresh one taken in by the page in place); the first view's payload and the
 * page's script size, and expanding a 200-node neighbourhood. Screenshots of the overview go to
 * test/artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Page } from 'playwright-core';
import { type Graph, openGraph, readTx, writeTx } from '../graph/driver.js';
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
      /** Whether the cold figures ran on a just-restarted Neo4j (false: a remote server, only running). */
      freshNeo4j: boolean;
      /** Nothing cached, viewer not warmed: the page's own request ranks, reads ties and lays out. */
      coldFirstPaintMs: number;
      /** `kg view` as a user starts it (the overview prepared before the URL is given), nothing cached. */
      startupMs: number;
      startedFirstPaintMs: number;
      /** `kg view` on a just-restarted Neo4j with the overview on disk from an earlier run (after a reboot). */
      rebootStartupMs: number;
      rebootFirstPaintMs: number;
      /** A new viewer on a running Neo4j: the overview comes from the disk cache. */
      restartFirstPaintMs: number;
      /** The same viewer again: the overview comes from memory. */
      warmFirstPaintMs: number;
      /**
       * After an ingest, on a just-restarted Neo4j, the overview of before on disk: `kg view`'s URL,
       * the first paint of the stale overview, and when (from navigation) the page had taken in
       * the fresh one, with how many new nodes.
       */
      stale: StaleFigures | Unmeasured;
      /** Neo4j down (nothing listening): when the page showed the message, from navigation. */
      downMessageMs: number | Unmeasured;
      cold: PaintSplit;
      warm: PaintSplit;
      payloadBytes: number;
      bundleBytes: number;
      expand: Expansion;
      expandAgain: Expansion;
      screenshot: string;
      /** Load averages (1, 5, 15 min) when the browser figures started. */
      load: number[];
      /** The 1-minute load average as each first paint was taken. */
      loads: { cold: number; started: number; reboot: number; restart: number; warm: number };
    }
  | { available: false; nodes: number; edges: number; reason: string };

/** A part of the viewer bench that failed: its reason, so the other figures still come. */
type Unmeasured = { unmeasured: string };

/** Runs one part of the viewer bench; a failure is reported as that part's, not the section's. */
async function part<T>(work: () => Promise<T>): Promise<T | Unmeasured> {
  try {
    return await work();
  } catch (error) {
    return { unmeasured: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error) };
  }
}

const isUnmeasured = (x: unknown): x is Unmeasured => typeof x === 'object' && x !== null && 'unmeasured' in x;

type StaleFigures = {
  startupMs: number;
  firstPaintMs: number;
  freshAtMs: number;
  added: number;
  load: number;
  split: PaintSplit;
};
type Expansion = { newNodes: number; ms: number; fetchMs?: number; drawMs?: number };
/** Where a first paint's time went: the overview request as the page saw it, and the app's own start. */
type PaintSplit = { requestMs: number; appStartMs: number; sigmaReadyMs: number };

/** The app's test hook, as far as the benchmark reads it. */
type Hooked = {
  __kg?: {
    ready: boolean;
    firstPaint: number | undefined;
    refreshes: { at: number; added: string[] }[];
    toggle(key: string): Promise<number>;
    lastExpand: { fetchMs: number; drawMs: number } | undefined;
    view: { settler: { running: boolean }; graph: { order: number } };
  };
};

const round2 = (v: number) => Math.round(v * 100) / 100;

async function firstPaint(page: Page, url: string): Promise<{ ms: number; split: PaintSplit }> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as Hooked).__kg?.ready === true, undefined, { timeout: 120_000 });
  // A page that shows an error (Neo4j not reachable) is ready too: that is no first view.
  const drawn = await page.evaluate(() => ({
    nodes: (window as unknown as Hooked).__kg?.view.graph.order ?? 0,
    banner: document.querySelector('#banner-text')?.textContent ?? '',
  }));
  if (!drawn.nodes) throw new Error(`the page drew no overview (${drawn.banner || 'no message'})`);
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
  let generateMs = 0;
  // A kept server folder (--home) that already holds the graph is used as it is.
  if ((await countEntities(db.g)) !== size.nodes) {
    await emptyDatabase(db.g);
    const t = performance.now();
    await generateViewerGraph(db.g, size.nodes, size.edges);
    generateMs = Math.round(performance.now() - t);
    log(`viewer: graph generated in ${generateMs} ms`);
  }
  return { ...size, generateMs, ...(await measureViewer(db.g, log, db.restart)) };
}

async function countEntities(g: Graph): Promise<number> {
  return readTx(g, async (tx) => Number((await tx.run('MATCH (e:Entity) RETURN count(e) AS n')).records[0]?.get('n')));
}

/**
 * The browser and ranking figures on whatever graph `g` holds. With `restart` (a local server)
 * each cold figure starts on a just-restarted Neo4j: a new JVM whose Cypher planner and runtime
 * have run nothing yet, and an empty page cache, as after `kg db start`.
 */
export async function measureViewer(g: Graph, log: (line: string) => void, restart?: () => Promise<void>) {
  const nodes = await countEntities(g);
  const dist = await buildApp();
  const bundleBytes = ['boot.js', 'app.js'].reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  const freshNeo4j = async () => {
    if (!restart) return;
    const t = performance.now();
    await restart();
    log(`viewer: Neo4j restarted in ${Math.round(performance.now() - t)} ms`);
  };
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const t = performance.now();
    const done = await work();
    return [done, Math.round(performance.now() - t)];
  };
  // A cache folder of this run's own: the cold figure must find nothing kept from an earlier run.
  const cacheDir = mkdtempSync(join(tmpdir(), 'kg-viewer-cache-'));
  const empty = mkdtempSync(join(tmpdir(), 'kg-viewer-cache-'));
  const browser = await launchChromium();
  let viewer: Awaited<ReturnType<typeof startViewer>> | undefined;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const load = loadavg().map(round2);
    log('viewer: cold (fresh Neo4j, nothing cached, not warmed: the page request computes the overview)');
    await freshNeo4j();
    // Not warmed at start: the cold figure is the overview computed on the page's request.
    viewer = await startViewer({ g, port: 0, warm: false, cacheDir });
    const paint = async (url: string) => ({ ...(await firstPaint(page, url)), load: round2(loadavg()[0] ?? 0) });
    const cold = await paint(viewer.url);
    await viewer.close();
    log('viewer: kg view on a fresh Neo4j, nothing cached');
    await freshNeo4j();
    let startupMs: number;
    [viewer, startupMs] = await timed(() => startViewer({ g, port: 0, cacheDir: empty }));
    const started = await paint(viewer.url);
    await viewer.close();
    log('viewer: kg view on a fresh Neo4j, overview on disk (as after a reboot)');
    await freshNeo4j();
    let rebootStartupMs: number;
    [viewer, rebootStartupMs] = await timed(() => startViewer({ g, port: 0, cacheDir }));
    const rebooted = await paint(viewer.url);
    await viewer.close();
    log('viewer: a new viewer on the running Neo4j (disk cache), then the same again (memory)');
    viewer = await startViewer({ g, port: 0, warm: false, cacheDir });
    const restarted = await paint(viewer.url);
    const warm = await paint(viewer.url);
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

    log('viewer: after an ingest, kg view on a fresh Neo4j with the older overview on disk (served stale)');
    const stale = await part(() => measureStale(g, browser, cacheDir, freshNeo4j, timed, nodes));

    log('viewer: Neo4j down');
    const downMessageMs = await part(() => measureDown(g, browser));

    // Last, so its 500k-edge read does not disturb the browser figures.
    log('viewer: ranking by degree (Neo4j) against PageRank (graphology)');
    let t = performance.now();
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
      freshNeo4j: Boolean(restart),
      coldFirstPaintMs: cold.ms,
      startupMs,
      startedFirstPaintMs: started.ms,
      rebootStartupMs,
      rebootFirstPaintMs: rebooted.ms,
      restartFirstPaintMs: restarted.ms,
      warmFirstPaintMs: warm.ms,
      stale,
      downMessageMs,
      cold: cold.split,
      warm: warm.split,
      payloadBytes: Buffer.byteLength(payload),
      bundleBytes,
      expand: expansions[0] ?? { newNodes: 0, ms: Number.NaN },
      expandAgain: expansions[1] ?? { newNodes: 0, ms: Number.NaN },
      screenshot,
      load,
      loads: {
        cold: cold.load,
        started: started.load,
        reboot: rebooted.load,
        restart: restarted.load,
        warm: warm.load,
      },
    };
  } finally {
    await browser.close();
    await viewer?.close();
    for (const dir of [cacheDir, empty]) rmSync(dir, { recursive: true, force: true });
  }
}

/** A viewer on a port nothing listens on: the page's message, timed from navigation. */
async function measureDown(g: Graph, browser: Awaited<ReturnType<typeof launchChromium>>): Promise<number> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const down = openGraph({ ...g.settings, uri: `bolt://127.0.0.1:${port}` });
  const viewer = await startViewer({ g: down, port: 0, cacheDir: false });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(viewer.url);
    await page.waitForFunction(() => document.querySelector('#banner')?.hasAttribute('hidden') === false);
    return Math.round(await page.evaluate(() => performance.now()));
  } finally {
    await page.close();
    await viewer.close();
    await down.driver.close();
  }
}

const NEWCOMER = 'bench:newcomer';

/**
 * An "ingest" the cached overview has not seen: one new entity tied to the 40 busiest and 260
 * other entities, so it ranks among the top and its neighbours are drawn. Taken out again
 * afterwards, so a kept server folder holds the generated graph as it was.
 */
async function measureStale(
  g: Graph,
  browser: Awaited<ReturnType<typeof launchChromium>>,
  cacheDir: string,
  freshNeo4j: () => Promise<void>,
  timed: <T>(work: () => Promise<T>) => Promise<[T, number]>,
  nodes: number,
): Promise<StaleFigures> {
  const busiest = (await rankEntities(g, {}, 40)).entities.map((e) => e.id);
  const others = await readTx(g, async (tx) =>
    (
      await tx.run('MATCH (e:Entity) WHERE NOT e.id IN $busiest RETURN e.id AS id ORDER BY e.id LIMIT 260', { busiest })
    ).records.map((r) => String(r.get('id'))),
  );
  await writeTx(g, (tx) =>
    tx.run(
      `CREATE (n:Entity:Company {id: $id, name: '새 회사', type: 'Company', aliases: ['새 회사', 'Newcomer']})
       WITH n UNWIND $ids AS other
       MATCH (o:Entity {id: other})
       CREATE (n)-[:COMPETES_WITH {firstSeen: '2025-12-01', lastSeen: '2025-12-01', confidence: 0.8, articles: [],
               evidenceArticles: [], evidenceSentences: [], evidenceStarts: [], evidenceEnds: []}]->(o)`,
      { id: NEWCOMER, ids: [...busiest, ...others] },
    ),
  );
  let viewer: Awaited<ReturnType<typeof startViewer>> | undefined;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await freshNeo4j();
    let startupMs: number;
    [viewer, startupMs] = await timed(() => startViewer({ g, port: 0, cacheDir }));
    const painted = await firstPaint(page, viewer.url);
    const load = round2(loadavg()[0] ?? 0);
    try {
      await page.waitForFunction(() => ((window as unknown as Hooked).__kg?.refreshes.length ?? 0) > 0, undefined, {
        timeout: 120_000,
      });
    } catch {
      throw new Error('the page never took in a fresh overview over the stale one');
    }
    const refresh = await page.evaluate(() => (window as unknown as Hooked).__kg?.refreshes[0]);
    await page.waitForFunction(() => (window as unknown as Hooked).__kg?.view.settler.running === false);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `test/artifacts/viewer-${nodes}-refreshed.png` });
    return {
      startupMs,
      firstPaintMs: painted.ms,
      freshAtMs: Math.round(refresh?.at ?? Number.NaN),
      added: refresh?.added.length ?? 0,
      load,
      split: painted.split,
    };
  } finally {
    await page.close();
    await viewer?.close();
    await writeTx(g, (tx) => tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: NEWCOMER }));
  }
}

export function describeViewer(v: ViewerResult | { available: false; reason: string }): string {
  if (!v.available) return `\nViewer: not measured (${v.reason})`;
  const split = (s: PaintSplit) =>
    `overview request ${s.requestMs} ms, app script started at ${s.appStartMs} ms, sigma ready at ${s.sigmaReadyMs} ms`;
  const fresh = v.freshNeo4j ? 'a just-restarted Neo4j' : 'the running (remote) Neo4j, not restarted';
  const generated = v.generateMs ? `generated in ${v.generateMs} ms` : 'kept from an earlier run';
  return [
    `\nViewer on ${v.nodes} entities / ${v.edges} relations in Neo4j (${generated}; load average ${v.load.join(' ')})`,
    `  ranking: Neo4j degree ${v.ranking.neo4jDegreeMs} ms vs graphology load ${v.ranking.graphologyLoadMs} ms + PageRank = ${v.ranking.graphologyPagerankMs} ms`,
    `  first view (top ${v.top}), first paint counted from navigation, server time included (target < 2000); [1-min load]:`,
    `    cold: ${fresh}, nothing cached, viewer not warmed (the page's request ranks, reads ties, lays out): ${v.coldFirstPaintMs} ms [${v.loads.cold}] (${split(v.cold)})`,
    `    kg view on ${fresh}, nothing cached: URL given after ${v.startupMs} ms (overview prepared), then ${v.startedFirstPaintMs} ms [${v.loads.started}]; command to paint ${v.startupMs + v.startedFirstPaintMs} ms`,
    `    kg view on ${fresh}, overview on disk (after a reboot): URL after ${v.rebootStartupMs} ms, then ${v.rebootFirstPaintMs} ms [${v.loads.reboot}]; command to paint ${v.rebootStartupMs + v.rebootFirstPaintMs} ms`,
    `    a new viewer on the running Neo4j, overview from the disk cache: ${v.restartFirstPaintMs} ms [${v.loads.restart}]`,
    `    warm, overview in memory: ${v.warmFirstPaintMs} ms [${v.loads.warm}] (${split(v.warm)})`,
    isUnmeasured(v.stale)
      ? `    after an ingest, the older overview on disk: not measured (${v.stale.unmeasured})`
      : `    after an ingest, kg view on ${fresh}, the older overview on disk: URL after ${v.stale.startupMs} ms, stale overview painted at ${v.stale.firstPaintMs} ms [${v.stale.load}], fresh one taken in at ${v.stale.freshAtMs} ms (${v.stale.added} new nodes, no reload; ${split(v.stale.split)})`,
    isUnmeasured(v.downMessageMs)
      ? `  Neo4j down: not measured (${v.downMessageMs.unmeasured})`
      : `  Neo4j down: the page's message shown at ${v.downMessageMs} ms from navigation (target < 2000)`,
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
  // --home DIR keeps the server folder, so a second run reuses the generated graph.
  const at = process.argv.indexOf('--home');
  const home = at > 0 ? process.argv[at + 1] : undefined;
  const db = await openDatabase({ allowRemote: process.argv.includes('--allow-remote'), heap: '1g', home });
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
