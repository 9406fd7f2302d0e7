/**
 * The viewer app: the overview of the most important entities for the filters in the URL,
 * neighbourhoods expanded and collapsed on demand, the legend, relation and date filters, the
 * top-N control, search, the side panel and the Cypher box; the URL keeps all of it in step so
 * a view can be shared and reloaded. A failed load says why, in one line, and offers a retry.
 */
import {
  ENTITY_COLORS,
  type EntityRelation,
  edgeKey,
  FALLBACK_COLOR,
  type OverviewReply,
  RELATION_COLORS,
} from '../shared.js';
import { fetchEdge, fetchEntity, fetchExpansion, fetchFreshOverview, fetchOverview } from './api.js';
import { setupCypher } from './cypher.js';
import { byId, chip, h } from './dom.js';
import type { Box, Disc } from './labels.js';
import { hidePanel, type PanelHandlers, showEdge, showEntity, showMessage } from './panel.js';
import { setupSearch } from './search.js';
import { type ColorBy, readState, writeState } from './state.js';
import { GraphView } from './view.js';

/** A small handle for tests and the benchmark. */
type Hook = {
  view: GraphView;
  ready: boolean;
  firstPaint: number | undefined;
  loads: number;
  /** Expands (or collapses) one neighbourhood; resolves once it is drawn, with the new node count. */
  toggle(key: string): Promise<number>;
  labelBoxes(): Box[];
  /** The drawn nodes' discs the last frame's labels were kept clear of. */
  labelDiscs(): Disc[];
  /** How the last expansion's time split: the API call, then adding and first paint. */
  lastExpand: { fetchMs: number; drawMs: number } | undefined;
  /** Whether the overview drawn is stale (the fresh one still to come). */
  stale: boolean;
  /** Fresh overviews taken in over a stale one: when (ms from navigation) and the nodes they added. */
  refreshes: { at: number; added: string[] }[];
};
declare global {
  interface Window {
    __kg: Hook;
  }
}

performance.mark('kg:app-start');
const state = readState(location.search);
// Asked for before anything else is set up, so the server works while sigma starts WebGL.
let pending: Promise<OverviewReply> | undefined = fetchOverview(state);
let overview: OverviewReply | undefined;
/** Counts loads, so a fresh overview that arrives after the filters changed is dropped. */
let generation = 0;
/** The stale overview drawn could not be brought up to date (Neo4j down): the status says so. */
let behind = false;
const expansionTotals = new Map<string, number>();
const status = byId('status');

const handlers: PanelHandlers = {
  entity: (id) => select(id, true),
  relation: (entityId, r) => showRelation(entityId, r),
  expanded: (key) => state.exp.includes(key),
  toggle: (key) => void toggle(key),
  close: () => clearSelection(),
};

const view = new GraphView(byId('graph'), {
  node: (id) => select(id, false),
  edge: (key) => selectEdge(key),
  stage: () => clearSelection(),
});
performance.mark('kg:sigma-ready');
for (const type of state.hide) view.hiddenTypes.add(type);
const painted = () => new Promise<void>((resolve) => view.sigma.once('afterRender', () => resolve()));
const hook: Hook = {
  view,
  ready: false,
  firstPaint: undefined,
  loads: 0,
  toggle: (key) => toggle(key),
  labelBoxes: () => view.labels.boxes,
  labelDiscs: () => view.labels.discs,
  lastExpand: undefined,
  stale: false,
  refreshes: [],
};
window.__kg = hook;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function select(id: string, zoom: boolean): Promise<void> {
  state.node = id;
  state.edge = undefined;
  writeState(state);
  view.setSelectedEdge(undefined);
  view.setFocus(id);
  if (zoom) view.zoomTo(id);
  try {
    const entity = await fetchEntity(id);
    if (state.node === id) showEntity(entity, handlers);
  } catch (error) {
    showMessage(message(error));
  }
}

function clearSelection(): void {
  state.node = undefined;
  state.edge = undefined;
  writeState(state);
  view.setFocus(undefined);
  view.setSelectedEdge(undefined);
  hidePanel();
}

async function selectEdge(key: string): Promise<void> {
  state.edge = key;
  state.node = undefined;
  writeState(state);
  view.setFocus(undefined);
  view.setSelectedEdge(key);
  try {
    const edge = await fetchEdge(key);
    if (state.edge === key) showEdge(edge, handlers);
  } catch (error) {
    showMessage(message(error));
  }
}

