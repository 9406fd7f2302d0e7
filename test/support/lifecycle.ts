/** Starts (or reuses) the test Neo4j once per run, and stops it if this run started it. */
import { localStatus, startLocal, stopLocal } from '../../graph/local-neo4j.js';
import { freePort, TEST_HOME } from './server.js';

export async function setup(): Promise<void> {
  // Unit-only runs (e.g. `KG_TEST_NO_NEO4J=1 npx jest test/ingest`) need no server.
  if (process.env.KG_TEST_NO_NEO4J || process.env.KG_TEST_NEO4J_URI) return;
  const status = localStatus(TEST_HOME);
  const port = status.running ? status.state.port : await freePort();
  const started = await startLocal(TEST_HOME, { port, heap: '1g' });
  process.env.KG_TEST_STARTED_NEO4J = started.alreadyRunning ? '' : '1';
  process.env.KG_HOME = TEST_HOME;
  process.env.KG_NEO4J_PORT = String(started.port);
  delete process.env.NEO4J_URI;
}

/** KG_TEST_KEEP_NEO4J=1 keeps the server for the next run (faster when iterating). */
export async function teardown(): Promise<void> {
  if (process.env.KG_TEST_STARTED_NEO4J && !process.env.KG_TEST_KEEP_NEO4J) await stopLocal(TEST_HOME);
}
