/**
 * The viewer app: loads the graph for the filters in the URL, wires the legend (type filters),
 * relation and date filters, search, the side panel and the Cypher box, and keeps the URL in
 * step so a view can be shared and reloaded.
 */
import type { RelationRecord } from '../../graph/read.js';
import { ENTITY_COLORS, FALLBACK_COLOR, type GraphPayload, RELATION_COLORS } from '../shared.js';
import { fetchEdge, fetchEntity, fetchGraph } from './api.js';
import { setupCypher } from './cypher.js';
import { byId, chip, h } from './dom.js';
import { hidePanel, type PanelHandlers, showEdge, showEntity, showMessage } from './panel.js';
import { setupSearch } from './search.js';
import { readState, type SizeBy, writeState } from './state.js';
import { GraphView } from './view.js';

/** A small handle for tests and the benchmark (the sigma instance, readiness, paint time). */
type Hook = { view: GraphView; ready: boolean; firstPaint: number | undefined; loads: number };
declare global {
  interface Window {
    __kg: Hook;
  }
}

const state = readState(location.search);
let payload: GraphPayload | undefined;
const status = byId('status');

const handlers: PanelHandlers = {
  entity: (id) => select(id, true),
  relation: (entityId, r) => showRelation(entityId, r),
  close: () => clearSelection(),
};

const view = new GraphView(byId('graph'), {
  node: (id) => select(id, false),
  edge: (key) => showEdgeByKey(key),
  stage: () => clearSelection(),
});
for (const type of state.hide) view.hiddenTypes.add(type);
const hook: Hook = { view, ready: false, firstPaint: undefined, loads: 0 };
window.__kg = hook;

async function select(id: string, zoom: boolean): Promise<void> {
  state.node = id;
  writeState(state);
  view.setSelectedEdge(undefined);
  view.setFocus(id);
  if (zoom) view.zoomTo(id);
  try {
    const entity = await fetchEntity(id);
    if (state.node === id) showEntity(entity, handlers);
  } catch (error) {
    showMessage(error instanceof Error ? error.message : String(error));
  }
}

function clearSelection(): void {
  state.node = undefined;
  writeState(state);
  view.setFocus(undefined);
  view.setSelectedEdge(undefined);
  hidePanel();
}

async function showEdgeByKey(key: string): Promise<void> {
  view.setSelectedEdge(key);
  try {
    showEdge(await fetchEdge({ key }), handlers);
  } catch (error) {
    showMessage(error instanceof Error ? error.message : String(error));
  }
}

async function showRelation(entityId: string, r: RelationRecord): Promise<void> {
  const [source, target] = r.direction === 'out' ? [entityId, r.other.id] : [r.other.id, entityId];
  const key = view.graph.findEdge(source, target, (_k, a) => a.relation === r.type);
  view.setSelectedEdge(key);
  try {
    showEdge(await fetchEdge({ source, target, type: r.type }), handlers);
  } catch (error) {
    showMessage(error instanceof Error ? error.message : String(error));
  }
}

/** The legend: one toggle per entity type, coloured as in the graph, with counts. */
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
          chip(ENTITY_COLORS[type] ?? FALLBACK_COLOR),
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

function renderStatus(): void {
  let nodes = 0;
  view.graph.forEachNode((_n, a) => {
    if (!state.hide.has(a.entityType)) nodes++;
  });
  status.textContent = `${nodes} entities · ${view.graph.size} relations`;
}

async function reload(): Promise<void> {
  writeState(state);
  status.textContent = 'loading…';
  try {
    payload = await fetchGraph(state);
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  const painted = new Promise<void>((resolve) => view.sigma.once('afterRender', () => resolve()));
  view.load(payload, state.size);
  renderLegend();
  renderRelationFilters();
  renderStatus();
  for (const id of ['from', 'to'] as const) {
    const input = byId<HTMLInputElement>(id);
    input.min = payload.dates.min ?? '';
    input.max = payload.dates.max ?? '';
    input.value = state[id] ?? '';
  }
  // The entity named in the URL opens once, on the first load; later loads keep the panel.
  if (hook.loads === 0 && state.node && view.graph.hasNode(state.node)) void select(state.node, true);
  else view.setFocus(state.node);
  await painted;
  hook.loads++;
  if (hook.firstPaint === undefined) hook.firstPaint = performance.now();
  hook.ready = true;
}

function setupControls(): void {
  const size = byId<HTMLSelectElement>('size-by');
  size.value = state.size;
  size.addEventListener('change', () => {
    state.size = size.value as SizeBy;
    view.resize(state.size);
    writeState(state);
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
  setupSearch((id) => select(id, true));
  setupCypher((highlight) => view.setCypherHighlight(highlight));
}

setupControls();
void reload();
