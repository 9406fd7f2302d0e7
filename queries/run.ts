/**
 * Runs Cypher for users: read-only unless asked otherwise, with a timeout and a row limit,
 * values passed as parameters, and results turned into plain JSON (nodes, relationships and
 * paths keep their kind so the viewer can highlight them).
 */
import neo4j, { isNode, isPath, isRelationship, type ManagedTransaction, Neo4jError, type Result } from 'neo4j-driver';
import { z } from 'zod';
import { type Graph, session } from '../graph/driver.js';
import { CypherError } from '../graph/errors.js';

export const RunOptions = z.object({
  write: z.boolean().default(false),
  timeoutMs: z.number().int().positive().default(30_000),
  limit: z.number().int().positive().default(1_000),
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

export type QueryRows = { columns: string[]; rows: Record<string, JsonValue>[]; truncated: boolean; queryType: string };

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
async function queryType(g: Graph, cypher: string, params: Record<string, unknown>): Promise<string> {
  const s = session(g, 'READ');
  try {
    const summary = await s.run(`EXPLAIN ${cypher}`, params).summary();
    return summary.queryType;
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
  const { write, timeoutMs, limit } = RunOptions.parse(options);
  try {
    const type = await queryType(g, cypher, params);
    if (!write && type !== 'r') {
      throw new CypherError(
        'this query writes to the graph, and queries are read-only here (kg query accepts --write for a deliberate change)',
        'kg.ReadOnly',
        'refused',
      );
    }
    const s = session(g, write ? 'WRITE' : 'READ');
    try {
      const work = (tx: ManagedTransaction) => collect(tx.run(cypher, params), limit);
      const config = { timeout: timeoutMs };
      const rows = write ? await s.executeWrite(work, config) : await s.executeRead(work, config);
      return { ...rows, queryType: type };
    } finally {
      await s.close();
    }
  } catch (error) {
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

/** Streams rows and stops at the limit, so a huge result never sits in memory. */
async function collect(result: Result, limit: number): Promise<Omit<QueryRows, 'queryType'>> {
  const columns = (await result.keys()).map(String);
  const rows: Record<string, JsonValue>[] = [];
  let truncated = false;
  for await (const record of result) {
    if (rows.length >= limit) {
      truncated = true;
      break;
    }
    rows.push(Object.fromEntries(columns.map((k) => [k, toJson(record.get(k))])));
  }
  return { columns, rows, truncated };
}
