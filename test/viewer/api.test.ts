/** The viewer's JSON API against the real Neo4j: filters, search, details, evidence, Cypher, errors. */

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import type { Graph as Neo4jGraph } from '../../graph/driver.js';
import { openGraph } from '../../graph/driver.js';
import { dumpGraph } from '../../graph/dump.js';
import { annotateMetrics, loadGraphology } from '../../graph/graphology.js';
import { jvmCache } from '../../graph/jvm.js';
import { graphFingerprint } from '../../graph/overview.js';
import { cacheFile, diskCache, type Kept } from '../../viewer/cache.js';
import { computeLayout } from '../../viewer/layout.js';
import { startViewer, type Viewer } from '../../viewer/server.js';
import {
  type CypherPayload,
  type Drawing,
  type EdgeDetails,
  type Expansion,
  edgeKey,
  type Overview,
  OverviewQuery,
  type OverviewReply,
  relationOf,
  type Suggestion,
} from '../../viewer/shared.js';
import { overviewScope } from '../../viewer/store.js';
import { runKg } from '../support/cli.js';
import { entitySpec, relationSpec } from '../support/fixtures.js';
import { emptyGraph, openTestGraph, writeArticle } from '../support/graph.js';
import { rawRequest } from '../support/http.js';
import { freePort, testEnv } from '../support/server.js';
import { writeViewerFixtures, XSS_IMG } from './fixtures.js';

let g: Neo4jGraph;
let viewer: Viewer;
beforeAll(async () => {
  g = await openTestGraph();
  await emptyGraph(g);
  await writeViewerFixtures(g);
  viewer = await startViewer({ g, port: 0, cacheDir: false });
});
afterAll(async () => {
  await viewer?.close();
  await g?.driver.close();
});

async function api<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, viewer.url), init);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: (await response.json()) as T };
}
const cypher = (query: string) =>
  api<CypherPayload & { error?: string }>('/api/cypher', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });

test('binds to 127.0.0.1 by default and refuses foreign Host headers', async () => {
  expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  // fetch() will not send a forged Host header; node:http will.
  const reply = await rawRequest(viewer.url, '/api/overview', { headers: { Host: 'evil.example' } });
  expect(reply.status).toBe(403);
  expect(JSON.parse(reply.body)).toEqual({
    error: 'host evil.example is not allowed',
    code: 'kg.Http.Host',
    kind: 'refused',
  });
});

const decode = (d: Drawing) =>
  d.ids.map((id, i) => ({
    id,
    label: d.labels[i],
    type: d.types[i],
    degree: d.degrees[i],
    x: d.xs?.[i],
    y: d.ys?.[i],
  }));
const edgesOf = (d: Drawing) => {
  const out: string[] = [];
  for (let i = 0; i < d.edges.length; i += 3)
    out.push(edgeKey(d.ids[d.edges[i] ?? 0] ?? '', relationOf(d.edges[i + 2] ?? 0), d.ids[d.edges[i + 1] ?? 0] ?? ''));
  return out.sort();
};

/** The overviews the viewer keeps in its cache folder, read from the files it wrote. */
const keptOverviews = (dir: string): Overview[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { overview: Overview }).overview);

/** Whether `ok` holds within 30 s, asked every 100 ms: for what the viewer does on its own time. */
async function until(ok: () => boolean): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  while (!ok() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return ok();
}

