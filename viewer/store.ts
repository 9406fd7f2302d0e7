/**
 * The viewer's data, read from Neo4j through the graph store: the drawable graph (filtered,
 * laid out, measured), search suggestions, entity details, edge evidence and ad-hoc Cypher.
 * The server talks to the `ViewerStore` interface so the benchmark can serve a generated graph.
 */
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Graph } from '../graph/driver.js';
import { readTx } from '../graph/driver.js';
import { annotateMetrics, type GraphFilter, type KnowledgeGraph, loadGraphology } from '../graph/graphology.js';
import { RelationType } from '../graph/model.js';
import { type EntityRecord, readEntity, readRelation } from '../graph/read.js';
import { luceneEscape } from '../graph/resolve.js';
import { type JsonValue, runCypher } from '../queries/run.js';
import { computeLayout, type Positions } from './layout.js';
import {
  type CypherPayload,
  type EdgeDetails,
  ENTITY_COLORS,
  FALLBACK_COLOR,
  type GraphPayload,
  type Mark,
  RELATION_COLORS,
  type Suggestion,
} from './shared.js';

export interface ViewerStore {
  graph(filter: GraphFilter): Promise<GraphPayload>;
  search(query: string, limit: number): Promise<Suggestion[]>;
  entity(id: string): Promise<EntityRecord | undefined>;
  edge(ref: EdgeRef): Promise<EdgeDetails | undefined>;
  cypher(query: string, params: Record<string, unknown>): Promise<CypherPayload>;
}

/** An edge by its key (as in the graph payload) or by its ends and type. */
export type EdgeRef = { key?: string; source?: string; target?: string; type?: RelationType };

export const CYPHER_LIMITS = { timeoutMs: 10_000, limit: 500 } as const;

export function createNeo4jStore(g: Graph): ViewerStore {
  // The layout of the whole graph, kept while the graph is unchanged: filtered views reuse it,
  // so nodes stay where the user last saw them when a filter changes.
  let layout: { fingerprint: string; positions: Positions } | undefined;

  async function positionsFor(): Promise<{ positions: Positions; full: KnowledgeGraph | undefined }> {
    const print = await fingerprint(g);
    if (layout?.fingerprint === print) return { positions: layout.positions, full: undefined };
    const full = await loadGraphology(g);
    layout = { fingerprint: print, positions: computeLayout(full) };
    return { positions: layout.positions, full };
  }

  return {
    async graph(filter) {
      const { positions, full } = await positionsFor();
      const unfiltered = !filter.relationTypes && !filter.from && !filter.to;
      const graph = unfiltered && full ? full : await loadGraphology(g, filter);
      return toPayload(annotateMetrics(graph), positions, Boolean(filter.from || filter.to));
    },
    search: (query, limit) => search(g, query, limit),
    entity: (id) => readEntity(g, id),
    edge: (ref) => edgeDetails(g, ref),
    async cypher(query, params) {
      const result = await runCypher(g, query, params, CYPHER_LIMITS);
      return {
        columns: result.columns,
        rows: result.rows,
        truncated: result.truncated,
        highlight: highlights(result.rows),
      };
    },
  };
}

/** Changes whenever an article is added, replaced or removed. */
async function fingerprint(g: Graph): Promise<string> {
  return readTx(g, async (tx) => {
    const result = await tx.run(
      `MATCH (a:Article) WITH count(a) AS articles, max(a.ingestedAt) AS last
       RETURN articles, last, COUNT { (:Entity) } AS entities, COUNT { (:Entity)-->(:Entity) } AS relations`,
    );
    const r = result.records[0];
    return r ? ['articles', 'last', 'entities', 'relations'].map((k) => String(r.get(k))).join('|') : '';
  });
}

