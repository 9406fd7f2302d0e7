/** `kg query` and `kg export` as users run them: a child process against the test Neo4j. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { dumpGraph } from '../../../graph/dump.js';
import { displayWidth } from '../../../queries/format.js';
import { writeFixture } from '../../queries/fixture.js';
import { runKg as kg } from '../../support/cli.js';
import { emptyGraph, useTestGraph } from '../../support/graph.js';
import { testEnv } from '../../support/server.js';

const g = useTestGraph();
beforeAll(async () => {
  await emptyGraph(g);
  await writeFixture(g);
});

test('a named query prints an aligned table; English finds the Korean names', async () => {
  const run = await kg(['query', 'competitors', '--param', 'entity=DeepSeek']);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  const lines = run.stdout.trim().split('\n');
  const table = lines.filter((l) => /^[│┌├└]/.test(l));
  expect(table.find((l) => l.includes('오픈AI'))).toMatch(/│ 딥시크 +│ 오픈AI +│ Company/);
  // Every line of the table has the same width on screen, Hangul counting two columns.
  expect(new Set(table.map(displayWidth)).size).toBe(1);
  expect(lines.at(-1)).toBe('(2 rows)');
});

test('--json and --csv for scripts', async () => {
  const json = await kg(['query', 'develops', '-p', 'entity=HyperCLOVA X', '--json']);
  expect(JSON.parse(json.stdout)).toMatchObject({
    query: 'develops',
    params: { entity: ['model:naver-cloud/hyperclova-x'] },
    rows: [{ developer: '네이버클라우드', model: '하이퍼클로바X' }],
    truncated: false,
  });
  const csv = await kg(['query', 'co-mentioned', '-p', 'entity=Sam Altman', '-p', 'top=2', '--csv']);
  expect(csv.stdout.trim().split('\n')).toEqual([
    'entity,type,id,articles,titles',
    'GPT-4o,Model,model:openai/gpt-4o,1,SoftBank bets on OpenAI',
    'SoftBank,Company,company:softbank,1,SoftBank bets on OpenAI',
  ]);
});

test('ad-hoc Cypher with typed parameters, and the row limit', async () => {
  const run = await kg([
    'query',
    'MATCH (e:Entity {name: $name}) RETURN e.id AS id, $n + 1 AS n',
    '-p',
    'name=하정우',
    '-p',
    'n=2',
    '--json',
  ]);
  expect(JSON.parse(run.stdout).rows).toEqual([{ id: 'person:ha-jung-woo', n: 3 }]);
  const limited = await kg(['query', 'UNWIND range(1, 5) AS i RETURN i', '--limit', '2', '--csv']);
  expect(limited.stdout).toBe('i\n1\n2\n');
  expect(limited.stderr).toMatch(/first 2 rows/);
});

test('--list names every query with its parameters', async () => {
  const run = await kg(['query', '--list']);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^shortest-path {2}Shortest path/m);
  expect(run.stdout).toContain('--param top=<int> (default 10)');
  expect(JSON.parse((await kg(['query', '--list', '--json'])).stdout)).toHaveLength(12);
});

test('exit codes: unknown query or bad parameter 2, invalid Cypher 1 with its position', async () => {
  const unknown = await kg(['query', 'competitorz', '-p', 'entity=x']);
  expect(unknown).toMatchObject({ code: 2, stdout: '' });
  expect(unknown.stderr).toBe('kg: unknown query "competitorz" (kg query --list shows the named queries)\n');
  expect((await kg(['query', 'competitors', '-p', 'who=DeepSeek'])).code).toBe(2);
  expect((await kg(['query', 'most-connected', '-p', 'top=lots'])).code).toBe(2);
  expect((await kg(['query', 'competitors', '-p', 'entity'])).code).toBe(2);
  const invalid = await kg(['query', 'MATCH (n RETURN n']);
  expect(invalid.code).toBe(1);
  expect(invalid.stderr).toMatch(/^kg: Invalid input .*line 1, column \d+/);
  expect(invalid.stderr.trim().split('\n')).toHaveLength(1);
});

test('writes are refused without --write; an injection through a parameter changes nothing', async () => {
  const before = await dumpGraph(g);
  const refused = await kg(['query', 'MATCH (n) DETACH DELETE n']);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/read-only.*--write/);
  const evil = "딥시크'}) DETACH DELETE n //";
  const injected = await kg(['query', 'competitors', '--param', `entity=${evil}`]);
  expect(injected.code).toBe(2);
  expect(injected.stderr).toContain('no entity matches');
  const adHoc = await kg(['query', 'MATCH (e:Entity) WHERE e.name = $name RETURN e', '-p', `name=${evil}`]);
  expect(adHoc).toMatchObject({ code: 0, stdout: '(no rows)\n' });
  expect(await dumpGraph(g)).toEqual(before);
  // --write is the deliberate way; this one matches nothing, so still no change.
  expect((await kg(['query', 'MATCH (n:Nothing) SET n.x = 1', '--write'])).code).toBe(0);
  expect(await dumpGraph(g)).toEqual(before);
});

test('kg export writes GraphML that re-imports to the same counts', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'kg-export-')), 'graph.graphml');
  const run = await kg(['export', '--format', 'graphml', '--out', out]);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain('wrote 13 entities and 14 relations');
  const back = parseGraphml(Graph, readFileSync(out, 'utf8'));
  expect([back.order, back.size]).toEqual([13, 14]);
  const part = await kg(['export', '-f', 'json', '-q', 'people', '-p', 'entity=OpenAI']);
  expect(JSON.parse(part.stdout).nodes.map((n: { key: string }) => n.key)).toEqual(['person:sam-altman']);
  expect((await kg(['export', '--format', 'svg'])).code).toBe(2);
});

test('Neo4j down: one line, exit 1', async () => {
  const env = { ...testEnv(), NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' };
  const run = await kg(['query', 'summary'], env);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^kg: Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:1 .*\n$/);
});

test('kg query refuses LOAD CSV and apoc.load.* with the reason, exit 2, and no request leaves', async () => {
  const { startListener } = await import('../../support/listener.js');
  const listener = await startListener();
  try {
    const cases: [string, string][] = [
      [
        `LOAD CSV FROM '${listener.url}/x' AS l RETURN l`,
        'kg: LOAD CSV reads files or URLs, which is not allowed in read-only mode',
      ],
      [
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 2",
        'kg: LOAD CSV reads files or URLs, which is not allowed in read-only mode',
      ],
      [
        `CALL apoc.load.json('${listener.url}/y')`,
        'kg: apoc.load.json can read files or URLs or run other statements, which is not allowed in read-only mode',
      ],
      [
        'CALL dbms.listConfig()',
        'kg: dbms.listConfig is an administration procedure, which is not allowed in read-only mode',
      ],
    ];
    for (const [cypher, line] of cases) {
      const run = await kg(['query', cypher]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')[0]).toMatch(new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    expect(listener.requests).toEqual([]);
  } finally {
    await listener.close();
  }
});

test('kg query cuts a huge result with a message on stderr', async () => {
  const run = await kg(['query', "UNWIND range(1, 100) AS i RETURN i, apoc.text.repeat('x', 1000000) AS big", '--csv']);
  expect(run.code).toBe(0);
  expect(run.stderr.trim()).toBe('kg: result cut after 16 rows: it was over 16 MB; return fewer or smaller values');
  expect(run.stdout.trim().split('\n')).toHaveLength(17);
});
