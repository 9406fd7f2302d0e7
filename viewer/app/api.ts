/** Typed calls to the viewer's JSON API; a failed call throws with the server's own message. */
import type { EntityRecord } from '../../graph/read.js';
import type { CypherPayload, EdgeDetails, GraphPayload, Suggestion } from '../shared.js';
import type { ViewState } from './state.js';

export class ApiError extends Error {}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body: unknown = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
  if (!response.ok) {
    const message = (body as { error?: unknown }).error;
    throw new ApiError(typeof message === 'string' ? message : `${response.status} ${response.statusText}`);
  }
  return body as T;
}

export function fetchGraph(state: ViewState): Promise<GraphPayload> {
  const query = new URLSearchParams();
  if (state.rels) query.set('rels', state.rels.join(','));
  if (state.from) query.set('from', state.from);
  if (state.to) query.set('to', state.to);
  return call(`/api/graph?${query}`);
}

export const fetchSuggestions = (q: string) =>
  call<Suggestion[]>(`/api/search?${new URLSearchParams({ q, limit: '10' })}`);
export const fetchEntity = (id: string) => call<EntityRecord>(`/api/entity?${new URLSearchParams({ id })}`);

export function fetchEdge(
  ref: { key: string } | { source: string; target: string; type: string },
): Promise<EdgeDetails> {
  return call(`/api/edge?${new URLSearchParams(ref)}`);
}

export function runQuery(query: string): Promise<CypherPayload> {
  return call('/api/cypher', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}
