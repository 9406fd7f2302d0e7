/** Typed calls to the viewer's JSON API; a failed call throws with the server's own message. */

import { KgError } from '../../graph/errors.js';
import type { EntityRecord } from '../../graph/read.js';
import { type CypherPayload, type EdgeDetails, ErrorBody, type GraphPayload, type Suggestion } from '../shared.js';
import type { ViewState } from './state.js';

/** The server's `{error, code, kind}` reply, as a KgError the panels can show in one line. */
function failure(response: Response, body: unknown): KgError {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return new KgError('unavailable', 'kg.Http', `${response.status} ${response.statusText}`);
  const { error, code, kind } = parsed.data;
  return new KgError(kind ?? 'unavailable', code ?? 'kg.Http', error);
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body: unknown = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
  if (!response.ok) throw failure(response, body);
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
