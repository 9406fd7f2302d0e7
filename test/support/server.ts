/**
 * The real Neo4j the integration tests talk to: kg's own local server in .kg-test/ on a free
 * port (or the server named by KG_TEST_NEO4J_URI). Never the user's graph: tests wipe it.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';

// KG_TEST_HOME lets two test runs on one machine use two servers (their tests empty the graph).
export const TEST_HOME = process.env.KG_TEST_HOME || join(process.cwd(), '.kg-test');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Environment for code (and `kg` child processes) that must use the test server. */
export function testEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KG_HOME: TEST_HOME };
  if (process.env.KG_TEST_NEO4J_URI) {
    env.NEO4J_URI = process.env.KG_TEST_NEO4J_URI;
    env.NEO4J_USERNAME = process.env.KG_TEST_NEO4J_USERNAME ?? 'neo4j';
    env.NEO4J_PASSWORD = process.env.KG_TEST_NEO4J_PASSWORD ?? '';
  } else {
    delete env.NEO4J_URI;
  }
  return env;
}
