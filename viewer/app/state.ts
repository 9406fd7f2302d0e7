/**
 * What the URL holds, so a view can be shared and a reload restores it: the selected entity,
 * hidden entity types, shown relation types, date range and the size metric.
 */
export type SizeBy = 'degree' | 'pagerank';

export type ViewState = {
  node: string | undefined;
  /** Entity types switched off in the legend. */
  hide: Set<string>;
  /** Relation types shown; undefined means all of them. */
  rels: string[] | undefined;
  from: string | undefined;
  to: string | undefined;
  size: SizeBy;
};

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  return {
    node: q.get('node') || undefined,
    hide: new Set(list(q.get('hide'))),
    rels: q.has('rels') ? list(q.get('rels')) : undefined,
    from: day(q.get('from')),
    to: day(q.get('to')),
    size: q.get('size') === 'pagerank' ? 'pagerank' : 'degree',
  };
}

export function writeState(state: ViewState): void {
  const q = new URLSearchParams();
  if (state.node) q.set('node', state.node);
  if (state.hide.size) q.set('hide', [...state.hide].sort().join(','));
  if (state.rels) q.set('rels', state.rels.join(','));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  if (state.size !== 'degree') q.set('size', state.size);
  const search = q.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}