test('the overview is the top entities by degree, laid out, with what is hidden counted', async () => {
  const { status, body } = await api<Overview>('/api/overview?top=2');
  expect(status).toBe(200);
  const nodes = decode(body);
  // OpenAI has four relations; DeepSeek and China two each, and ties break by id.
  expect(nodes.map((n) => n.id)).toEqual(['company:openai', 'company:deepseek']);
  expect(nodes[1]).toMatchObject({ label: '딥시크 · DeepSeek', type: 'Company', degree: 2 });
  expect(body.total).toBe(9);
  expect(body.relations).toBe(7);
  expect(edgesOf(body)).toEqual(['company:deepseek|COMPETES_WITH|company:openai']);
  expect(body.dates).toEqual({ min: '2025-01-28', max: '2025-06-10' });

  const all = await api<Overview>('/api/overview');
  const points = decode(all.body);
  expect(points).toHaveLength(9);
  for (const n of points) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  // Nodes do not pile up: the layout spreads them out; the same graph gives the same picture.
  expect(new Set(points.map((n) => `${n.x},${n.y}`)).size).toBe(points.length);
  expect((await api<Overview>('/api/overview')).body).toEqual(all.body);
  expect(new Set(all.body.communities).size).toBeGreaterThan(1);
});

test('layout is deterministic whatever order the graph was loaded in', async () => {
  const a = annotateMetrics(await loadGraphology(g));
  const b = a.copy();
  const shuffled = new Graph({ type: 'directed', multi: true });
  for (const n of [...a.nodes()].reverse()) shuffled.addNode(n, a.getNodeAttributes(n));
  a.forEachEdge((key, attributes, s, t) => shuffled.addDirectedEdgeWithKey(key, s, t, attributes));
  expect(Object.fromEntries(computeLayout(shuffled))).toEqual(Object.fromEntries(computeLayout(b)));
});

test('relation-type and date filters rank over what they keep; bad filters are 400 with a message', async () => {
  const regulates = await api<Overview>('/api/overview?rels=REGULATES');
  expect(
    decode(regulates.body)
      .map((n) => n.id)
      .sort(),
  ).toEqual(['country:cn', 'country:us']);
  expect(edgesOf(regulates.body)).toEqual(['country:us|REGULATES|country:cn']);
  const none = await api<Overview>('/api/overview?rels=');
  expect(none.body).toMatchObject({ ids: [], total: 0, relations: 0 });
  const later = await api<Overview>('/api/overview?from=2025-03-01');
  const ids = later.body.ids;
  expect(ids).toContain('company:microsoft');
  expect(ids).not.toContain('country:us'); // its only relation was seen in January

  for (const bad of [
    'rels=LIKES',
    'from=2025-13-40',
    'from=2025-05-01&to=2025-01-01',
    'to=yesterday',
    'top=0',
    'top=99999',
  ]) {
    const { status, body } = await api<{ error: string }>(`/api/overview?${bad}`);
    expect(status).toBe(400);
    expect(body.error).toEqual(expect.any(String));
    expect(body.error).not.toMatch(/\n\s+at /);
  }
});

test('a neighbourhood comes newest first, limited, with its total', async () => {
  const { status, body } = await api<Expansion>('/api/expand?id=company:openai');
  expect(status).toBe(200);
  expect(body.center).toBe('company:openai');
  expect(body.ids[0]).toBe('company:openai');
  // Acme (June) is the newest relation, then Microsoft and GPT-4o (March), DeepSeek last.
  expect(body.ids.slice(1)).toEqual(['company:acme', 'company:microsoft', 'model:openai/gpt-4o', 'company:deepseek']);
  expect(body.total).toBe(4);
  expect(body.xs).toBeUndefined();
  expect(edgesOf(body)).toContain('company:microsoft|INVESTS_IN|company:openai');
  const two = await api<Expansion>('/api/expand?id=company:openai&limit=2');
  expect(two.body.ids).toEqual(['company:openai', 'company:acme', 'company:microsoft']);
  expect(two.body.total).toBe(4);
  const typed = await api<Expansion>('/api/expand?id=company:openai&rels=DEVELOPS');
  expect(typed.body.ids).toEqual(['company:openai', 'model:openai/gpt-4o']);
  expect((await api<Expansion>('/api/expand?id=company:nobody')).body).toMatchObject({ ids: [], total: 0 });
  expect((await api('/api/expand')).status).toBe(400);
});

