/**
 * The viewer's data: graph/overview.ts's reads shaped into the compact drawing the app paints.
 * The overview (top entities, their ties, communities, positions) is computed once per graph
 * fingerprint and filter and then served from memory; a neighbourhood comes without positions
 * (the browser places it). Reads go through a driver of their own with short timeouts and no
 * retry loop, so a Neo4j that is down is reported within seconds, not after 30 s of retries.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { explainConnectionError, FAIL_FAST, type Graph as Neo4jGraph, openGraph } from '../graph/driver.js';
import type { GraphFilter } from '../graph/graphology.js';
import { seededRandom } from '../graph/graphology.js';
import { RELATION_TYPES } from '../graph/model.js';
import {
  filterTotals,
  type GraphState,
  graphFingerprint,
  graphState,
  neighbourhood,
  type RankedEntity,
  searchEntities,
  type Tie,
  tiesAmong,
  tiesByElementId,
  topEntities,
} from '../graph/overview.js';
import { readEntityPage, readRelation } from '../graph/read.js';
import { type JsonValue, runCypher } from '../queries/run.js';
import type { OverviewCache } from './cache.js';
import { computeLayout } from './layout.js';
import {
  bilingualLabel,
  type CypherPayload,
  DEFAULT_EXPAND,
  type Drawing,
  type EdgeDetails,
  ENTITY_PAGE,
  EntityDetails,
  type ExpandQuery,
  type Expansion,
  edgeKey,
  type Mark,
  type Overview,
  OverviewQuery,
  type Suggestion,
} from './shared.js';

export const CYPHER_LIMITS = { timeoutMs: 10_000, limit: 500 } as const;
const CACHED_OVERVIEWS = 8;
const FIRST_LOGIN_MS = 10_000;

export type ViewerStore = {
  overview(q: OverviewQuery): Promise<Overview>;
  expand(q: ExpandQuery): Promise<Expansion>;
  search(query: string, limit: number): Promise<Suggestion[]>;
  entity(id: string): Promise<EntityDetails | undefined>;
  edge(ref: Tie): Promise<EdgeDetails | undefined>;
  cypher(query: string, params: Record<string, unknown>): Promise<CypherPayload>;
  close(): Promise<void>;
  /** Settles when the warm-up (StoreOptions.warm) is over, whether it worked or not. */
  warmed?: Promise<void>;
};

const filterOf = (q: { rels?: string[] | undefined; from?: string | undefined; to?: string | undefined }) =>
  ({ relationTypes: q.rels, from: q.from, to: q.to }) as GraphFilter;

export type StoreOptions = {
  /** Compute the default overview right away (and compile the expand and panel reads), so the first page load finds it ready. */
  warm?: boolean;
  /** Where overviews are kept between runs (see cache.ts); none by default. */
  cache?: OverviewCache;
  /**
   * Every so many ms, read the graph's fingerprint and, when the graph has changed (an ingest
   * while the viewer runs), lay out the default overview again before a page asks for it.
   */
  watchMs?: number;
};

