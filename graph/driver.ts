/**
 * One neo4j-driver per process, opened on first use and closed on exit, with the expected
 * failure (Neo4j not reachable) turned into one clear message.
 */
import neo4j, { type Config, type Driver, type ManagedTransaction, Neo4jError, type Session } from 'neo4j-driver';
import { type ConnectionSettings, connectionSettings } from './config.js';
import { UnavailableError } from './errors.js';

export class Neo4jUnavailableError extends UnavailableError {
  constructor(
    readonly uri: string,
    cause: string,
    local: boolean,
  ) {
    const hint = local
      ? 'start the local server with `kg db start`, or set NEO4J_URI to use another Neo4j'
      : 'check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, and that the server is up';
    super('kg.Neo4j.Unavailable', `Neo4j is not reachable at ${uri} (${cause}): ${hint}`);
    this.name = 'Neo4jUnavailableError';
  }
}

export type Graph = { driver: Driver; settings: ConnectionSettings; database: string | undefined };

let shared: Graph | undefined;

/** `tuning` overrides the timeouts, e.g. for the viewer, which must answer within seconds. */
export function openGraph(settings: ConnectionSettings = connectionSettings(), tuning: Config = {}): Graph {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 30_000,
    userAgent: 'kg/0.1',
    ...tuning,
  });
  return { driver, settings, database: settings.database };
}

/** The process-wide graph connection; checked once so a down server fails fast and clearly. */
export async function graph(): Promise<Graph> {
  if (!shared) {
    const candidate = openGraph();
    try {
      await candidate.driver.verifyAuthentication().then((ok) => {
        if (!ok) throw new Error('authentication failed');
      });
    } catch (error) {
      await candidate.driver.close();
      throw explainConnectionError(error, candidate.settings);
    }
    shared = candidate;
  }
  return shared;
}

export async function closeGraph(): Promise<void> {
  const current = shared;
  shared = undefined;
  await current?.driver.close();
}

export function explainConnectionError(error: unknown, settings: ConnectionSettings): Error {
  if (error instanceof Neo4jError) {
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      return new Neo4jUnavailableError(settings.uri, 'connection refused or timed out', settings.local);
    }
    if (error.code.includes('Unauthorized') || error.code.includes('AuthenticationRateLimit')) {
      return new Neo4jUnavailableError(settings.uri, 'authentication failed', settings.local);
    }
  }
  if (error instanceof Error && /authentication failed/.test(error.message)) {
    return new Neo4jUnavailableError(settings.uri, 'authentication failed', settings.local);
  }
  return error instanceof Error ? error : new Error(String(error));
}

export function session(g: Graph, mode: 'READ' | 'WRITE'): Session {
  return g.driver.session({
    database: g.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });
}

/** Runs work in a managed read transaction (retried on transient errors by the driver). */
export async function readTx<T>(g: Graph, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const s = session(g, 'READ');
  try {
    return await s.executeRead(work);
  } finally {
    await s.close();
  }
}

/** Runs work in a managed write transaction: all of it commits, or none of it. */
export async function writeTx<T>(g: Graph, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const s = session(g, 'WRITE');
  try {
    return await s.executeWrite(work);
  } finally {
    await s.close();
  }
}