test('search suggests by name and alias in Korean and English', async () => {
  const first = async (q: string) => (await api<Suggestion[]>(`/api/search?q=${encodeURIComponent(q)}`)).body[0];
  expect(await first('딥시')).toMatchObject({ id: 'company:deepseek', matched: '딥시크' });
  expect(await first('딥')).toMatchObject({ id: 'company:deepseek' });
  expect(await first('deeps')).toMatchObject({ id: 'company:deepseek', matched: 'DeepSeek' });
  expect(await first('naver cloud')).toMatchObject({ id: 'company:naver-cloud' });
  expect(await first('하정우')).toMatchObject({ id: 'person:ha-jung-woo', type: 'Person' });
  expect(await first('마이크로')).toMatchObject({ id: 'company:microsoft' });
  expect((await api<Suggestion[]>('/api/search?q=(*"[')).status).toBe(200); // Lucene syntax is escaped
  expect((await api<{ error: string }>('/api/search')).status).toBe(400);
  expect((await api<{ error: string }>('/api/search?q=a&limit=5000')).status).toBe(400);
});

test('entity details; unknown entity is 404', async () => {
  const { status, body } = await api<{ name: string; relations: { type: string }[] }>(
    '/api/entity?id=company:deepseek',
  );
  expect(status).toBe(200);
  expect(body.relations.map((r) => r.type)).toEqual(expect.arrayContaining(['COMPETES_WITH', 'BASED_IN']));
  expect(body).toMatchObject({ relationCount: 2 });
  expect(await api('/api/entity?id=company:nobody')).toEqual({
    status: 404,
    body: { error: 'no entity with id company:nobody', code: 'kg.Http.NotFound', kind: 'not-found' },
  });
  expect((await api('/api/entity')).status).toBe(400);
});

test('edge evidence by key or by ends, with the entities marked in the sentence', async () => {
  const byKey = await api<EdgeDetails>('/api/edge?source=country:us&target=country:cn&type=REGULATES');
  expect(byKey.status).toBe(200);
  const evidence = byKey.body.evidence[0];
  expect(evidence).toMatchObject({
    sentence: '미국은 중국에 대한 수출 통제를 강화했다.',
    title: '딥시크 충격과 한국의 AI 전략',
    source: 'news/ko-rivalry.txt',
    date: '2025-01-28',
  });
  const marked = evidence?.marks.map((m) => evidence.sentence.slice(m.start, m.end));
  expect(marked).toEqual(['미국', '중국']);
  // A symmetric relation is found from either end; a directed one only from its source.
  const rivalry = await api<EdgeDetails>('/api/edge?source=company:openai&target=company:deepseek&type=COMPETES_WITH');
  expect((await api('/api/edge?source=country:cn&target=country:us&type=REGULATES')).status).toBe(404);
  expect(rivalry.status).toBe(200);
  expect(rivalry.body.evidence.map((e) => e.sentence)).toContain('중국의 딥시크가 오픈AI와 경쟁하고 있다.');
  const hostile = await api<EdgeDetails>('/api/edge?source=company:acme&target=company:openai&type=COMPETES_WITH');
  expect(hostile.body.evidence[0]?.sentence).toContain(XSS_IMG);
  expect((await api('/api/edge?source=company:acme')).status).toBe(400);
  expect((await api('/api/edge?source=a:b&target=c:d&type=COMPETES_WITH')).status).toBe(404);
});