export function createViewerStore(main: Neo4jGraph, options: StoreOptions = {}): ViewerStore {
  // A server that refuses or does not answer fails within 1 s (FAIL_FAST's connect timeout), but
  // a just-started Neo4j on a busy machine can take seconds to accept the first login: that is
  // slow, not down, so the wait for a connection is longer than FAIL_FAST's 1.5 s.
  const g = openGraph(main.settings, { ...FAIL_FAST, connectionAcquisitionTimeout: FIRST_LOGIN_MS });
  // Promises, so a page that asks while the same overview is being computed waits for it.
  const memory = new Map<string, Promise<Overview>>();
  // Every failure to reach Neo4j becomes the one-line "not reachable" error (503); with
  // FAIL_FAST that failure comes at once (refused) or after 1 s (no answer), never retried.
  const guarded = <T>(work: () => Promise<T>): Promise<T> =>
    work().catch((error: unknown) => {
      throw explainConnectionError(error, g.settings);
    });

  async function build(q: OverviewQuery, graph: GraphState): Promise<Overview> {
    const filter = filterOf(q);
    // The counts are needed last: Neo4j counts while the top entities' ties are read and laid out.
    const totals = filterTotals(g, filter, graph.onlyKnownTypes);
    // Awaited below; should the top fail first, its own failure must not go unhandled.
    totals.catch(() => undefined);
    const top = await topEntities(g, filter, q.top, graph.onlyKnownTypes);
    const ties = await tiesAmong(
      g,
      top.map((e) => e.id),
      filter,
    );
    const drawing = laidOut(top, ties);
    return { ...drawing, ...(await totals), dates: graph.dates };
  }

  // The fingerprint the last overview was keyed by: the watch compares the graph's with it.
  let seen: string | undefined;
  async function overview(q: OverviewQuery): Promise<Overview> {
    const graph = await graphState(g);
    const print = graph.fingerprint;
    seen = print;
    const key = JSON.stringify([
      g.settings.uri,
      g.database ?? null,
      print,
      q.rels ?? null,
      q.from ?? null,
      q.to ?? null,
      q.top,
    ]);
    const known = memory.get(key);
    if (known) return known;
    const made = (async () => {
      const kept = options.cache?.get(key);
      if (kept) return kept;
      const built = await build(q, graph);
      options.cache?.set(key, built);
      return built;
    })();
    if (memory.size >= CACHED_OVERVIEWS) memory.delete(memory.keys().next().value ?? '');
    memory.set(key, made);
    made.catch(() => memory.delete(key));
    return made;
  }

  // The expand and panel reads of the top entity compile their plans before a click needs them.
  // A failed warm-up is reported when the page asks, with the reason; nothing to do here.
  const warmed = options.warm
    ? overview(OverviewQuery.parse({}))
        .then(async (first) => {
          const top = first.ids[0];
          if (top) await Promise.all([neighbourhood(g, top, {}, DEFAULT_EXPAND), readEntityPage(g, top, ENTITY_PAGE)]);
        })
        .catch(() => undefined)
    : Promise.resolve();

  // One look at a time; a failed look (Neo4j down) only waits for the next tick.
  let looking = false;
  const watch = options.watchMs
    ? setInterval(() => {
        if (looking) return;
        looking = true;
        void warmed
          .then(async () => {
            if ((await graphFingerprint(g)) !== seen) await overview(OverviewQuery.parse({}));
          })
          .catch(() => undefined)
          .finally(() => {
            looking = false;
          });
      }, options.watchMs)
    : undefined;
  watch?.unref();

  return {
    warmed,
    overview: (q) => guarded(() => overview(q)),
    expand: (q) =>
      guarded(async () => {
        const found = await neighbourhood(g, q.id, filterOf(q), q.limit);
        if (!found) return { ...drawing([], [], []), center: q.id, total: 0 };
        const nodes = [found.center, ...found.neighbours];
        return {
          ...drawing(
            nodes,
            found.ties,
            nodes.map(() => 0),
          ),
          center: q.id,
          total: found.total,
        };
      }),
    search: (query, limit) => guarded(() => searchEntities(g, query, limit)),
    entity: (id) =>
      guarded(async () => {
        const page = await readEntityPage(g, id, ENTITY_PAGE);
        return page && EntityDetails.parse(page);
      }),
    edge: (ref) =>
      guarded(async () => {
        const r = await readRelation(g, ref);
        if (!r) return undefined;
        const end = (e: typeof r.source) => ({ id: e.id, name: e.name, type: e.type });
        return {
          ...r,
          source: end(r.source),
          target: end(r.target),
          evidence: r.evidence.map((e) => ({
            articleId: e.articleId,
            title: e.title,
            source: e.source,
            date: e.date,
            sentence: e.sentence,
            marks: markEntities(e.sentence, [r.source, r.target]),
          })),
        };
      }),
    cypher: (query, params) =>
      guarded(async () => {
        const result = await runCypher(g, query, params, CYPHER_LIMITS);
        const found = highlights(result.rows);
        const ties = await tiesByElementId(g, found.edges);
        return {
          columns: result.columns,
          rows: result.rows,
          truncated: result.truncated,
          highlight: {
            nodes: found.nodes,
            edges: [...ties.values()].map((t) => edgeKey(t.source, t.type, t.target)),
          },
        };
      }),
    close: () => {
      clearInterval(watch);
      return g.driver.close();
    },
  };
}

/** Entities and ties as columns; communities by size, largest first. */
function drawing(nodes: RankedEntity[], ties: Tie[], communities: number[]): Drawing {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const edges: number[] = [];
  for (const t of ties) {
    const s = index.get(t.source);
    const e = index.get(t.target);
    if (s !== undefined && e !== undefined) edges.push(s, e, RELATION_TYPES.indexOf(t.type));
  }
  return {
    ids: nodes.map((n) => n.id),
    labels: nodes.map((n) => bilingual(n)),
    types: nodes.map((n) => n.type),
    degrees: nodes.map((n) => n.degree),
    communities,
    edges,
  };
}

const bilingual = (n: RankedEntity) => bilingualLabel(n.name, n.aliases);

/** The overview's drawing with Louvain communities and ForceAtlas2 positions (seeded). */
function laidOut(nodes: RankedEntity[], ties: Tie[]): Drawing {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of nodes) graph.addNode(n.id);
  for (const t of ties) if (t.source !== t.target) graph.mergeEdge(t.source, t.target);
  const raw = graph.size ? louvain(graph, { rng: seededRandom(42), getEdgeWeight: null }) : {};
  // Renumber communities by size so the biggest get the first, most distinct colours.
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  const communities = nodes.map((n) => rank.get(raw[n.id] ?? -1) ?? 0);
  const positions = computeLayout(graph, new Map(nodes.map((n, i) => [n.id, communities[i] ?? 0])));
  const base = drawing(nodes, ties, communities);
  return {
    ...base,
    xs: nodes.map((n) => round(positions.get(n.id)?.x ?? 0)),
    ys: nodes.map((n) => round(positions.get(n.id)?.y ?? 0)),
  };
}
const round = (v: number) => Math.round(v * 100) / 100;

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

/** Entity ids and relationship element ids in Cypher results, wherever they sit. */
export function highlights(rows: Record<string, JsonValue>[]): { nodes: string[]; edges: string[] } {
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