export function toPayload(graph: KnowledgeGraph, positions: Positions, dropIsolated: boolean): GraphPayload {
  const payload: GraphPayload = {
    nodes: [],
    edges: [],
    entityTypes: [],
    relationTypes: [],
    dates: { min: null, max: null },
  };
  const entityTypes = new Set<string>();
  const relationTypes = new Set<string>();
  graph.forEachNode((key, a) => {
    // With a date range, entities without a relation in it are noise: leave them out.
    if (dropIsolated && graph.degree(key) === 0) return;
    const at = positions.get(key) ?? { x: 0, y: 0 };
    entityTypes.add(a.type);
    payload.nodes.push({
      key,
      label: a.label,
      entityType: a.type,
      aliases: a.aliases,
      articles: a.articles,
      x: at.x,
      y: at.y,
      color: ENTITY_COLORS[a.type] ?? FALLBACK_COLOR,
      degree: a.degree ?? 0,
      pagerank: a.pagerank ?? 0,
      community: a.community ?? 0,
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    relationTypes.add(a.type);
    if (a.firstSeen && (!payload.dates.min || a.firstSeen < payload.dates.min)) payload.dates.min = a.firstSeen;
    if (a.lastSeen && (!payload.dates.max || a.lastSeen > payload.dates.max)) payload.dates.max = a.lastSeen;
    payload.edges.push({
      key,
      source,
      target,
      relation: a.type,
      color: RELATION_COLORS[a.type] ?? FALLBACK_COLOR,
      articles: a.articles,
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
    });
  });
  payload.entityTypes = [...entityTypes].sort();
  payload.relationTypes = [...relationTypes].sort();
  return payload;
}

/**
 * Suggestions over names and aliases in both languages: the `entity_search` full-text index
 * (cjk analyzer: Korean bigrams, English words, with a prefix wildcard for half-typed words),
 * plus a substring scan so a single Hangul syllable or a fragment inside a name still matches.
 */
async function search(g: Graph, query: string, limit: number): Promise<Suggestion[]> {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const lucene = terms.map((t) => `(${luceneEscape(t)} OR ${luceneEscape(t)}*)`).join(' AND ');
  const rows = await readTx(g, async (tx) => {
    const result = await tx.run(
      `CALL () {
         CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
         RETURN node, score
         UNION
         MATCH (node:Entity)
         WHERE toLower(node.name) CONTAINS $text OR any(a IN node.aliases WHERE toLower(a) CONTAINS $text)
         RETURN node, 0.0 AS score LIMIT $limit
       }
       RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases, max(score) AS score`,
      // LIMIT wants an integer, and JavaScript numbers travel as floats.
      { lucene, text: terms.join(' '), limit: neo4j.int(limit) },
    );
    return result.records.map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      type: r.get('type') as string,
      aliases: (r.get('aliases') as string[] | null) ?? [],
      score: r.get('score') as number,
    }));
  });
  const text = terms.join(' ');
  const rank = (form: string) => {
    const f = form.toLowerCase();
    return f === text ? 0 : f.startsWith(text) ? 1 : f.includes(text) ? 2 : 3;
  };
  return rows
    .map((row) => {
      // Show the form the user was typing (e.g. 딥시크 for "딥"), not only the display name.
      const matched = [row.name, ...row.aliases].sort((a, b) => rank(a) - rank(b))[0] ?? row.name;
      return { id: row.id, name: row.name, type: row.type, matched, rank: rank(matched), score: row.score };
    })
    .sort((a, b) => a.rank - b.rank || b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ id, name, type, matched }) => ({ id, name, type, matched }));
}

async function edgeDetails(g: Graph, ref: EdgeRef): Promise<EdgeDetails | undefined> {
  const r = await readRelation(g, ref);
  if (!r) return undefined;
  const end = (x: { id: string; name: string; type: string }) => ({ id: x.id, name: x.name, type: x.type });
  return {
    type: r.type,
    source: end(r.source),
    target: end(r.target),
    confidence: r.confidence,
    amount: r.amount,
    currency: r.currency,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    evidence: r.evidence.map((e) => ({
      articleId: e.articleId,
      title: e.title,
      source: e.source,
      date: e.date,
      sentence: e.sentence,
      marks: markEntities(e.sentence, [r.source, r.target]),
    })),
  };
}

/**
 * Where the sentence names the edge's entities, by any of their surface forms (longest first,
 * case-insensitive, no overlaps): the app highlights these spans.
 */
export function markEntities(
  sentence: string,
  entities: { id: string; name: string; aliases: string[] | null }[],
): Mark[] {
  const forms = entities
    .flatMap((e) => [e.name, ...(e.aliases ?? [])].map((form) => ({ form, entity: e.id })))
    .filter((f) => f.form.length > 0)
    .sort((a, b) => b.form.length - a.form.length);
  const lower = sentence.toLowerCase();
  const marks: Mark[] = [];
  for (const { form, entity } of forms) {
    const needle = form.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (marks.some((m) => at < m.end && end > m.start)) continue;
      marks.push({ start: at, end, entity });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

/** Entity ids and relation keys in Cypher results, wherever they sit (lists, maps, paths). */
export function highlights(rows: Record<string, JsonValue>[]): CypherPayload['highlight'] {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const visit = (value: JsonValue): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value.kind === 'node' && 'labels' in value) {
      const id = (value.properties as Record<string, JsonValue>).id;
      if (typeof id === 'string') nodes.add(id);
      return;
    }
    if (value.kind === 'relationship' && typeof value.elementId === 'string') {
      edges.add(value.elementId);
      return;
    }
    if (value.kind === 'path' && Array.isArray(value.nodes) && Array.isArray(value.relationships)) {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
      return;
    }
    Object.values(value).forEach(visit);
  };
  for (const row of rows) Object.values(row).forEach(visit);
  return { nodes: [...nodes], edges: [...edges] };
}

/** Query-string inputs of the graph endpoint: comma lists and ISO days, checked by zod. */
const day = z.preprocess((v) => (v === '' ? undefined : v), z.iso.date('dates look like 2025-01-31').optional());
export const GraphQuery = z
  .object({
    rels: z
      .string()
      .optional()
      // Absent: every relation type; present but empty: none (the user switched them all off).
      .transform((v) => (v === undefined ? undefined : v.split(',').filter(Boolean)))
      .pipe(z.array(RelationType).optional()),
    from: day,
    to: day,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '`from` must not be after `to`' })
  .transform((q): GraphFilter => ({ relationTypes: q.rels, from: q.from, to: q.to }));

export const SearchQuery = z.object({
  q: z.string().max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const EdgeQuery = z
  .object({
    key: z.string().min(1).max(200).optional(),
    source: z.string().min(1).max(300).optional(),
    target: z.string().min(1).max(300).optional(),
    type: RelationType.optional(),
  })
  .refine((q) => q.key || (q.source && q.target && q.type), {
    message: 'name the edge by `key`, or by `source`, `target` and `type`',
  });

export const CypherBody = z.object({
  query: z.string().min(1, 'the query is empty').max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});
