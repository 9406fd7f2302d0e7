/** The whole graph as plain, canonically ordered data: for export, and for comparing graphs. */
import { type Graph, readTx } from './driver.js';

export type DumpedNode = { labels: string[]; properties: Record<string, unknown> };
export type DumpedRelationship = { type: string; source: string; target: string; properties: Record<string, unknown> };
export type GraphDump = { nodes: DumpedNode[]; relationships: DumpedRelationship[] };

const sortKeys = (o: Record<string, unknown>, omit: readonly string[]) =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([k]) => !omit.includes(k))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

const EVIDENCE_LISTS = ['evidenceArticles', 'evidenceStarts', 'evidenceEnds', 'evidenceSentences'] as const;

/**
 * Evidence lists are sets kept in ingestion order; the dump orders them by article and
 * offset so that graphs built from the same articles in any order compare equal.
 */
function canonicalEvidence(p: Record<string, unknown>): Record<string, unknown> {
  const articles = p.evidenceArticles as string[] | undefined;
  if (!articles) return p;
  const starts = p.evidenceStarts as number[];
  const order = articles
    .map((article, i) => ({ article, start: starts[i] ?? 0, i }))
    .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start))
    .map((entry) => entry.i);
  const out: Record<string, unknown> = { ...p, articles: [...((p.articles as string[]) ?? [])].sort() };
  for (const key of EVIDENCE_LISTS) out[key] = order.map((i) => (p[key] as unknown[])[i]);
  return out;
}

/**
 * Nodes are keyed by their `id`; relationships by type and end ids. `omit` drops properties
 * that differ between otherwise identical runs (such as ingestedAt).
 */
export async function dumpGraph(g: Graph, omit: readonly string[] = []): Promise<GraphDump> {
  return readTx(g, async (tx) => {
    const nodes = await tx.run(
      'MATCH (n) WHERE n:Entity OR n:Article RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id',
    );
    const rels = await tx.run(
      `MATCH (s)-[r]->(t) WHERE (s:Entity OR s:Article) AND t:Entity
       RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS p
       ORDER BY source, type, target`,
    );
    return {
      nodes: nodes.records.map((r) => ({
        labels: [...(r.get('labels') as string[])].sort(),
        properties: sortKeys(r.get('p'), omit),
      })),
      relationships: rels.records.map((r) => ({
        type: r.get('type'),
        source: r.get('source'),
        target: r.get('target'),
        properties: sortKeys(canonicalEvidence(r.get('p')), omit),
      })),
    };
  });
}
