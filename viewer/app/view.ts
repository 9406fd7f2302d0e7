/**
 * The Sigma.js view over the drawn part of the graph: the overview, plus neighbourhoods added
 * and removed on demand. Each node and edge remembers which of these brought it in, so a
 * collapse removes exactly what only that expansion showed. What is hidden, dimmed or lit
 * (type filters, the selection, Cypher results) goes through reducers, never the data.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  communityColor,
  type Drawing,
  ENTITY_COLORS,
  edgeKey,
  FALLBACK_COLOR,
  RELATION_COLORS,
  relationOf,
} from '../shared.js';
import { type Disc, LABEL_SETTINGS, LabelLayer } from './labels.js';
import { Settler, spiral } from './layout.js';
import { mergedCommunities, placeNew } from './merge.js';
import type { ColorBy } from './state.js';

export type NodeAttrs = {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  entityType: string;
  community: number;
  degree: number;
};
export type EdgeAttrs = { relation: string; color: string; size: number; type: string };

const DIM = '#e8e8e8';
const OVERVIEW = '';
const MANY_EDGES = 2_000;

export type ViewHandlers = { node(id: string): void; edge(key: string): void; stage(): void };

export class GraphView {
  readonly graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: false });
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  readonly labels = new LabelLayer(() => this.discs());
  readonly settler = new Settler();
  readonly hiddenTypes = new Set<string>();
  private colorBy: ColorBy = 'community';
  private maxDegree = 1;
  private spacing = 1;
  /** Where a neighbourhood of an entity not yet drawn opens: beside the overview. */
  private aside = { x: 0, y: 0 };
  private readonly nodeOwners = new Map<string, Set<string>>();
  private readonly edgeOwners = new Map<string, Set<string>>();
  private focus: string | undefined;
  private neighbours = new Set<string>();
  private selectedEdge: string | undefined;
  private cypher: { nodes: Set<string>; edges: Set<string> } | undefined;

  constructor(container: HTMLElement, handlers: ViewHandlers) {
    this.sigma = new Sigma(this.graph, container, {
      ...LABEL_SETTINGS,
      labelFont: getComputedStyle(document.body).fontFamily,
      defaultDrawNodeLabel: this.labels.draw,
      defaultEdgeType: 'arrow',
      enableEdgeEvents: true,
      zIndex: true,
      nodeReducer: (node, data) => this.nodeDisplay(node, data),
      edgeReducer: (edge, data) => this.edgeDisplay(edge, data),
    });
    this.sigma.on('beforeRender', () => this.labels.reset());
    this.sigma.on('clickNode', ({ node }) => handlers.node(node));
    this.sigma.on('clickEdge', ({ edge }) => handlers.edge(edge));
    this.sigma.on('clickStage', () => handlers.stage());
    // Sigma only watches the window; the panel opening or closing resizes the container too.
    new ResizeObserver(() => this.sigma.refresh({ skipIndexation: true })).observe(container);
    for (const event of ['enterNode', 'enterEdge'] as const) this.sigma.on(event, () => this.cursor('pointer'));
    for (const event of ['leaveNode', 'leaveEdge'] as const) this.sigma.on(event, () => this.cursor(''));
  }

  /** Every drawn node's disc in canvas pixels, as Sigma placed it this frame. */
  private discs(): Disc[] {
    const out: Disc[] = [];
    this.graph.forEachNode((key) => {
      const d = this.sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = this.sigma.framedGraphToViewport(d);
      out.push({ key, x: p.x, y: p.y, r: this.sigma.scaleSize(d.size) });
    });
    return out;
  }

  private cursor(value: string): void {
    this.sigma.getContainer().style.cursor = value;
  }

  /** Replaces everything with the overview (laid out by the server) and frames it. */
  loadOverview(overview: Drawing, colorBy: ColorBy): void {
    this.settler.stop();
    this.colorBy = colorBy;
    this.graph.clear();
    this.nodeOwners.clear();
    this.edgeOwners.clear();
    this.maxDegree = Math.max(1, ...overview.degrees);
    this.add(overview, OVERVIEW, () => undefined);
    // Thousands of edges cost most of a frame in software WebGL: leave them out while the camera moves.
    this.sigma.setSetting('hideEdgesOnMove', this.graph.size > MANY_EDGES);
    const xs = overview.xs?.length ? overview.xs : [0];
    const ys = overview.ys?.length ? overview.ys : [0];
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // A one-node overview has no extent of its own: give it some room.
    const extent = Math.max(maxX - minX, maxY - minY) || 100;
    // About a third of the distance between overview nodes, were they spread evenly: new nodes
    // then sit close to their entity without hiding it, in an overview of 5 as of 2,000.
    this.spacing = extent / (3 * Math.sqrt(Math.max(4, overview.ids.length)));
    this.aside = { x: maxX + extent * 0.25, y: (minY + maxY) / 2 };
    // Frame the overview once and keep that frame: expansions must not rescale the picture.
    const padX = (extent - (maxX - minX)) / 2;
    const padY = (extent - (maxY - minY)) / 2;
    this.sigma.setCustomBBox({ x: [minX - padX, maxX + padX], y: [minY - padY, maxY + padY] });
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.sigma.refresh();
  }

  /**
   * Takes in a fresh overview over the one drawn (served stale), without starting again: what
   * only the old overview showed goes, drawn nodes stay put (their size and label follow the fresh
   * data, their colour stays), new ones start next to their drawn neighbours, in their colour
   * (merge.ts), and settle in the worker. The camera and the frame stay. Returns the new nodes.
   */
  mergeOverview(d: Drawing): string[] {
    const keep = new Set(d.ids);
    const ties = new Set<string>();
    for (let i = 0; i + 2 < d.edges.length; i += 3)
      ties.add(
        edgeKey(d.ids[d.edges[i] ?? -1] ?? '', relationOf(d.edges[i + 2] ?? 0), d.ids[d.edges[i + 1] ?? -1] ?? ''),
      );
    this.release(
      OVERVIEW,
      (edge) => !ties.has(edge),
      (node) => !keep.has(node),
    );
    const drawn = (id: string) => (this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined);
    const communities = mergedCommunities(d, (id) => drawn(id)?.community);
    const place = placeNew(d, drawn, this.spacing);
    const fresh = d.ids.filter((id) => !this.graph.hasNode(id));
    const index = new Map(d.ids.map((id, i) => [id, i]));
    this.maxDegree = Math.max(1, ...d.degrees);
    const renumbered = { ...d, communities };
    this.add(renumbered, OVERVIEW, (id) => {
      const at = place.get(id);
      return at && { ...at, community: communities[index.get(id) ?? -1] ?? 0 };
    });
    this.graph.updateEachNodeAttributes((id, a) => {
      const i = index.get(id);
      const degree = i === undefined ? a.degree : (d.degrees[i] ?? a.degree);
      const community = i === undefined ? a.community : (communities[i] ?? a.community);
      const label = i === undefined ? a.label : (d.labels[i] ?? a.label);
      return {
        ...a,
        degree,
        community,
        label,
        size: this.sizeOf(degree),
        color: this.colorOf(a.entityType, community),
      };
    });
    this.settler.settle(this.graph, new Set(fresh), this.spacing);
    this.sigma.setSetting('hideEdgesOnMove', this.graph.size > MANY_EDGES);
    return fresh;
  }

  /** Adds an expansion; new nodes start near their center and settle in the worker. */
  addExpansion(key: string, drawing: Drawing & { center: string }): string[] {
    const center = drawing.center;
    const known = this.graph.hasNode(center) ? this.graph.getNodeAttributes(center) : undefined;
    const origin = known ?? this.aside;
    if (!known) this.aside = { x: this.aside.x, y: this.aside.y + this.spacing * 25 };
    const fresh = drawing.ids.filter((id) => !this.graph.hasNode(id));
    const spots = spiral(origin, fresh.length, this.spacing);
    const place = new Map(fresh.map((id, i) => [id, id === center && !known ? origin : spots[i]]));
    const community = known?.community ?? 0;
    this.add(drawing, key, (id) => ({ ...(place.get(id) ?? origin), community }));
    this.settler.settle(this.graph, new Set(fresh.filter((id) => id !== center || !known)), this.spacing);
    return fresh;
  }

  /** Removes what only this expansion showed. */
  collapse(key: string): void {
    this.release(key);
  }

  /** `owner` lets go of the edges and nodes picked (all by default); what no one else holds goes. */
  private release(owner: string, edges: (key: string) => boolean = () => true, nodes = edges): void {
    for (const [edge, owners] of this.edgeOwners) {
      if (edges(edge) && owners.delete(owner) && !owners.size) {
        this.edgeOwners.delete(edge);
        if (this.graph.hasEdge(edge)) this.graph.dropEdge(edge);
      }
    }
    for (const [node, owners] of this.nodeOwners) {
      if (nodes(node) && owners.delete(owner) && !owners.size) {
        this.nodeOwners.delete(node);
        this.graph.dropNode(node);
      }
    }
    if (this.focus && !this.graph.hasNode(this.focus)) this.setFocus(undefined);
  }

  private add(
    d: Drawing,
    owner: string,
    at: (id: string) => { x: number; y: number; community: number } | undefined,
  ): void {
    d.ids.forEach((id, i) => {
      const owners = this.nodeOwners.get(id) ?? new Set();
      owners.add(owner);
      this.nodeOwners.set(id, owners);
      if (this.graph.hasNode(id)) return;
      const spot = at(id);
      const type = d.types[i] ?? '';
      const degree = d.degrees[i] ?? 0;
      const community = spot?.community ?? d.communities[i] ?? 0;
      this.graph.addNode(id, {
        label: d.labels[i] ?? id,
        x: spot?.x ?? d.xs?.[i] ?? 0,
        y: spot?.y ?? d.ys?.[i] ?? 0,
        size: this.sizeOf(degree),
        color: this.colorOf(type, community),
        entityType: type,
        community,
        degree,
      });
    });
    // In a dense drawing arrowheads are unreadable and cost software WebGL most of a frame:
    // thin lines there (measured on the 50k overview: first paint 1.4-1.8 s against 1.7-3.0 s).
    const many = d.edges.length / 3 > MANY_EDGES;
    for (let i = 0; i + 2 < d.edges.length; i += 3) {
      const source = d.ids[d.edges[i] ?? -1];
      const target = d.ids[d.edges[i + 1] ?? -1];
      const relation = relationOf(d.edges[i + 2] ?? 0);
      if (!source || !target || source === target) continue;
      const key = edgeKey(source, relation, target);
      const owners = this.edgeOwners.get(key) ?? new Set();
      owners.add(owner);
      this.edgeOwners.set(key, owners);
      if (this.graph.hasEdge(key)) continue;
      this.graph.addDirectedEdgeWithKey(key, source, target, {
        relation,
        color: RELATION_COLORS[relation] ?? FALLBACK_COLOR,
        size: many ? 1 : 2,
        // Symmetric rivalry has no direction to show.
        type: relation === 'COMPETES_WITH' || many ? 'line' : 'arrow',
      });
    }
  }

  /** Square root of degree, so hubs do not swallow the picture. */
  private sizeOf(degree: number): number {
    return 2.5 + 11 * Math.sqrt(Math.min(1, degree / this.maxDegree));
  }

  private colorOf(type: string, community: number): string {
    return this.colorBy === 'type' ? (ENTITY_COLORS[type] ?? FALLBACK_COLOR) : communityColor(community);
  }

  recolor(colorBy: ColorBy): void {
    this.colorBy = colorBy;
    this.graph.updateEachNodeAttributes((_n, a) => ({ ...a, color: this.colorOf(a.entityType, a.community) }));
  }

  isExpandedBy(node: string, key: string): boolean {
    return this.nodeOwners.get(node)?.has(key) ?? false;
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
   * Moves the camera so the nodes fill the view. Display coordinates are sigma's normalised
   * ones, where camera ratio 1 shows the whole overview.
   */
  frame(nodes: string[], duration = 400): void {
    const points = nodes.map((n) => this.sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (!points.length) return;
    const xs = points.map((d) => d.x);
    const ys = points.map((d) => d.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1.5, Math.max(0.08, 1.3 * Math.max(maxX - minX, maxY - minY)));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
  }

  zoomTo(node: string, duration = 400): void {
    if (this.graph.hasNode(node)) this.frame([node, ...this.graph.neighbors(node)], duration);
  }

  private nodeDisplay(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> = { ...data };
    if (this.hiddenTypes.has(data.entityType)) return { ...out, hidden: true };
    const lit = this.cypher ? this.cypher.nodes : this.focus ? this.neighbours : undefined;
    if (lit && node !== this.focus && !lit.has(node)) return { ...out, color: DIM, label: '', zIndex: 0 };
    if (node === this.focus || this.cypher?.nodes.has(node))
      return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
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
