/**
 * Benchmark hook: time to first interactive paint of the viewer in headless Chromium for a
 * generated graph (seeded, so runs compare). The graph is served from memory, so the number is
 * the browser's: fetch the payload, build the graphology graph, first Sigma render with events
 * bound. Server-side layout time is reported apart (it is cached between requests).
 *
 *   npx tsx viewer/bench.ts 10000 50000
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import { CypherError } from '../graph/errors.js';
import { annotateMetrics, type KnowledgeGraph, seededRandom } from '../graph/graphology.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/model.js';
import { buildApp } from './build.js';
import { launchChromium } from './chromium.js';
import { computeLayout } from './layout.js';
import { appDistDir } from './paths.js';
import { startViewer } from './server.js';
import { toPayload, type ViewerStore } from './store.js';

/** The app's test hook, as far as the benchmark reads it (the app's own type is not in the Node build). */
type Hooked = { __kg?: { ready: boolean; firstPaint: number | undefined } };

export type FirstPaint = { nodes: number; edges: number; layoutMs: number; payloadBytes: number; firstPaintMs: number };

/** A random graph with a heavy-tailed degree distribution, like news graphs (a few hubs). */
export function generateGraph(nodes: number, edges: number, seed = 1): KnowledgeGraph {
  const random = seededRandom(seed);
  const graph: KnowledgeGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (let i = 0; i < nodes; i++) {
    const type = ENTITY_TYPES[i % 4] ?? 'Company';
    graph.addNode(`n:${i}`, { label: i % 2 ? `엔티티 ${i}` : `Entity ${i}`, type, aliases: [], articles: 1 });
  }
  const pick = () => Math.floor(nodes * random() ** 2);
  for (let i = 0; i < edges; i++) {
    const source = pick();
    let target = Math.floor(nodes * random());
    if (target === source) target = (target + 1) % nodes;
    graph.addDirectedEdgeWithKey(`e:${i}`, `n:${source}`, `n:${target}`, {
      type: RELATION_TYPES[i % RELATION_TYPES.length] ?? 'COMPETES_WITH',
      articles: 1,
      confidence: 0.8,
      firstSeen: '2025-01-01',
      lastSeen: '2025-01-01',
      amount: null,
      currency: null,
    });
  }
  return graph;
}

export async function measureFirstPaint(options: { nodes: number; edges: number; seed?: number }): Promise<FirstPaint> {
  if (!existsSync(join(appDistDir(), 'app.js'))) await buildApp();
  const graph = annotateMetrics(generateGraph(options.nodes, options.edges, options.seed));
  const started = performance.now();
  const positions = computeLayout(graph);
  const layoutMs = performance.now() - started;
  const payload = toPayload(graph, positions, false);
  const store: ViewerStore = {
    graph: async () => payload,
    search: async () => [],
    entity: async () => undefined,
    edge: async () => undefined,
    cypher: async () => {
      throw new CypherError('no Cypher in the benchmark', 'kg.Bench');
    },
  };
  const viewer = await startViewer({ store, port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(viewer.url);
    await page.waitForFunction(() => (window as unknown as Hooked).__kg?.ready === true, undefined, {
      timeout: 300_000,
    });
    // performance.now() in the page counts from navigation start.
    const firstPaintMs = await page.evaluate(() => (window as unknown as Hooked).__kg?.firstPaint ?? Number.NaN);
    return {
      nodes: options.nodes,
      edges: options.edges,
      layoutMs: Math.round(layoutMs),
      payloadBytes: JSON.stringify(payload).length,
      firstPaintMs: Math.round(firstPaintMs),
    };
  } finally {
    await browser.close();
    await viewer.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [nodes = 10_000, edges = 50_000] = process.argv.slice(2).map(Number);
  measureFirstPaint({ nodes, edges }).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
