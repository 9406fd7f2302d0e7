/**
 * One neo4j-driver per process, opened on first use and closed on exit, with the expected
 * failure (Neo4j not reachable) turned into one clear message.
 */
import neo4j, { type Config, type Driver, ManagedTransaction, Neo4jError, type Session } from 'neo4j-driver';
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

/** `retries: false`: every transaction is tried once (see FAIL_FAST). */
export type Graph = { driver: Driver; settings: ConnectionSettings; database: string | undefined; retries: boolean };

/**
 * For a process that must answer within a second or two (the viewer): give up on a connection
 * after 1 s and on a busy pool after 1.5 s, and try each transaction once. The driver has no
 * setting for that last part (even a retry time of 0 retries once, after a 1 s delay), so
 * readTx and writeTx run an explicit transaction instead of a managed one.
 */
export const FAIL_FAST = {
  connectionTimeout: 1_000,
  connectionAcquisitionTimeout: 1_500,
  maxTransactionRetryTime: 0,
} as const satisfies Config;

let shared: Graph | undefined;

/** `tuning` overrides the timeouts, e.g. FAIL_FAST; a retry time of 0 means no retries at all. */
export function openGraph(settings: ConnectionSettings = connectionSettings(), tuning: Config = {}): Graph {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 30_000,
    userAgent: 'kg/0.1',
    ...tuning,
  });
  return { driver, settings, database: settings.database, retries: tuning.maxTransactionRetryTime !== 0 };
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

type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/** One attempt: an explicit transaction, committed if the work succeeds, rolled back if not. */
async function once<T>(s: Session, work: Work<T>): Promise<T> {
  const tx = s.beginTransaction();
  try {
    const out = await work(ManagedTransaction.fromTransaction(tx));
    await tx.commit();
    return out;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

/** Runs work in a read transaction (retried on transient errors by the driver, unless g.retries is off). */
export async function readTx<T>(g: Graph, work: Work<T>): Promise<T> {
  const s = session(g, 'READ');
  try {
    return await (g.retries ? s.executeRead(work) : once(s, work));
  } finally {
    await s.close();
  }
}

/** Runs work in a write transaction: all of it commits, or none of it. */
export async function writeTx<T>(g: Graph, work: Work<T>): Promise<T> {
  const s = session(g, 'WRITE');
  try {
    return await (g.retries ? s.executeWrite(work) : once(s, work));
  } finally {
    await s.close();
  }
}
