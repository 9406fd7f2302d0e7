/**
 * `kg db start | stop | status` on a server of its own (not the shared test server): the
 * graph survives a restart, and the password file is private.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectionSettings } from '../../../graph/config.js';
import { openGraph } from '../../../graph/driver.js';
import { graphCounts } from '../../../graph/read.js';
import { ensureSchema } from '../../../graph/schema.js';
import { writeExtraction } from '../../../graph/write.js';
import { runKg } from '../../support/cli.js';
import { DEEPSEEK, extraction, OPENAI } from '../../support/fixtures.js';
import { freePort, testEnv } from '../../support/server.js';

const home = mkdtempSync(join(tmpdir(), 'kg-lifecycle-'));
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  env = { ...testEnv(), KG_HOME: home, KG_NEO4J_PORT: String(await freePort()) };
  delete env.NEO4J_URI;
});
afterAll(async () => {
  await runKg(['db', 'stop'], env);
  rmSync(home, { recursive: true, force: true });
});

test('a stop and a start keep the graph', async () => {
  const started = await runKg(['db', 'start'], env);
  expect(started.stderr).toBe('');
  expect(started.code).toBe(0);
  expect(started.stdout).toMatch(/Neo4j 5\.26\.19 started at bolt:\/\/127\.0\.0\.1:\d+/);
  expect(statSync(join(home, 'neo4j', 'password')).mode & 0o777).toBe(0o600);

  const again = await runKg(['db', 'start'], env);
  expect(again.stdout).toContain('already running');

  const g = openGraph(connectionSettings(env));
  try {
    await ensureSchema(g);
    await writeExtraction(
      g,
      extraction({ source: 'keep.txt', text: 'DeepSeek and OpenAI.', entities: [DEEPSEEK, OPENAI] }),
    );
  } finally {
    await g.driver.close();
  }

  expect((await runKg(['db', 'stop'], env)).stdout).toContain('Neo4j stopped');
  const stopped = await runKg(['db', 'status'], env);
  expect(stopped.code).toBe(1);
  expect(stopped.stdout).toContain('not running');
  const statsWhileDown = await runKg(['stats'], env);
  expect(statsWhileDown.code).toBe(1);

  expect((await runKg(['db', 'start'], env)).code).toBe(0);
  const stats = await runKg(['stats', '--json'], env);
  expect(stats.code).toBe(0);
  expect(JSON.parse(stats.stdout)).toMatchObject({ articles: 1, entities: 2 });

  const h = openGraph(connectionSettings(env));
  try {
    expect((await graphCounts(h)).mentions).toBe(2);
  } finally {
    await h.driver.close();
  }
}, 240_000);

test('kg db status answers within seconds when the server does not answer', async () => {
  // A port that accepts connections and never speaks: a hung or half-started server.
  const { createServer } = await import('node:net');
  const silent = createServer(() => {});
  const port = await freePort();
  await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
  try {
    // the deadline is kg's own (5 s), not the driver's 30 s of retries or 60 s of acquisition
    const run = await runKg(['db', 'status'], { ...env, KG_NEO4J_PORT: String(port) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `Neo4j is not running at bolt://127.0.0.1:${port}\nNeo4j at bolt://127.0.0.1:${port} accepted the connection but gave no answer within 5 s\n`,
    );
  } finally {
    silent.close();
  }
});
