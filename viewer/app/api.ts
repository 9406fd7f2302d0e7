/** Typed calls to the viewer's JSON API: replies checked by the shared schemas, failures as KgError. */
import type { z } from 'zod';
import { KgError } from '../../graph/errors.js';
import {
  CypherPayload,
  EdgeDetails,
  EntityDetails,
  ErrorBody,
  Expansion,
  OverviewReply,
  parseEdgeKey,
  Suggestion,
} from '../shared.js';
import { filterQuery, overviewPath, type ViewState } from './state.js';

/** The server's `{error, code, kind}` reply, as a KgError the page can show in one line. */
function failure(response: Response, body: unknown): KgError {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return new KgError('unavailable', 'kg.Http', `${response.status} ${response.statusText}`);
  const { error, code, kind } = parsed.data;
  return new KgError(kind ?? 'unavailable', code ?? 'kg.Http', error);
}

async function call<S extends z.ZodType>(schema: S, path: string, init?: RequestInit): Promise<z.infer<S>> {
  return check(schema, fetch(path, init));
}

async function check<S extends z.ZodType>(schema: S, sent: Promise<Response>): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await sent;
  } catch {
    throw new KgError(
      'unavailable',
      'kg.Http.Down',
      'the viewer server is not answering (is `kg view` still running?)',
    );
  }
  const body: unknown = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
  if (!response.ok) throw failure(response, body);
  return schema.parse(body);
}

/** The overview, perhaps stale; the first time, the request boot.ts sent before this bundle was even parsed. */
export function fetchOverview(state: ViewState): Promise<OverviewReply> {
  const path = overviewPath(state);
  const early = window.__kgBoot;
  window.__kgBoot = undefined;
  return check(OverviewReply, early?.path === path ? early.response : fetch(path));
}

/** The overview of the graph as it is now: the server answers once it is laid out. */
export const fetchFreshOverview = (state: ViewState) => call(OverviewReply, `${overviewPath(state)}&fresh=1`);

/** One expansion `id` or `id@TYPE`: the type narrows the view's relation filter. */
export function fetchExpansion(state: ViewState, expansion: string): Promise<Expansion> {
  const [id = '', type] = expansion.split('@');
  const query = filterQuery(state);
  if (type) query.set('rels', (state.rels ?? [type]).includes(type) ? type : '');
  query.set('id', id);
  return call(Expansion, `/api/expand?${query}`);
}

export const fetchSuggestions = (q: string) =>
  call(Suggestion.array(), `/api/search?${new URLSearchParams({ q, limit: '10' })}`);
export const fetchEntity = (id: string) => call(EntityDetails, `/api/entity?${new URLSearchParams({ id })}`);

export function fetchEdge(key: string): Promise<EdgeDetails> {
  const ref = parseEdgeKey(key);
  if (!ref) return Promise.reject(new KgError('input', 'kg.Http.Edge', `not an edge: ${key}`));
  return call(EdgeDetails, `/api/edge?${new URLSearchParams(ref)}`);
}

export function runQuery(query: string): Promise<CypherPayload> {
  return call(CypherPayload, '/api/cypher', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}
