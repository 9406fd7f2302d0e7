/**
 * Neo4j -> graphology: the in-memory copy of the graph used for analytics (degree, PageRank,
 * Louvain communities), layout and export. Neo4j stays the source of truth.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { toSimple, toUndirected } from 'graphology-operators';
import { z } from 'zod';
import { type Graph as Neo4jGraph, readTx } from './driver.js';
import { RelationType, SYMMETRIC_RELATIONS } from './model.js';

export type EntityAttributes = {
  label: string;
  type: string;
  aliases: string[];
  articles: number;
  degree?: number;
  pagerank?: number;
  community?: number;
};

export type RelationAttributes = {
  type: RelationType;
  articles: number;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  amount: string | null;
  currency: string | null;
};

export type KnowledgeGraph = Graph<EntityAttributes, RelationAttributes>;

/** Which part of the graph to load; dates compare with the relations' first/last seen days. */
export const GraphFilter = z.object({
  relationTypes: z.array(RelationType).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type GraphFilter = z.infer<typeof GraphFilter>;

export async function loadGraphology(g: Neo4jGraph, filter: GraphFilter = {}): Promise<KnowledgeGraph> {
  // Mixed: symmetric relations (COMPETES_WITH) are undirected edges, so metrics such as
  // PageRank see them both ways rather than in the arbitrary direction they are stored in.
  const graph: KnowledgeGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  const { relationTypes, from, to } = GraphFilter.parse(filter);
  await readTx(g, async (tx) => {
    const nodes = await tx.run(
      `MATCH (e:Entity)
       RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
              COUNT { (:Article)-[:MENTIONS]->(e) } AS articles
       ORDER BY id`,
    );
    for (const r of nodes.records) {
      graph.addNode(r.get('id'), {
        label: r.get('name'),
        type: r.get('type'),
        aliases: r.get('aliases') ?? [],
        articles: r.get('articles'),
      });
    }
    const edges = await tx.run(
      `MATCH (s:Entity)-[r]->(t:Entity)
       WHERE ($types IS NULL OR type(r) IN $types)
         AND ($from IS NULL OR r.lastSeen >= $from)
         AND ($to IS NULL OR r.firstSeen <= $to)
       RETURN elementId(r) AS key, s.id AS source, t.id AS target, type(r) AS type, r.articles AS articles,
              r.confidence AS confidence, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
              r.amount AS amount, r.currency AS currency
       ORDER BY source, type, target`,
      { types: relationTypes ?? null, from: from ?? null, to: to ?? null },
    );
    for (const r of edges.records) {
      const type: RelationType = r.get('type');
      const add = SYMMETRIC_RELATIONS.has(type) ? graph.addUndirectedEdgeWithKey : graph.addDirectedEdgeWithKey;
      add.call(graph, r.get('key'), r.get('source'), r.get('target'), {
        type,
        articles: r.get('articles'),
        confidence: r.get('confidence') ?? 0,
        firstSeen: r.get('firstSeen') ?? null,
        lastSeen: r.get('lastSeen') ?? null,
        amount: r.get('amount') ?? null,
        currency: r.get('currency') ?? null,
      });
    }
  });
  return graph;
}

/** Degree, PageRank and Louvain community on every node (seeded, so runs agree). */
export function annotateMetrics(graph: KnowledgeGraph): KnowledgeGraph {
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
  if (graph.size > 0) {
    const ranks = pagerank(graph, { getEdgeWeight: null });
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'pagerank', ranks[node] ?? 0));
    // Louvain needs an undirected simple graph: parallel relations collapse into one tie.
    const ties = toSimple(toUndirected(graph));
    const communities = louvain(ties, { rng: seededRandom(42), getEdgeWeight: null });
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'community', communities[node] ?? 0));
  } else {
    graph.forEachNode((node) => {
      graph.setNodeAttribute(node, 'pagerank', 1 / Math.max(1, graph.order));
      graph.setNodeAttribute(node, 'community', 0);
    });
  }
  return graph;
}

/** A small deterministic PRNG (mulberry32) so layouts and communities repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
