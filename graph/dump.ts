/**
 * The whole graph as plain, canonically ordered data: every Entity, Article and Fact node and
 * every relationship between them with all their properties (the schema-version node is
 * bookkeeping, not data). For export, and for tests that compare two graphs in full.
 */
import { z } from 'zod';
import { type Graph, readTx } from './driver.js';
import { records } from './records.js';

const Properties = z.record(z.string(), z.unknown());
const DumpedNode = z.object({ labels: z.array(z.string()), properties: Properties });
const DumpedRelationship = z.object({
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: Properties,
});
export type DumpedNode = z.infer<typeof DumpedNode>;
export type DumpedRelationship = z.infer<typeof DumpedRelationship>;
export type GraphDump = { nodes: DumpedNode[]; relationships: DumpedRelationship[] };

const DATA = 'n:Entity OR n:Article OR n:Fact';

const sortKeys = (o: Record<string, unknown>, omit: readonly string[]) =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([k]) => !omit.includes(k))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

/**
 * Nodes are keyed by their `id`; relationships by type and end ids. `omit` drops properties
 * that differ between otherwise identical runs (such as ingestedAt). Evidence needs no
 * reordering: each article's SUPPORTS edge holds its own sentences in offset order.
 */
export async function dumpGraph(g: Graph, omit: readonly string[] = []): Promise<GraphDump> {
  return readTx(g, async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE ${DATA} RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
    );
    const rels = await tx.run(
      `MATCH (s)-[r]->(n) WHERE ${DATA}
       RETURN type(r) AS type, s.id AS source, n.id AS target, properties(r) AS properties
       ORDER BY source, type, target`,
    );
    return {
      nodes: records(nodes, DumpedNode).map((n) => ({
        labels: [...n.labels].sort(),
        properties: sortKeys(n.properties, omit),
      })),
      relationships: records(rels, DumpedRelationship).map((r) => ({ ...r, properties: sortKeys(r.properties, omit) })),
    };
  });
}