test('Cypher: reads come back with highlights, writes are refused, errors are messages', async () => {
  const read = await cypher(
    "MATCH p = (a:Entity {id: 'company:deepseek'})-[r:BASED_IN]->(b) RETURN a, r, p, b.name AS name",
  );
  expect(read.status).toBe(200);
  expect(read.body.rows[0]?.name).toBe('중국');
  expect(read.body.highlight.nodes.sort()).toEqual(['company:deepseek', 'country:cn']);
  expect(read.body.highlight.edges).toEqual(['company:deepseek|BASED_IN|country:cn']);

  const before = await dumpGraph(g);
  const write = await cypher("CREATE (:Entity {id: 'x:y', name: 'intruder'})");
  expect(write.status).toBe(403);
  expect(write.body.error).toMatch(/read-only/);
  expect(await dumpGraph(g)).toEqual(before);

  const syntax = await cypher('MATCH (n RETURN n');
  expect(syntax.status).toBe(400);
  expect(syntax.body.error).toMatch(/line 1/);
  expect((await cypher('')).status).toBe(400);
  const json = { 'Content-Type': 'application/json' };
  const notJson = await api<{ error: string }>('/api/cypher', { method: 'POST', headers: json, body: '{nope' });
  expect(notJson).toEqual({
    status: 400,
    body: { error: 'the request body is not valid JSON', code: 'kg.Http.Json', kind: 'input' },
  });
});

test('Neo4j down: reads answer 503 with one line naming the server, and no retry loop', async () => {
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  const down = openGraph({ ...g.settings, uri });
  const gone = await startViewer({ g: down, port: 0, cacheDir: false });
  try {
    for (const path of ['/api/overview', '/api/expand?id=company:openai', '/api/search?q=a', '/api/entity?id=x:y']) {
      const response = await fetch(new URL(path, gone.url));
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: string; kind: string };
      expect(body.kind).toBe('unavailable');
      expect(body.error).toContain(`Neo4j is not reachable at ${uri}`);
      expect(body.error).not.toContain('\n');
    }
  } finally {
    await gone.close();
    await down.driver.close();
  }
});

test('unknown endpoints and methods are JSON errors; static files cannot escape the app folder', async () => {
  expect(await api('/api/nothing')).toEqual({
    status: 404,
    body: { error: 'no API endpoint /api/nothing', code: 'kg.Http.NotFound', kind: 'not-found' },
  });
  expect((await api('/api/overview', { method: 'POST', headers: { 'Content-Type': 'application/json' } })).status).toBe(
    405,
  );
  const traversal = await fetch(new URL('/..%2F..%2Fpackage.json', viewer.url));
  expect([404, 503]).toContain(traversal.status);
});

test('`kg view` serves on the given port and prints the URL once the default overview is laid out', async () => {
  const port = await freePort();
  // Nothing kept for the test database (the user's own overviews stay): the URL must wait for the layout.
  const cache = jvmCache('viewer', testEnv());
  const scope = overviewScope(g, OverviewQuery.parse({}));
  rmSync(cacheFile(cache, scope), { force: true });
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/kg.ts', 'view', '--port', String(port)], {
    env: testEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`kg view exited with ${code}`)));
    });
    expect(line).toContain(`http://127.0.0.1:${port}/`);
    // Before any page asked: the default overview of the graph as it is now is laid out and kept.
    expect(diskCache(cache).get(scope)?.fingerprint).toBe(await graphFingerprint(g));
    const response = await fetch(`http://127.0.0.1:${port}/api/search?q=deeps`);
    expect(response.status).toBe(200);
  } finally {
    child.kill('SIGINT');
  }
  const code = await new Promise((resolve) => child.on('exit', resolve));
  expect(code).toBe(0);
});

