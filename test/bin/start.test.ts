/**
 * `npm start` (bin/start.ts) against the test Neo4j: the examples go in, and then what its last
 * lines promise is what happens: at a terminal the viewer is served at the URL it prints; from a
 * script no server is left running and the hint names `npx kg view`.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { jvmCache } from '../../graph/jvm.js';
import { graphFingerprint } from '../../graph/overview.js';
import { cacheFile, diskCache } from '../../viewer/cache.js';
import { OverviewQuery, type OverviewReply } from '../../viewer/shared.js';
import { overviewScope } from '../../viewer/store.js';
import { useTestGraph } from '../support/graph.js';
import { freePort, testEnv } from '../support/server.js';

const g = useTestGraph({ emptyFirst: true });

test('from a script: the examples are ingested, no viewer is served, and the hint says how to start one', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/start.ts'], {
    env: testEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  expect(code).toBe(0);
  expect(out).toMatch(/Example articles: \d+ new, 0 changed, 0 unchanged, 0 failed/);
  expect(out).toContain('Not at a terminal, so no viewer is served. Explore the graph: npx kg view');
  expect(out).not.toContain('Preparing the viewer');
}, 240_000);

test('at a terminal: the viewer is served at the URL printed, over the examples, laid out before the URL is given', async () => {
  const port = await freePort();
  // Nothing kept for the test database (the user's own overviews stay): the URL must wait for the layout.
  const cache = jvmCache('viewer', testEnv());
  const scope = overviewScope(g, OverviewQuery.parse({}));
  rmSync(cacheFile(cache, scope), { force: true });
  // `script` gives the command a pseudo-terminal, as a person's shell would.
  const child = spawn('script', ['-qfec', `${process.execPath} --import tsx bin/start.ts`, '/dev/null'], {
    env: { ...testEnv(), KG_VIEW_PORT: String(port) },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const found = /Explore the graph: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (found?.[1]) resolve(found[1]);
      });
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${out}`)));
    });
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    // Before any page asked: the default overview of the graph as it is now is laid out and kept.
    expect(diskCache(cache).get(scope)?.fingerprint).toBe(await graphFingerprint(g));
    const overview = (await (await fetch(new URL('/api/overview', url))).json()) as OverviewReply;
    expect(overview.stale).toBe(false);
    expect(overview.ids.length).toBeGreaterThan(5);
    const page = await fetch(url);
    expect(await page.text()).toContain('<title>kg');
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}, 240_000);
