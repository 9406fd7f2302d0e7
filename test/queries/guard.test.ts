/**
 * The read-only guard against the real Neo4j: statements that read files or URLs, run other
 * statements or administer the server are refused before anything runs, with the reason, and
 * no request reaches a listener on 127.0.0.1; ordinary reads and safe APOC still run.
 */
import { dumpGraph } from '../../graph/dump.js';
import { CypherError } from '../../graph/errors.js';
import { writeExtraction } from '../../graph/write.js';
import { type PlanNode, readOnlyRefusal } from '../../queries/guard.js';
import { runCypher } from '../../queries/run.js';
import { DEEPSEEK, extraction, OPENAI } from '../support/fixtures.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';
import { type Listener, startListener } from '../support/listener.js';

const g = useTestGraph();
let listener: Listener;
beforeAll(async () => {
  listener = await startListener();
  await emptyGraph(g);
  await writeExtraction(
    g,
    extraction({ source: 'guard.txt', text: 'DeepSeek competes with OpenAI.', entities: [DEEPSEEK, OPENAI] }),
  );
});
afterAll(() => listener.close());

async function refusal(cypher: string): Promise<string> {
  const error = await runCypher(g, cypher).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CypherError);
  expect((error as CypherError).code).toBe('kg.ReadOnly');
  return (error as CypherError).message;
}

test('LOAD CSV of a file or a URL and APOC loaders are refused, and nothing reaches the network', async () => {
  const before = await dumpGraph(g);
  const url = listener.url;
  const cases: [string, string][] = [
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 2", 'LOAD CSV reads files or URLs'],
    [`LOAD CSV FROM '${url}/x' AS l RETURN l`, 'LOAD CSV reads files or URLs'],
    [`CALL { LOAD CSV FROM '${url}/sub' AS l RETURN l } RETURN l`, 'LOAD CSV reads files or URLs'],
    [`CALL apoc.load.json('${url}/y')`, 'apoc.load.json can read files or URLs'],
    [`CALL apoc.load.csv('${url}/z')`, 'apoc.load.csv can read files or URLs'],
    ["CALL apoc.import.csv([{fileName: 'file:///etc/passwd', labels: ['X']}], [], {})", 'apoc.import.csv'],
    ["CALL apoc.export.json.all('out.json', {})", 'apoc.export.json.all'],
    [`CALL apoc.cypher.run('LOAD CSV FROM "${url}/n" AS l RETURN l', {})`, 'apoc.cypher.run'],
  ];
  for (const [cypher, reason] of cases) {
    const message = await refusal(cypher);
    expect(message).toContain(reason);
    expect(message).toContain('not allowed in read-only mode');
  }
  expect(listener.requests).toEqual([]);
  expect(await dumpGraph(g)).toEqual(before);
});

test('administration is refused as not allowed in read-only mode, not as a write', async () => {
  const expected: [string, string][] = [
    [
      'CALL dbms.listConfig()',
      'dbms.listConfig is an administration procedure, which is not allowed in read-only mode',
    ],
    ['SHOW USERS', 'administration commands are not allowed in read-only mode'],
    [
      'CALL dbms.listConnections()',
      'dbms.listConnections is an administration procedure, which is not allowed in read-only mode',
    ],
    ['SHOW SETTINGS', 'SHOW SETTINGS is administration, which is not allowed in read-only mode'],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS is administration, which is not allowed in read-only mode'],
  ];
  for (const [cypher, message] of expected) expect(await refusal(cypher)).toBe(message);
});

test('reads, the schema procedures and APOC that only computes still run', async () => {
  const labels = await runCypher(g, 'CALL db.labels() YIELD label RETURN label ORDER BY label');
  expect(labels.rows.map((r) => r.label)).toEqual(expect.arrayContaining(['Article', 'Company', 'Entity']));
  const apoc = await runCypher(
    g,
    "RETURN apoc.text.join(['a', 'b'], '-') AS x, date.truncate('month', date('2025-03-09')) AS d",
  );
  expect(apoc.rows).toEqual([{ x: 'a-b', d: '2025-03-01' }]);
  const names = await runCypher(g, 'MATCH (e:Company) RETURN e.name AS name ORDER BY name');
  expect(names.rows).toEqual([{ name: 'DeepSeek' }, { name: 'OpenAI' }]);
});

test('a huge result is cut by bytes with a message, rows intact up to the cut', async () => {
  const result = await runCypher(
    g,
    "UNWIND range(1, 500) AS i RETURN i, apoc.text.repeat('x', 1000000) AS big",
    {},
    { maxBytes: 4 * 1024 * 1024 },
  );
  expect(result.truncated).toBe(true);
  expect(result.cut).toEqual({
    by: 'bytes',
    message: 'result cut after 4 rows: it was over 4 MB; return fewer or smaller values',
  });
  expect(result.rows.map((r) => r.i)).toEqual([1, 2, 3, 4]);
  expect(result.rows.every((r) => r.big === 'x'.repeat(1000000))).toBe(true);
});

test('the guard reads the plan, not the text: a string that looks like a call is only a string', () => {
  const plan = (operatorType: string, details: string, children: PlanNode[] = []): PlanNode => ({
    operatorType,
    arguments: { Details: details },
    children,
  });
  const read = plan('ProduceResults@neo4j', 'n', [plan('Filter@neo4j', 'n.x = $autostring_0')]);
  expect(readOnlyRefusal({ plan: read, queryType: 'r' })).toBeUndefined();
  const nested = plan('ProduceResults@neo4j', 'x', [
    plan('Projection@neo4j', 'apoc.cypher.runFirstColumnSingle($a, $b) AS x'),
  ]);
  expect(readOnlyRefusal({ plan: nested, queryType: 'r' })?.reason).toBe(
    'apoc.cypher.runFirstColumnSingle can read files or URLs or run other statements, which is not allowed in read-only mode',
  );
  expect(readOnlyRefusal({ plan: read, queryType: 'rw' })?.reason).toMatch(/^this query writes to the graph/);
});
