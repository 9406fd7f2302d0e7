/**
 * Runs Cypher for users: read-only unless asked otherwise, with a timeout and a row limit,
 * values passed as parameters, and results turned into plain JSON (nodes, relationships and
 * paths keep their kind so the viewer can highlight them).
 */
import neo4j, { isNode, isPath, isRelationship, type ManagedTransaction, Neo4jError, type Result } from 'neo4j-driver';
import { z } from 'zod';
import { type Graph, session } from '../graph/driver.js';
import { CypherError } from '../graph/errors.js';
import { type Explained, procedureRefusal, readOnlyRefusal } from './guard.js';

export const RunOptions = z.object({
  write: z.boolean().default(false),
  timeoutMs: z.number().int().positive().default(30_000),
  limit: z.number().int().positive().default(1_000),
  /** The result is cut once its rows take this many bytes as JSON, so one huge value cannot flood memory. */
  maxBytes: z
    .number()
    .int()
    .positive()
    .default(16 * 1024 * 1024),
});
export type RunOptions = z.input<typeof RunOptions>;

export type JsonNode = { kind: 'node'; elementId: string; labels: string[]; properties: Record<string, unknown> };
export type JsonRelationship = {
  kind: 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
};
export type JsonPath = { kind: 'path'; nodes: JsonNode[]; relationships: JsonRelationship[] };
export type JsonValue =
  | null
  | string
  | number
  | boolean
  | JsonValue[]
  | { [key: string]: JsonValue }
  | JsonNode
  | JsonRelationship
  | JsonPath;

export type QueryRows = {
  columns: string[];
  rows: Record<string, JsonValue>[];
  truncated: boolean;
  /** When cut, why, in one line for the user ("rows" limit or "bytes" cap). */
  cut?: { by: 'rows' | 'bytes'; message: string };
  queryType: string;
};

/** Records fetched from the server per round trip: few, so a huge row cannot pile up in memory. */
const FETCH_SIZE = 50;

export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (isNode(value))
    return { kind: 'node', elementId: value.elementId, labels: value.labels, properties: plain(value.properties) };
  if (isRelationship(value)) {
    return {
      kind: 'relationship',
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: plain(value.properties),
    };
  }
  if (isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)].map((n) => toJson(n) as JsonNode);
    return {
      kind: 'path',
      nodes,
      relationships: value.segments.map((s) => toJson(s.relationship) as JsonRelationship),
    };
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    // Temporal and spatial values print as Cypher literals do.
    if (typeof (value as { toString?: unknown }).toString === 'function' && value.constructor !== Object) {
      return String(value);
    }
    return plain(value as Record<string, unknown>);
  }
  if (typeof value === 'bigint') return Number(value);
  return value as string | number | boolean;
}

function plain(record: Record<string, unknown>): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, toJson(v)]));
}

/** One line with the server's reason and, for syntax errors, where it is. */
export function describeCypherError(error: Neo4jError): string {
  const lines = error.message.split('\n').filter(Boolean);
  const head = lines[0] ?? error.code;
  const where = lines.find((l) => /line \d+, column \d+/.test(l) && l !== head);
  return where ? `${head} (${where.trim().replace(/^"|"$/g, '')})` : head;
}

/** What a query does, from the planner, before anything runs. */
async function explain(g: Graph, cypher: string, params: Record<string, unknown>): Promise<Explained> {
  const s = session(g, 'READ');
  try {
    const summary = await s.run(`EXPLAIN ${cypher}`, params).summary();
    return { plan: summary.plan, queryType: summary.queryType };
  } finally {
    await s.close();
  }
}

export async function runCypher(
  g: Graph,
  cypher: string,
  params: Record<string, unknown> = {},
  options: RunOptions = {},
): Promise<QueryRows> {
  const { write, timeoutMs, limit, maxBytes } = RunOptions.parse(options);
  try {
    const explained = await explain(g, cypher, params);
    const refused = write ? undefined : readOnlyRefusal(explained);
    if (refused) throw new CypherError(refused.reason, 'kg.ReadOnly', 'refused');
    const type = explained.queryType;
    const s = g.driver.session({
      database: g.database,
      defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
      fetchSize: FETCH_SIZE,
    });
    try {
      const work = (tx: ManagedTransaction) => collect(tx.run(cypher, params), limit, maxBytes);
      const config = { timeout: timeoutMs };
      const rows = write ? await s.executeWrite(work, config) : await s.executeRead(work, config);
      return { ...rows, queryType: type };
    } finally {
      await s.close();
    }
  } catch (error) {
    // A server that does not load apoc.load.* (as kg's own does not) still gets the read-only reason.
    const missing = error instanceof Neo4jError && error.code.endsWith('ProcedureNotFound');
    const name = missing ? /`([\w.]+)`/.exec(error.message)?.[1] : undefined;
    const refused = name && !write ? procedureRefusal(name) : undefined;
    if (refused)
      throw new CypherError(`${refused.reason} (and this server does not provide it)`, 'kg.ReadOnly', 'refused');
    if (error instanceof Neo4jError && error.code.startsWith('Neo.ClientError')) {
      const timeout = error.code.includes('TransactionTimedOut') || error.code.includes('Terminated');
      throw new CypherError(
        timeout ? `query stopped after ${timeoutMs} ms (timeout)` : describeCypherError(error),
        error.code,
        timeout ? 'timeout' : 'input',
      );
    }
    throw error;
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Streams rows and stops at the row limit or the byte cap, so a huge result never sits in memory. */
async function collect(result: Result, limit: number, maxBytes: number): Promise<Omit<QueryRows, 'queryType'>> {
  const columns = (await result.keys()).map(String);
  const rows: Record<string, JsonValue>[] = [];
  let bytes = 0;
  let cut: QueryRows['cut'];
  for await (const record of result) {
    if (rows.length >= limit) {
      cut = { by: 'rows', message: `result cut at ${limit} rows` };
      break;
    }
    const row = Object.fromEntries(columns.map((k) => [k, toJson(record.get(k))]));
    bytes += Buffer.byteLength(JSON.stringify(row));
    if (bytes > maxBytes) {
      cut = {
        by: 'bytes',
        message: `result cut after ${rows.length} rows: it was over ${mb(maxBytes)}; return fewer or smaller values`,
      };
      break;
    }
    rows.push(row);
  }
  return { columns, rows, truncated: cut !== undefined, ...(cut ? { cut } : {}) };
}
