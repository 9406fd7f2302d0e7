/**
 * ForceAtlas2 positions computed on the server, so the browser paints a settled layout at
 * once instead of animating a hairball. Start positions are seeded from each node's id, so
 * the same graph always gets the same picture, whatever order the nodes were loaded in.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { seededRandom } from '../graph/graphology.js';

export type Positions = Map<string, { x: number; y: number }>;

/** FNV-1a: a stable 32-bit seed per node id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fewer iterations for big graphs: each one costs O(n log n) with Barnes-Hut. */
function iterationsFor(order: number): number {
  if (order <= 500) return 800;
  if (order <= 5_000) return 200;
  return 80;
}

export function computeLayout<N extends Attributes, E extends Attributes>(graph: AbstractGraph<N, E>): Positions {
  // Work on a bare undirected simple copy: forces need only x/y and who touches whom, and
  // the caller's graph stays untouched.
  const copy = new Graph<{ x: number; y: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  // Sorted nodes and edges: forces are float sums, so insertion order would shift the result.
  for (const node of [...graph.nodes()].sort()) {
    const random = seededRandom(hash(node));
    const angle = random() * 2 * Math.PI;
    const radius = Math.sqrt(random()) * 100;
    copy.addNode(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  }
  const pairs = graph.mapEdges((_edge, _attributes, source, target) =>
    source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`,
  );
  for (const pair of [...new Set(pairs)].sort()) {
    const [source = '', target = ''] = pair.split('\u0000');
    if (source !== target) copy.mergeEdge(source, target);
  }
  if (copy.order > 1) {
    const settings = {
      ...forceAtlas2.inferSettings(copy.order),
      // Gravity keeps isolated entities (mentioned but unrelated) from drifting off-screen.
      gravity: 1,
      strongGravityMode: true,
      scalingRatio: 10,
      barnesHutOptimize: copy.order > 1_000,
    };
    forceAtlas2.assign(copy, { iterations: iterationsFor(copy.order), settings, getEdgeWeight: null });
  }
  const positions: Positions = new Map();
  copy.forEachNode((node, attributes) => {
    positions.set(node, { x: Number(attributes.x) || 0, y: Number(attributes.y) || 0 });
  });
  return positions;
}
