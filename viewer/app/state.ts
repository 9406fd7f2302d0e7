/**
 * What the URL holds, so a view can be shared and a reload restores it: how many top entities
 * to draw, the expanded neighbourhoods, the selection (an entity or an edge), hidden entity
 * types, shown relation types, the date range and the colouring.
 */
import { DEFAULT_TOP, MAX_TOP } from '../limits.js';

export type ColorBy = 'community' | 'type';

export type ViewState = {
  top: number;
  /** Expanded neighbourhoods in the order they were opened: `id`, or `id@TYPE` for one type. */
  exp: string[];
  node: string | undefined;
  /** The selected edge's key (source|TYPE|target). */
  edge: string | undefined;
  /** Entity types switched off in the legend. */
  hide: Set<string>;
  /** Relation types shown; undefined means all of them. */
  rels: string[] | undefined;
  from: string | undefined;
  to: string | undefined;
  color: ColorBy;
};

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const top = Number.parseInt(q.get('top') ?? '', 10);
  return {
    top: Number.isInteger(top) && top > 0 ? Math.min(top, MAX_TOP) : DEFAULT_TOP,
    exp: list(q.get('exp')),
    node: q.get('node') || undefined,
    edge: q.get('edge') || undefined,
    hide: new Set(list(q.get('hide'))),
    rels: q.has('rels') ? list(q.get('rels')) : undefined,
    from: day(q.get('from')),
    to: day(q.get('to')),
    color: q.get('color') === 'type' ? 'type' : 'community',
  };
}

export function writeState(state: ViewState): void {
  const q = new URLSearchParams();
  if (state.top !== DEFAULT_TOP) q.set('top', String(state.top));
  if (state.exp.length) q.set('exp', state.exp.join(','));
  if (state.node) q.set('node', state.node);
  if (state.edge) q.set('edge', state.edge);
  if (state.hide.size) q.set('hide', [...state.hide].sort().join(','));
  if (state.rels) q.set('rels', state.rels.join(','));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  if (state.color !== 'community') q.set('color', state.color);
  const search = q.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

/** The filters as API query parameters. */
export function filterQuery(state: ViewState): URLSearchParams {
  const query = new URLSearchParams();
  if (state.rels) query.set('rels', state.rels.join(','));
  if (state.from) query.set('from', state.from);
  if (state.to) query.set('to', state.to);
  return query;
}

export function overviewPath(state: ViewState): string {
  const query = filterQuery(state);
  query.set('top', String(state.top));
  return `/api/overview?${query}`;
}
