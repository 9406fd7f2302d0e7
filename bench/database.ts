/**
 * The database the benchmark writes to: its own local Neo4j under a fresh temporary KG_HOME
 * (never the user's), or a remote one only with --allow-remote, because every section empties it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConnectionSettings, connectionSettings } from '../graph/config.js';
import { type Graph, openGraph, readTx } from '../graph/driver.js';
import { NEO4J_VERSION, startLocal, stopLocal } from '../graph/local-neo4j.js';
import { serverVersion } from '../graph/read.js';
import { ensureSchema } from '../graph/schema.js';

export type Database = {
  g: Graph;
  settings: ConnectionSettings;
  version: string;
  /** The local server's process id, to read its CPU time; undefined for a remote server. */
  pid: number | undefined;
  /** Stops and starts the local server on the same data (a fresh JVM, an empty page cache); none for a remote one. */
  restart?: () => Promise<void>;
  close(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** `home`: a server folder to keep (and reuse) instead of a fresh temporary one. */
export async function openDatabase(options: { allowRemote: boolean; heap: string; home?: string }): Promise<Database> {
  if (process.env.NEO4J_URI) {
    if (!options.allowRemote) {
      throw new Error(
        `NEO4J_URI is set (${process.env.NEO4J_URI}): the benchmark empties the database it uses, so it refuses to run against it without --allow-remote`,
      );
    }
    const settings = connectionSettings(process.env);
    const g = openGraph(settings);
    await ensureSchema(g);
    const version = await serverVersion(g);
    return { g, settings, version, pid: undefined, close: () => g.driver.close() };
  }
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'kg-bench-'));
  const env: NodeJS.ProcessEnv = { ...process.env, KG_HOME: home };
  delete env.KG_NEO4J_PASSWORD;
  const state = await startLocal(home, { port: await freePort(), heap: options.heap, env });
  const start = { port: state.port, heap: options.heap, env };
  const settings = connectionSettings({ KG_HOME: home, KG_NEO4J_PORT: String(state.port) });
  const g = openGraph(settings);
  await ensureSchema(g);
  const db: Database = {
    g,
    settings,
    version: state.version || NEO4J_VERSION,
    pid: state.pid,
    restart: async () => {
      await stopLocal(home);
      db.pid = (await startLocal(home, start)).pid;
    },
    close: async () => {
      await g.driver.close();
      await stopLocal(home);
      // Only the folder this run created with mkdtemp, never anything of the user's.
      if (!options.home) rmSync(home, { recursive: true, force: true });
    },
  };
  return db;
}

/** Deletes everything in batches (one huge DETACH DELETE would need a heap the size of the graph). */
export async function emptyDatabase(g: Graph): Promise<void> {
  const session = g.driver.session({ database: g.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    // The peer adds a constraint of its own; dropping it keeps every writer on the same schema.
    const extra = await session.run(
      "SHOW CONSTRAINTS YIELD name, labelsOrTypes WHERE '__Entity__' IN labelsOrTypes RETURN name",
    );
    for (const r of extra.records) await session.run(`DROP CONSTRAINT ${String(r.get('name'))}`);
  } finally {
    await session.close();
  }
  await ensureSchema(g);
}

export type GraphSize = { nodes: number; relationships: number; properties: number; records: number };

/** Nodes + relationships + properties in the database: the "graph records" every writer is rated on. */
export async function graphSize(g: Graph): Promise<GraphSize> {
  return readTx(g, async (tx) => {
    const n = await tx.run('MATCH (n) RETURN count(n) AS c, sum(size(keys(n))) AS p');
    const r = await tx.run('MATCH ()-[r]->() RETURN count(r) AS c, sum(size(keys(r))) AS p');
    const nodes = Number(n.records[0]?.get('c') ?? 0);
    const relationships = Number(r.records[0]?.get('c') ?? 0);
    const properties = Number(n.records[0]?.get('p') ?? 0) + Number(r.records[0]?.get('p') ?? 0);
    return { nodes, relationships, properties, records: nodes + relationships + properties };
  });
}
