/**
 * Where new nodes go: next to the entity they were expanded from (on a golden-angle spiral, so
 * none start on top of another), then ForceAtlas2 in a web worker settles them while every node
 * that was already drawn stays where it is. The page stays interactive; the worker stops by itself.
 */
import Graph from 'graphology';
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
  private timers: number[] = [];
  running = false;

  /**
   * Settles `moving` for `ms` milliseconds in a worker; everything else stays where it is. The
   * worker gets only the new nodes and the drawn ones they touch (held fixed), and positions
   * come back ten times a second: the page's main thread neither ships the whole view to the
   * worker nor takes every iteration of it back, so it stays free to draw and answer clicks.
   */
  settle<N extends { x: number; y: number }>(
    graph: Graph<N>,
    moving: ReadonlySet<string>,
    spacing: number,
    ms = 1_500,
  ): void {
    this.stop();
    if (!moving.size) return;
    const part = new Graph<Positioned>({ type: 'undirected', multi: false, allowSelfLoops: false });
    const take = (node: string, fixed: boolean) => {
      if (part.hasNode(node)) return;
      const { x, y } = graph.getNodeAttributes(node);
      part.addNode(node, { x, y, fixed });
    };
    for (const node of moving) {
      if (!graph.hasNode(node)) continue;
      take(node, false);
      graph.forEachNeighbor(node, (other) => {
        take(other, !moving.has(other));
        if (other !== node) part.mergeEdge(node, other);
      });
    }
    if (part.order < 2) return;
    // No gravity: it pulls towards the origin, not towards the entity expanded, and every
    // moving node is tied to a fixed one anyway. The repulsion is scaled to the spiral's
    // spacing: a leaf of a hub of degree D rests at sqrt(2 * ratio * (D + 1)) from it, about
    // where the spiral put it, whatever the scale of the overview's coordinates.
    this.layout = new FA2Layout(part, {
      settings: {
        ...forceAtlas2.inferSettings(part),
        gravity: 0,
        scalingRatio: Math.max(1e-3, (spacing * spacing) / 2),
        slowDown: 5,
        barnesHutOptimize: part.order > 800,
      },
      getEdgeWeight: null,
    });
    const copy = () =>
      part.forEachNode((node, a) => {
        if (!a.fixed && graph.hasNode(node)) graph.mergeNodeAttributes(node, { x: a.x, y: a.y } as Partial<N>);
      });
    this.running = true;
    this.layout.start();
    this.timers = [
      window.setInterval(copy, 100),
      window.setTimeout(() => {
        copy();
        this.stop();
      }, ms),
    ];
  }

  stop(): void {
    for (const timer of this.timers) window.clearTimeout(timer);
    this.timers = [];
    this.layout?.kill();
    this.layout = undefined;
    this.running = false;
  }
}
