/**
 * The viewer's data: graph/overview.ts's reads shaped into the compact drawing the app paints.
 * The overview (top entities, their ties, communities, positions) is computed once per graph
 * fingerprint and filter and then served from memory or disk; one laid out at an older
 * fingerprint is served at once as stale while the current one is made; a neighbourhood comes without positions
 * (the browser places it). Reads go through a driver of their own with short timeouts and no
 * retry loop, so a Neo4j that is down is reported within seconds, not after 30 s of retries.
 */
import { setTimeout as sleep } from 'node:timers/promises';
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
import type { Kept, OverviewCache } from './cache.js';
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
  type OverviewReply,
  type Suggestion,
} from './shared.js';

export const CYPHER_LIMITS = { timeoutMs: 10_000, limit: 500 } as const;
const CACHED_OVERVIEWS = 8;
const FIRST_LOGIN_MS = 10_000;
/** How long a page's request waits for the fingerprint check before a kept overview is served as stale. */
const CHECK_GRACE_MS = 150;

type Refresh = { checked: Promise<Kept | undefined>; done: Promise<Kept> };

export type ViewerStore = {
  /** `fresh`: wait for the overview of the graph as it is now (see overview below). */
  overview(q: OverviewQuery, fresh?: boolean): Promise<OverviewReply>;
  expand(q: ExpandQuery): Promise<Expansion>;
  search(query: string, limit: number): Promise<Suggestion[]>;
  entity(id: string): Promise<EntityDetails | undefined>;
  edge(ref: Tie): Promise<EdgeDetails | undefined>;
  cypher(query: string, params: Record<string, unknown>): Promise<CypherPayload>;
  close(): Promise<void>;
  /** Settles when the warm-up (StoreOptions.warm) is over, whether it worked or not. */
  warmed?: Promise<void>;
};

/**
 * What an overview is kept under: the database and the filter, not the fingerprint, so an
 * overview of an earlier state of the same graph is still drawn at once while the current one
 * is worked out.
 */
export const overviewScope = (g: Pick<Neo4jGraph, 'settings' | 'database'>, q: OverviewQuery) =>
  JSON.stringify([g.settings.uri, g.database ?? null, q.rels ?? null, q.from ?? null, q.to ?? null, q.top]);

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

  const scopeOf = (q: OverviewQuery) => overviewScope(g, q);
  // The newest overview per scope, most recently used last; `checked`: this process has seen
  // the graph at its fingerprint (read from disk it is only a guess until then).
  const latest = new Map<string, { q: OverviewQuery; kept: Kept; checked: boolean }>();
  const remember = (scope: string, q: OverviewQuery, kept: Kept, checked: boolean) => {
    latest.delete(scope);
    latest.set(scope, { q, kept, checked });
    if (latest.size > CACHED_OVERVIEWS) latest.delete(latest.keys().next().value ?? '');
  };
  /** The newest overview of this scope in memory or on disk, whatever fingerprint it was laid out at. */
  const known = (scope: string, q: OverviewQuery) => {
    const held = latest.get(scope);
    if (held) return held;
    const kept = options.cache?.get(scope);
    if (kept) remember(scope, q, kept, false);
    return latest.get(scope);
  };

  // The fingerprint the last check saw: the watch compares the graph's with it.
  let seen: string | undefined;
  // One refresh per scope at a time: a page (or the watch) that asks meanwhile joins it.
  const refreshing = new Map<string, Refresh>();
  /**
   * The overview of the graph as it is now. `checked` settles once the fingerprint is read (one
   * statement), with the kept overview when it still matches; `done` once the overview is current,
   * laid out again if the graph changed.
   */
  function refresh(q: OverviewQuery, scope: string): Refresh {
    const running = refreshing.get(scope);
    if (running) return running;
    const state = graphState(g);
    const checked = state.then((graph) => {
      seen = graph.fingerprint;
      const kept = known(scope, q)?.kept;
      if (kept?.fingerprint !== graph.fingerprint) return undefined;
      remember(scope, q, kept, true);
      return kept;
    });
    const done = checked.then(async (matched) => {
      if (matched) return matched;
      const graph = await state;
      const kept = { fingerprint: graph.fingerprint, overview: await build(q, graph) };
      remember(scope, q, kept, true);
      options.cache?.set(scope, kept);
      return kept;
    });
    const r = { checked, done };
    refreshing.set(scope, r);
    // Whoever asked handles a failure; these only keep it from counting as unhandled.
    checked.catch(() => undefined);
    done.finally(() => refreshing.delete(scope)).catch(() => undefined);
    return r;
  }

  /**
   * The overview for a page. With one kept for this scope it is served at once, as stale, when the
   * graph has changed since (an ingest: it is laid out again behind it, and the page asks again),
   * and when it comes from disk and the fingerprint check takes longer than CHECK_GRACE_MS (a
   * just-started Neo4j takes seconds for any statement; a running one answers in milliseconds).
   * Nothing kept, or `fresh`: the current one, laid out if need be.
   */
  async function overview(q: OverviewQuery, fresh: boolean): Promise<OverviewReply> {
    const scope = scopeOf(q);
    const held = fresh ? undefined : known(scope, q);
    const r = refresh(q, scope);
    if (!held) return { ...(await r.done).overview, stale: false };
    // Neo4j down: the kept overview, stale; the page's `fresh` request then says why.
    const check = r.checked.catch(() => undefined);
    const verdict = await (held.checked
      ? check
      : Promise.race([check, sleep(CHECK_GRACE_MS, undefined, { ref: false })]));
    return verdict ? { ...verdict.overview, stale: false } : { ...held.kept.overview, stale: true };
  }

  // `kg view` gives its URL once a first view is ready: with an overview kept for the default
  // view that is at once (served stale, refreshed behind it); with nothing kept, once the default
  // overview is laid out and the expand and panel reads of its top entity have compiled their
  // plans, so neither the first page nor its first click waits on a cold Neo4j. A failed warm-up
  // is reported when the page asks, with the reason; nothing to do here.
  const warmed = options.warm
    ? (() => {
        const q = OverviewQuery.parse({});
        const scope = scopeOf(q);
        const kept = known(scope, q);
        const ready = refresh(q, scope)
          .done.then(async (first) => {
            const top = first.overview.ids[0];
            if (top)
              await Promise.all([neighbourhood(g, top, {}, DEFAULT_EXPAND), readEntityPage(g, top, ENTITY_PAGE)]);
          })
          .catch(() => undefined);
        return kept ? Promise.resolve() : ready;
      })()
    : Promise.resolve();

  // One look at a time; a failed look (Neo4j down) only waits for the next tick. After a change
  // (kg ingest, kg remove) the default overview is laid out again first, then every other one
  // pages asked for recently, so none of them waits on the next page.
  let looking = false;
  const watch = options.watchMs
    ? setInterval(() => {
        if (looking) return;
        looking = true;
        void warmed
          .then(async () => {
            if ((await graphFingerprint(g)) === seen) return;
            const first = OverviewQuery.parse({});
            const asked = [...latest.values()].map((l) => l.q).reverse();
            const queries = new Map([first, ...asked].map((q) => [scopeOf(q), q]));
            for (const [scope, q] of queries) await refresh(q, scope).done;
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
    overview: (q, fresh = false) => guarded(() => overview(q, fresh)),
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
