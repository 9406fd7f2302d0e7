/** Opens the test graph and empties it between tests. */
import { connectionSettings } from '../../graph/config.js';
import { type Graph, openGraph, writeTx } from '../../graph/driver.js';
import { ensureSchema } from '../../graph/schema.js';
import { testEnv } from './server.js';

export async function openTestGraph(): Promise<Graph> {
  const g = openGraph(connectionSettings(testEnv()));
  await ensureSchema(g);
  return g;
}

export async function emptyGraph(g: Graph): Promise<void> {
  await writeTx(g, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
}
