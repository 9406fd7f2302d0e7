/**
 * The Sigma.js view over a graphology graph: sizes, labels, and what is hidden, dimmed or
 * highlighted (type filters, the selected entity's neighbourhood, Cypher results). All of it
 * through reducers, so the graph data itself never changes for display reasons.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { GraphPayload } from '../shared.js';
import type { SizeBy } from './state.js';

export type NodeAttrs = {
  label: string;
  name: string;
  x: number;
  y: number;
  size: number;
  color: string;
  entityType: string;
  aliases: string[];
  degree: number;
  pagerank: number;
};
export type EdgeAttrs = { relation: string; color: string; size: number; type: string; label: string };

const DIM = '#e8e8e8';
const hangul = /[\uac00-\ud7a3]/;

/** "딥시크 · DeepSeek": the display name plus one alias in the other script, if there is one. */
export function bilingualLabel(name: string, aliases: string[]): string {
  const korean = hangul.test(name);
  const other = aliases.find((a) => hangul.test(a) !== korean && /[\p{L}]/u.test(a));
  return other ? `${name} · ${other}` : name;
}

export type ViewHandlers = { node(id: string): void; edge(key: string): void; stage(): void };

export class GraphView {
  readonly graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: true });
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  readonly hiddenTypes = new Set<string>();
  private focus: string | undefined;
  private neighbours = new Set<string>();
  private selectedEdge: string | undefined;
  private cypher: { nodes: Set<string>; edges: Set<string> } | undefined;

  constructor(container: HTMLElement, handlers: ViewHandlers) {
    this.sigma = new Sigma(this.graph, container, {
      labelFont: getComputedStyle(document.body).fontFamily,
      labelSize: 13,
      labelRenderedSizeThreshold: 6,
      defaultEdgeType: 'arrow',
      enableEdgeEvents: true,
      zIndex: true,
      nodeReducer: (node, data) => this.nodeDisplay(node, data),
      edgeReducer: (edge, data) => this.edgeDisplay(edge, data),
    });
    this.sigma.on('clickNode', ({ node }) => handlers.node(node));
    this.sigma.on('clickEdge', ({ edge }) => handlers.edge(edge));
    this.sigma.on('clickStage', () => handlers.stage());
    // Sigma only watches the window; the panel opening or closing resizes the container too.
    new ResizeObserver(() => this.sigma.refresh({ skipIndexation: true })).observe(container);
    for (const event of ['enterNode', 'enterEdge'] as const) this.sigma.on(event, () => this.cursor('pointer'));
    for (const event of ['leaveNode', 'leaveEdge'] as const) this.sigma.on(event, () => this.cursor(''));
  }

  private cursor(value: string): void {
    this.sigma.getContainer().style.cursor = value;
  }

  load(payload: GraphPayload, sizeBy: SizeBy): void {
    const big = payload.edges.length > 20_000;
    this.sigma.setSetting('hideEdgesOnMove', big);
    this.graph.clear();
    for (const n of payload.nodes) {
      this.graph.addNode(n.key, {
        label: bilingualLabel(n.label, n.aliases),
        name: n.label,
        x: n.x,
        y: n.y,
        size: 4,
        color: n.color,
        entityType: n.entityType,
        aliases: n.aliases,
        degree: n.degree,
        pagerank: n.pagerank,
      });
    }
    for (const e of payload.edges) {
      if (!this.graph.hasNode(e.source) || !this.graph.hasNode(e.target)) continue;
      this.graph.addDirectedEdgeWithKey(e.key, e.source, e.target, {
        relation: e.relation,
        color: e.color,
        size: big ? 0.5 : 1 + Math.min(3, Math.log2(1 + e.articles)),
        // Symmetric rivalry has no direction to show.
        type: e.relation === 'COMPETES_WITH' ? 'line' : 'arrow',
        label: e.relation,
      });
    }
    this.resize(sizeBy);
    if (this.focus && !this.graph.hasNode(this.focus)) this.setFocus(undefined);
  }

  /** Node size from degree or PageRank (square root, so hubs do not swallow the picture). */
  resize(sizeBy: SizeBy): void {
    let max = 0;
    this.graph.forEachNode((_n, a) => {
      max = Math.max(max, a[sizeBy]);
    });
    this.graph.updateEachNodeAttributes((_n, a) => ({ ...a, size: 3 + 15 * Math.sqrt(max > 0 ? a[sizeBy] / max : 0) }));
  }

  setFocus(node: string | undefined): void {
    this.focus = node && this.graph.hasNode(node) ? node : undefined;
    this.neighbours = new Set(this.focus ? this.graph.neighbors(this.focus) : []);
    this.sigma.refresh({ skipIndexation: true });
  }

  setSelectedEdge(edge: string | undefined): void {
    this.selectedEdge = edge;
    this.sigma.refresh({ skipIndexation: true });
  }

  setCypherHighlight(highlight: { nodes: string[]; edges: string[] } | undefined): void {
    if (highlight) {
      // A relationship in the result lights up its two ends as well.
      const nodes = new Set(highlight.nodes);
      for (const edge of highlight.edges)
        if (this.graph.hasEdge(edge)) for (const end of this.graph.extremities(edge)) nodes.add(end);
      this.cypher = { nodes, edges: new Set(highlight.edges) };
    } else this.cypher = undefined;
    this.sigma.refresh({ skipIndexation: true });
  }

  /**
   * Moves the camera so the node and its neighbours fill the view. Display coordinates are
   * sigma's normalised ones, where camera ratio 1 shows the whole graph.
   */
  zoomTo(node: string, duration = 500): void {
    const points = [node, ...this.graph.neighbors(node)]
      .map((n) => this.sigma.getNodeDisplayData(n))
      .filter((d) => d !== undefined);
    if (!points.length) return;
    const xs = points.map((d) => d.x);
    const ys = points.map((d) => d.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(0.08, 1.3 * Math.max(maxX - minX, maxY - minY)));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
  }

  private nodeDisplay(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> = { ...data };
    if (this.hiddenTypes.has(data.entityType)) return { ...out, hidden: true };
    const lit = this.cypher ? this.cypher.nodes : this.focus ? this.neighbours : undefined;
    if (lit && node !== this.focus && !lit.has(node)) return { ...out, color: DIM, label: '', zIndex: 0 };
    if (node === this.focus || this.cypher?.nodes.has(node)) return { ...out, highlighted: true, zIndex: 2 };
    return { ...out, zIndex: lit ? 1 : 0 };
  }

  private edgeDisplay(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
    const out: Partial<EdgeDisplayData> = { ...data };
    const [source, target] = this.graph.extremities(edge);
    const hidden = (n: string) => this.hiddenTypes.has(this.graph.getNodeAttribute(n, 'entityType'));
    if (hidden(source) || hidden(target)) return { ...out, hidden: true };
    if (edge === this.selectedEdge) return { ...out, size: data.size + 3, zIndex: 3 };
    const lit = this.cypher
      ? this.cypher.edges.has(edge)
      : this.focus
        ? source === this.focus || target === this.focus
        : true;
    return lit ? { ...out, zIndex: 1 } : { ...out, color: DIM, zIndex: 0 };
  }
}