function showRelation(entityId: string, r: EntityRelation): Promise<void> {
  const [source, target] = r.direction === 'out' ? [entityId, r.other.id] : [r.other.id, entityId];
  return selectEdge(edgeKey(source, r.type, target));
}

/** Adds one neighbourhood to the view; the camera follows it. */
async function expand(key: string, follow: boolean): Promise<number> {
  const started = performance.now();
  const expansion = await fetchExpansion(state, key);
  const fetched = performance.now();
  expansionTotals.set(key, expansion.total);
  const drawn = painted();
  const fresh = view.addExpansion(key, expansion);
  if (follow) view.frame(expansion.ids);
  await drawn;
  hook.lastExpand = { fetchMs: Math.round(fetched - started), drawMs: Math.round(performance.now() - fetched) };
  return fresh.length;
}

async function toggle(key: string): Promise<number> {
  let added = 0;
  if (state.exp.includes(key)) {
    state.exp = state.exp.filter((k) => k !== key);
    expansionTotals.delete(key);
    view.collapse(key);
  } else {
    try {
      added = await expand(key, true);
    } catch (error) {
      showMessage(message(error));
      return 0;
    }
    state.exp = [...state.exp, key];
  }
  writeState(state);
  renderLegend();
  renderStatus();
  // The panel's buttons say expand or collapse: redraw it for the entity it shows.
  const [id = ''] = key.split('@');
  if (state.node === id) void select(id, false);
  return added;
}

/** The legend: one toggle per entity type, coloured as in type mode, with counts. */
function renderLegend(): void {
  const counts = new Map<string, number>();
  view.graph.forEachNode((_n, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
  const types = [...new Set([...Object.keys(ENTITY_COLORS), ...counts.keys()])].filter(
    (t) => counts.has(t) || state.hide.has(t),
  );
  byId('legend').replaceChildren(
    ...types.map((type) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            'data-type': type,
            'aria-pressed': String(!state.hide.has(type)),
            onclick: () => {
              if (state.hide.has(type)) state.hide.delete(type);
              else state.hide.add(type);
              view.hiddenTypes.clear();
              for (const t of state.hide) view.hiddenTypes.add(t);
              view.sigma.refresh({ skipIndexation: true });
              writeState(state);
              renderLegend();
              renderStatus();
            },
          },
          // Coloured by community, the nodes do not wear their type's colour: a plain chip then.
          chip(state.color === 'type' ? (ENTITY_COLORS[type] ?? FALLBACK_COLOR) : '#d0d0d0'),
          type,
          h('span', { class: 'count' }, counts.get(type) ?? 0),
        ),
      ),
    ),
  );
}

function renderRelationFilters(): void {
  const all = Object.keys(RELATION_COLORS);
  const shown = new Set(state.rels ?? all);
  byId('relations').replaceChildren(
    ...all.map((type) => {
      const bar = h('span', { class: 'bar' });
      bar.style.background = RELATION_COLORS[type] ?? FALLBACK_COLOR;
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            'data-relation': type,
            'aria-pressed': String(shown.has(type)),
            onclick: () => {
              if (shown.has(type)) shown.delete(type);
              else shown.add(type);
              state.rels = shown.size === all.length ? undefined : all.filter((t) => shown.has(t));
              void reload();
            },
          },
          bar,
          type,
        ),
      );
    }),
  );
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** What is drawn against what exists, so the user knows how much the overview leaves out. */
function renderStatus(): void {
  if (!overview) return;
  let nodes = 0;
  view.graph.forEachNode((_n, a) => {
    if (!state.hide.has(a.entityType)) nodes++;
  });
  const total = Math.max(overview.total, view.graph.order);
  const hidden = total - view.graph.order;
  status.textContent =
    `${fmt(nodes)} of ${fmt(total)} entities shown · ${fmt(hidden)} hidden · ` +
    `${fmt(view.graph.size)} of ${fmt(Math.max(overview.relations, view.graph.size))} relations`;
  const opened = [...expansionTotals.values()].reduce((a, b) => a + b, 0);
  if (expansionTotals.size) status.textContent += ` · ${expansionTotals.size} expanded (${fmt(opened)} neighbours)`;
  // First, so a narrow header that cuts the line short still shows it.
  if (overview.stale) status.textContent = `${behind ? 'last known overview' : 'updating…'} · ${status.textContent}`;
  status.title = status.textContent;
  status.dataset.stale = String(overview.stale);
  status.dataset.shown = String(nodes);
  status.dataset.hidden = String(hidden);
}

