/**
 * Where new nodes go: next to the entity they were expanded from (on a golden-angle spiral, so
 * none start on top of another), then ForceAtlas2 in a web worker settles them while every node
 * that was already drawn stays fixed. The page stays interactive; the worker stops by itself.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';

type Positioned = { x: number; y: number; fixed?: boolean };
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Positions around `center` for `count` new nodes, `spacing` apart. */
export function spiral(center: { x: number; y: number }, count: number, spacing: number): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const r = spacing * Math.sqrt(i + 1);
    return { x: center.x + r * Math.cos(i * GOLDEN), y: center.y + r * Math.sin(i * GOLDEN) };
  });
}

export class Settler {
  private layout: FA2Layout | undefined;
  private timer: number | undefined;
  running = false;

  /** Settles `moving` for `ms` milliseconds in a worker; everything else is held in place. */
  settle<N extends Positioned>(graph: Graph<N>, moving: ReadonlySet<string>, ms = 1_500): void {
    this.stop();
    if (!moving.size) return;
    graph.updateEachNodeAttributes((node, a) => ({ ...a, fixed: !moving.has(node) }));
    this.layout = new FA2Layout(graph, {
      settings: {
        ...forceAtlas2.inferSettings(graph),
        gravity: 0.5,
        slowDown: 5,
        barnesHutOptimize: graph.order > 800,
      },
      getEdgeWeight: null,
    });
    this.running = true;
    this.layout.start();
    this.timer = window.setTimeout(() => this.stop(), ms);
  }

  stop(): void {
    window.clearTimeout(this.timer);
    this.layout?.kill();
    this.layout = undefined;
    this.running = false;
  }
}
