/**
 * The graph (or the part a query returns) as GraphML, GEXF or graphology JSON for Gephi and
 * other tools, with degree, PageRank and Louvain community on every node.
 *
 * graphology-graphml 0.5 only parses, so GraphML is written here; its parser is what the tests
 * read the file back with. Both XML formats take scalar attributes only: lists are joined and
 * missing values left out.
 */
import { write as writeGexfXml } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import { z } from 'zod';
import type { Graph as Neo4jGraph } from '../graph/driver.js';
import { annotateMetrics, type KnowledgeGraph, loadGraphology } from '../graph/graphology.js';
import type { JsonValue, QueryRows } from './run.js';

export const ExportFormat = z.enum(['graphml', 'gexf', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

type Scalar = string | number | boolean;

/** Attributes XML can hold: lists become one `; `-joined string, nulls are dropped. */
export function flatAttributes(attributes: Attributes): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) out[key] = value.map(String).join('; ');
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else out[key] = JSON.stringify(value);
  }
  return out;
}

/**
 * Entity ids a query result touches: nodes (and path nodes) by their `id` property,
 * relationships by their element id (the edge keys of the loaded graph), and any string
 * that is an entity id, so named queries, which return ids as columns, export too.
 */
export function touchedNodes(graph: KnowledgeGraph, rows: QueryRows['rows']): Set<string> {
  const found = new Set<string>();
  const visit = (value: JsonValue): void => {
    if (typeof value === 'string') {
      if (graph.hasNode(value)) found.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (value.kind === 'relationship' && typeof value.elementId === 'string' && graph.hasEdge(value.elementId)) {
        found.add(graph.source(value.elementId));
        found.add(graph.target(value.elementId));
      } else if (value.kind === 'node' && value.properties && typeof value.properties === 'object') {
        visit((value.properties as Record<string, JsonValue>).id ?? null);
      } else for (const v of Object.values(value)) visit(v as JsonValue);
    }
  };
  for (const row of rows) Object.values(row).forEach(visit);
  return found;
}

/** The subgraph induced by some nodes: those nodes and every relation between them. */
export function induced(graph: KnowledgeGraph, keep: ReadonlySet<string>): KnowledgeGraph {
  const sub = graph.nullCopy() as KnowledgeGraph;
  graph.forEachNode((node, attributes) => {
    if (keep.has(node)) sub.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (!keep.has(source) || !keep.has(target)) return;
    if (undirected) sub.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
    else sub.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return sub;
}

/** Loads the whole graph, narrows it to a query's result when one is given, adds metrics. */
export async function exportGraph(g: Neo4jGraph, result?: QueryRows): Promise<KnowledgeGraph> {
  const whole = await loadGraphology(g);
  const graph = result ? induced(whole, touchedNodes(whole, result.rows)) : whole;
  return annotateMetrics(graph);
}

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

/** The narrowest GraphML type that holds every value of an attribute. */
function graphmlType(values: Scalar[]): string {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) {
    return values.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31) ? 'int' : 'double';
  }
  return 'string';
}

export function writeGraphml(graph: KnowledgeGraph): string {
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes: flatAttributes(attributes) }));
  // Gephi's GraphML importer reads `label` and `weight` on edges: the relation type, and
  // how many articles support it.
  const edges = graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
    key,
    source,
    target,
    undirected,
    attributes: { label: attributes.type, weight: attributes.articles, ...flatAttributes(attributes) },
  }));
  const keys = (domain: 'node' | 'edge', items: { attributes: Record<string, Scalar> }[]) => {
    const values = new Map<string, Scalar[]>();
    for (const item of items) {
      for (const [name, value] of Object.entries(item.attributes))
        values.set(name, [...(values.get(name) ?? []), value]);
    }
    return [...values.entries()].map(([name, vs], i) => ({ id: `${domain[0]}${i}`, name, type: graphmlType(vs) }));
  };
  const nodeKeys = keys('node', nodes);
  const edgeKeys = keys('edge', edges);
  const data = (declared: typeof nodeKeys, attributes: Record<string, Scalar>) =>
    declared
      .filter((k) => attributes[k.name] !== undefined)
      .map((k) => `<data key="${k.id}">${xml(String(attributes[k.name]))}</data>`)
      .join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    // Symmetric relations (COMPETES_WITH) are undirected edges. graphology-graphml reads only
    // directed="true" per edge, so the default is undirected whenever there are any, and
    // every edge says which it is.
    `  <graph id="kg" edgedefault="${edges.some((e) => e.undirected) ? 'undirected' : 'directed'}">`,
    ...nodes.map((n) => `    <node id="${xml(n.key)}">${data(nodeKeys, n.attributes)}</node>`),
    ...edges.map(
      (e) =>
        `    <edge id="${xml(e.key)}" source="${xml(e.source)}" target="${xml(e.target)}" directed="${!e.undirected}">${data(edgeKeys, e.attributes)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

export function writeGexf(graph: KnowledgeGraph): string {
  return writeGexfXml(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, ...rest } = flatAttributes(attributes);
      return { label: String(label ?? ''), attributes: rest };
    },
    // Gephi shows the edge label and uses the weight; the relation type is both label and kind.
    formatEdge: (_key, attributes) => ({
      label: attributes.type,
      kind: attributes.type,
      weight: attributes.articles,
      attributes: flatAttributes(attributes),
    }),
  });
}

export function serialise(graph: KnowledgeGraph, format: ExportFormat): string {
  if (format === 'graphml') return writeGraphml(graph);
  if (format === 'gexf') return writeGexf(graph);
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
