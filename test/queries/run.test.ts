/** Ad-hoc Cypher against the real Neo4j: read-only by default, limits, clear errors. */

import { CypherError } from '../../graph/errors.js';
import { writeExtraction } from '../../graph/write.js';
import { runCypher } from '../../queries/run.js';
import { DEEPSEEK, extraction, OPENAI } from '../support/fixtures.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';

const g = useTestGraph();
beforeAll(async () => {
  await emptyGraph(g);
  await writeExtraction(
    g,
    extraction({
      source: 'run.txt',
      text: 'DeepSeek competes with OpenAI.',
      entities: [DEEPSEEK, OPENAI],
      relations: [{ type: 'COMPETES_WITH', source: 'company:deepseek', target: 'company:openai' }],
    }),
  );
});

test('nodes, relationships and paths come back with their kind; values as parameters', async () => {
  const result = await runCypher(g, 'MATCH p = (a:Entity {id: $id})-[r]-(b:Entity) RETURN a, r, p, b.name AS name', {
    id: 'company:deepseek',
  });
  expect(result.columns).toEqual(['a', 'r', 'p', 'name']);
  expect(result.rows).toHaveLength(1);
  const row = result.rows[0] ?? {};
  expect(row.a).toMatchObject({
    kind: 'node',
    labels: expect.arrayContaining(['Company']),
    properties: { id: 'company:deepseek' },
  });
  expect(row.r).toMatchObject({ kind: 'relationship', type: 'COMPETES_WITH' });
  expect(row.p).toMatchObject({ kind: 'path', nodes: [{ kind: 'node' }, { kind: 'node' }] });
  expect(row.name).toBe('OpenAI');
});

test('a write query is refused unless asked for, and the graph is unchanged', async () => {
  const count = async () => (await runCypher(g, 'MATCH (n) RETURN count(n) AS n')).rows[0]?.n;
  const before = await count();
  await expect(runCypher(g, 'MATCH (n) DETACH DELETE n')).rejects.toThrow(/read-only/);
  await expect(runCypher(g, "CREATE (:Entity {id: 'x:y'})")).rejects.toBeInstanceOf(CypherError);
  expect(await count()).toBe(before);
});

test('invalid Cypher gives the server message with its position, on one line', async () => {
  const error = await runCypher(g, 'MATCH (n RETURN n').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CypherError);
  expect((error as CypherError).message).toMatch(/line 1, column \d+/);
  expect((error as CypherError).message).not.toContain('\n');
});

test('the row limit truncates and says so', async () => {
  const result = await runCypher(g, 'UNWIND range(1, 50) AS i RETURN i', {}, { limit: 10 });
  expect(result.rows.map((r) => r.i)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  expect(result.truncated).toBe(true);
});

test('a query over its timeout is stopped with a clear message', async () => {
  await expect(
    runCypher(g, 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)', {}, { timeoutMs: 300 }),
  ).rejects.toThrow(/timeout/);
});