test('while the viewer runs, an ingest is laid out before any page asks: the new overview is kept without a request', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-watch-test-'));
  const watching = await startViewer({ g, port: 0, cacheDir: dir, watchMs: 200 });
  try {
    const kept = () => keptOverviews(dir);
    expect(kept().flatMap((o) => o.ids)).not.toContain('company:mistral');
    const mistral = entitySpec('company:mistral', '미스트랄', ['Mistral AI']);
    await writeArticle(g, {
      source: 'news/watch.txt',
      title: 'Mistral AI takes on OpenAI',
      lang: 'en',
      publishedAt: '2025-07-01',
      text: 'Mistral AI competes with OpenAI in Europe.',
      entities: [mistral, entitySpec('company:openai', 'OpenAI', ['오픈AI'])],
      relations: [relationSpec(mistral.id, 'COMPETES_WITH', 'company:openai')],
    });
    expect(await until(() => kept().some((o) => o.ids.includes('company:mistral')))).toBe(true);
    const served = await fetch(new URL('/api/overview', watching.url));
    expect(((await served.json()) as Overview).ids).toContain('company:mistral');
  } finally {
    await watching.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the watch covers the command line: after `kg ingest` and after `kg remove` the default overview is laid out again before any page asks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-watch-cli-test-'));
  const watching = await startViewer({ g, port: 0, cacheDir: dir, watchMs: 200 });
  // The one file the cache holds: the default overview, the only one asked for.
  const kept = () => keptOverviews(dir).flatMap((o) => o.labels);
  const anthropic = () => kept().some((label) => label.includes('Anthropic'));
  try {
    expect(anthropic()).toBe(false);
    const ingest = await runKg(['ingest', 'examples/en-model-race.txt']);
    expect({ code: ingest.code, stdout: ingest.stdout }).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/1 new/),
    });
    expect(await until(anthropic)).toBe(true);
    // By the source as ingest keeps it, the absolute path.
    const removed = await runKg(['remove', join(process.cwd(), 'examples/en-model-race.txt')]);
    expect({ code: removed.code, stderr: removed.stderr }).toEqual({ code: 0, stderr: '' });
    expect(await until(() => !anthropic())).toBe(true);
    const served = (await (await fetch(new URL('/api/overview', watching.url))).json()) as OverviewReply;
    expect(served.stale).toBe(false);
    expect(served.labels.some((label) => label.includes('Anthropic'))).toBe(false);
  } finally {
    await watching.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

test('with nothing kept, the viewer gives its URL once the default overview is laid out; one kept from an older graph is served at once as stale, `fresh=1` waits for the current one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-warm-test-'));
  try {
    const first = await startViewer({ g, port: 0, cacheDir: dir, watchMs: 0 });
    // No page has asked yet: the overview is on disk already, for the graph as it is.
    const files = () => readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files()).toHaveLength(1);
    const stored = JSON.parse(readFileSync(join(dir, files()[0] ?? ''), 'utf8')) as Kept;
    expect(stored.fingerprint).toBe(await graphFingerprint(g));
    const served = (await (await fetch(new URL('/api/overview', first.url))).json()) as OverviewReply;
    expect(served).toEqual({ ...stored.overview, stale: false });
    await first.close();

    const gemma = entitySpec('model:google/gemma', 'Gemma', ['젬마']);
    await writeArticle(g, {
      source: 'news/gemma.txt',
      title: 'Google ships Gemma',
      lang: 'en',
      publishedAt: '2025-08-01',
      text: 'Google released Gemma, an open model.',
      entities: [entitySpec('company:google', 'Google', ['구글']), gemma],
      relations: [relationSpec('company:google', 'DEVELOPS', gemma.id)],
    });
    const later = await startViewer({ g, port: 0, cacheDir: dir, warm: false, watchMs: 0 });
    try {
      const stale = (await (await fetch(new URL('/api/overview', later.url))).json()) as OverviewReply;
      expect(stale).toEqual({ ...stored.overview, stale: true });
      const fresh = (await (await fetch(new URL('/api/overview?fresh=1', later.url))).json()) as OverviewReply;
      expect(fresh.stale).toBe(false);
      expect(fresh.ids).toContain(gemma.id);
      // Once current, it is served as such, and kept for the next start.
      const again = (await (await fetch(new URL('/api/overview', later.url))).json()) as OverviewReply;
      expect(again).toEqual(fresh);
      expect((JSON.parse(readFileSync(join(dir, files()[0] ?? ''), 'utf8')) as Kept).overview.ids).toContain(gemma.id);
    } finally {
      await later.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
