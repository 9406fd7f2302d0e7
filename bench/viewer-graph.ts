/**
 * A generated graph the size of a year of news, written straight into Neo4j with UNWIND
 * batches (no article ingest: only the viewer's reads are measured on it). Entities fall in
 * communities of a few hundred; most relations stay inside one, endpoints are heavy-tailed
 * (a few hubs, as in news), and every relation has a first/last-seen day in 2025. Seeded.
 */
import type { Graph } from '../graph/driver.js';
import { seededRandom } from '../graph/graphology.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/model.js';

const BATCH = 10_000;
const COMMUNITY = 300;

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

async function inBatches<T>(g: Graph, rows: T[], cypher: string): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const session = g.driver.session({ database: g.database });
    try {
      await session.executeWrite((tx) => tx.run(cypher, { rows: rows.slice(i, i + BATCH) }));
    } finally {
      await session.close();
    }
  }
}

export async function generateViewerGraph(g: Graph, nodes: number, edges: number, seed = 7): Promise<void> {
  const random = seededRandom(seed);
  const communities = Math.max(1, Math.ceil(nodes / COMMUNITY));
  for (const type of ENTITY_TYPES.slice(0, 4)) {
    const rows: { id: string; name: string; alias: string }[] = [];
    ENTITY_TYPES.slice(0, 4).forEach((t, k) => {
      if (t !== type) return;
      for (let i = k; i < nodes; i += 4)
        rows.push(
          i % 2
            ? { id: `bench:${i}`, name: `엔티티 ${i}`, alias: `Entity ${i}` }
            : { id: `bench:${i}`, name: `Entity ${i}`, alias: `엔티티 ${i}` },
        );
    });
    // The label is one of the fixed entity types, never input: it cannot be a parameter.
    await inBatches(
      g,
      rows,
      `UNWIND $rows AS row CREATE (:Entity:${type} {id: row.id, name: row.name, type: '${type}', aliases: [row.name, row.alias]})`,
    );
  }
  // Node i sits in community i % communities; within it, low ranks are the hubs.
  const member = (c: number, rank: number) => rank * communities + c;
  const size = (c: number) => Math.floor((nodes - 1 - c) / communities) + 1;
  const pick = (c: number) => member(c, Math.floor(size(c) * random() ** 2.5));
  const byType = new Map<string, { s: string; t: string; first: string; last: string }[]>();
  for (let i = 0; i < edges; i++) {
    const c = Math.floor(random() * communities);
    const s = pick(c);
    const other = random() < 0.85 ? c : Math.floor(random() * communities);
    let t = pick(other);
    if (t === s) t = (t + communities) % nodes;
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)] ?? 'COMPETES_WITH';
    const first = Math.floor(random() * 330);
    const rows = byType.get(type) ?? [];
    rows.push({ s: `bench:${s}`, t: `bench:${t}`, first: day(first), last: day(first + Math.floor(random() * 35)) });
    byType.set(type, rows);
  }
  for (const [type, rows] of byType) {
    await inBatches(
      g,
      rows,
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.s}), (t:Entity {id: row.t})
       CREATE (s)-[:${type} {firstSeen: row.first, lastSeen: row.last, confidence: 0.8, articles: [],
                evidenceArticles: [], evidenceSentences: [], evidenceStarts: [], evidenceEnds: []}]->(t)`,
    );
  }
}
