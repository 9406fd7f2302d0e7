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

/**
 * The test graph for one test file: opened before its tests, closed after them; with
 * `emptyFirst` emptied once when opened, with `emptyBeforeEach` before each test. Hooks declared
 * after this call run after it.
 */
export function useTestGraph(options: { emptyBeforeEach?: boolean; emptyFirst?: boolean } = {}): Graph {
  const g = {} as Graph;
  beforeAll(async () => {
    Object.assign(g, await openTestGraph());
    if (options.emptyFirst) await emptyGraph(g);
  });
  afterAll(async () => {
    await g.driver?.close();
  });
  if (options.emptyBeforeEach) beforeEach(() => emptyGraph(g));
  return g;
}