function showBanner(text: string | undefined): void {
  const banner = byId('banner');
  banner.hidden = !text;
  byId('banner-text').textContent = text ?? '';
}

/** Loads the overview, then every expansion in the URL, then the selection in the URL. */
async function reload(): Promise<void> {
  const mine = ++generation;
  behind = false;
  writeState(state);
  status.textContent = 'loading…';
  try {
    overview = await (pending ?? fetchOverview(state));
  } catch (error) {
    status.textContent = '';
    showBanner(message(error));
    hook.ready = true;
    return;
  } finally {
    pending = undefined;
  }
  if (mine !== generation) return;
  showBanner(undefined);
  hook.stale = overview.stale;
  // Asked for now, so the server works on it while the stale one is drawn.
  const current = overview.stale ? fetchFreshOverview(state) : undefined;
  current?.catch(() => undefined);
  performance.mark('kg:overview-fetched');
  const drawn = painted();
  view.loadOverview(overview, state.color);
  performance.mark('kg:overview-loaded');
  expansionTotals.clear();
  await drawn;
  performance.mark('kg:overview-painted');
  if (hook.firstPaint === undefined) hook.firstPaint = performance.now();
  for (const key of state.exp) {
    try {
      await expand(key, false);
    } catch (error) {
      showMessage(message(error));
    }
  }
  // Restored neighbourhoods may lie beside the overview: show everything that is drawn.
  if (state.exp.length && !state.node && !state.edge) view.frame(view.graph.nodes(), 0);
  renderLegend();
  renderRelationFilters();
  renderStatus();
  setDateBounds(overview);
  // The selection named in the URL opens once, on the first load; later loads keep the panel.
  if (hook.loads === 0 && state.edge) void selectEdge(state.edge);
  else if (hook.loads === 0 && state.node && view.graph.hasNode(state.node)) void select(state.node, true);
  else {
    view.setFocus(state.node);
    view.setSelectedEdge(state.edge);
  }
  hook.loads++;
  hook.ready = true;
  if (current) void catchUp(mine, current);
}

/**
 * Drawn from a stale overview (an older graph, or a Neo4j too slow to confirm it at once), the
 * page asks for the current one and takes it in where it stands: no reload, no flash; new
 * entities appear next to their neighbours and settle in the worker.
 */
async function catchUp(mine: number, current: Promise<OverviewReply>): Promise<void> {
  let fresh: OverviewReply;
  try {
    fresh = await current;
  } catch (error) {
    if (mine !== generation) return;
    behind = true;
    renderStatus();
    showBanner(message(error));
    return;
  }
  if (mine !== generation) return;
  overview = fresh;
  const added = view.mergeOverview(fresh);
  hook.stale = false;
  hook.refreshes.push({ at: performance.now(), added });
  renderLegend();
  renderStatus();
  setDateBounds(fresh);
}

function setDateBounds(o: OverviewReply): void {
  for (const id of ['from', 'to'] as const) {
    const input = byId<HTMLInputElement>(id);
    input.min = o.dates.min ?? '';
    input.max = o.dates.max ?? '';
    input.value = state[id] ?? '';
  }
}

function setupControls(): void {
  const top = byId<HTMLSelectElement>('top');
  if (![...top.options].some((o) => o.value === String(state.top)))
    top.append(h('option', { value: String(state.top) }, String(state.top)));
  top.value = String(state.top);
  top.addEventListener('change', () => {
    state.top = Number.parseInt(top.value, 10);
    void reload();
  });
  const color = byId<HTMLSelectElement>('color-by');
  color.value = state.color;
  color.addEventListener('change', () => {
    state.color = color.value as ColorBy;
    view.recolor(state.color);
    writeState(state);
    renderLegend();
  });
  for (const id of ['from', 'to'] as const) {
    byId<HTMLInputElement>(id).addEventListener('change', (event) => {
      state[id] = (event.target as HTMLInputElement).value || undefined;
      void reload();
    });
  }
  byId('dates-clear').addEventListener('click', () => {
    state.from = undefined;
    state.to = undefined;
    void reload();
  });
  byId('retry').addEventListener('click', () => {
    showBanner(undefined);
    void reload();
  });
  setupSearch(async (id) => {
    // An entity outside the overview comes in with its neighbourhood.
    if (!view.graph.hasNode(id) && !state.exp.includes(id)) await toggle(id);
    void select(id, true);
  });
  setupCypher((highlight) => view.setCypherHighlight(highlight));
}

setupControls();
void reload();
