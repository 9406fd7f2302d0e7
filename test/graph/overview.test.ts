/** graph/overview.ts against the real Neo4j: ranking, ties, neighbourhoods, relations, fingerprint. */

import { readTx, writeTx } from '../../graph/driver.js';
import { RELATION_TYPES } from '../../graph/model.js';
import {
  graphFingerprint,
  graphState,
  neighbourhood,
  rankEntities,
  searchEntities,
  tiesAmong,
  tiesByElementId,
  topEntities,
} from '../../graph/overview.js';
import { readRelation } from '../../graph/read.js';
import { writeExtraction } from '../../graph/write.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';
import { ENGLISH, HOSTILE, KOREAN } from '../viewer/fixtures.js';

const g = useTestGraph();
beforeAll(async () => {
  await emptyGraph(g);
  for (const article of [KOREAN, ENGLISH]) await writeExtraction(g, article);
});

test('ranks entities by degree over the chosen relation types and dates, and counts them all', async () => {
  const top = await rankEntities(g, {}, 2);
  expect(top.entities.map((e) => [e.id, e.degree])).toEqual([
    ['company:openai', 3],
    ['company:deepseek', 2],
  ]);
  expect(top).toMatchObject({ total: 8, relations: 6 });
  const regulates = await rankEntities(g, { relationTypes: ['REGULATES'] }, 10);
  expect(regulates.entities.map((e) => e.id)).toEqual(['country:cn', 'country:us']);
  expect(regulates).toMatchObject({ total: 2, relations: 1 });
  const march = await rankEntities(g, { from: '2025-03-01' }, 10);
  expect(march.entities.map((e) => e.id).sort()).toEqual([
    'company:microsoft',
    'company:openai',
    'model:openai/gpt-4o',
  ]);
  expect(await rankEntities(g, { relationTypes: [] }, 10)).toEqual({ entities: [], total: 0, relations: 0 });
});

test('degree over all relation types is the sum over each type, mentions and unknown types left out', async () => {
  const all = await rankEntities(g, {}, 20);
  const byType = await Promise.all(RELATION_TYPES.map((t) => rankEntities(g, { relationTypes: [t] }, 20)));
  const summed = new Map<string, number>();
  for (const ranking of byType) for (const e of ranking.entities) summed.set(e.id, (summed.get(e.id) ?? 0) + e.degree);
  expect(new Map(all.entities.map((e) => [e.id, e.degree]))).toEqual(summed);
  // A relationship type kg does not know must not count, even on the degree-store path.
  expect((await graphState(g)).onlyKnownTypes).toBe(true);
  await writeTx(g, (tx) =>
    tx.run("MATCH (a:Entity {id: 'company:openai'}), (b:Entity {id: 'country:cn'}) CREATE (a)-[:SEE_ALSO]->(b)"),
  );
  try {
    expect((await rankEntities(g, {}, 20)).entities).toEqual(all.entities);
    const state = await graphState(g);
    expect(state.onlyKnownTypes).toBe(false);
    expect((await topEntities(g, {}, 20, state.onlyKnownTypes)).map((e) => [e.id, e.degree])).toEqual(
      all.entities.map((e) => [e.id, e.degree]),
    );
  } finally {
    await writeTx(g, (tx) => tx.run('MATCH ()-[r:SEE_ALSO]->() DELETE r'));
  }
});

test('ties among a set of entities, in their stored direction', async () => {
  const ties = await tiesAmong(g, ['company:openai', 'company:microsoft', 'company:deepseek'], {});
  expect(ties.map((t) => `${t.source} ${t.type} ${t.target}`).sort()).toEqual([
    'company:deepseek COMPETES_WITH company:openai',
    'company:microsoft INVESTS_IN company:openai',
  ]);
  expect(await tiesAmong(g, ['company:openai'], { relationTypes: [] })).toEqual([]);
});

test('a neighbourhood: newest relation first, limited, with the total', async () => {
  const n = await neighbourhood(g, 'company:openai', {}, 2);
  expect(n?.center).toMatchObject({ id: 'company:openai', degree: 3 });
  expect(n?.neighbours.map((e) => e.id)).toEqual(['company:microsoft', 'model:openai/gpt-4o']);
  expect(n?.total).toBe(3);
  expect(await neighbourhood(g, 'company:nobody', {}, 5)).toBeUndefined();
});

test('a relation with its evidence, from either end when symmetric', async () => {
  const r = await readRelation(g, { source: 'company:openai', target: 'company:deepseek', type: 'COMPETES_WITH' });
  expect(r?.evidence.map((e) => e.sentence)).toContain('중국의 딥시크가 오픈AI와 경쟁하고 있다.');
  expect(await readRelation(g, { source: 'country:cn', target: 'country:us', type: 'REGULATES' })).toBeUndefined();
  const id = await readTx(g, async (tx) => {
    const res = await tx.run("MATCH (:Entity {id: 'country:us'})-[r:REGULATES]->() RETURN elementId(r) AS k");
    return String(res.records[0]?.get('k'));
  });
  expect([...(await tiesByElementId(g, [id])).values()]).toEqual([
    { source: 'country:us', target: 'country:cn', type: 'REGULATES' },
  ]);
  expect((await searchEntities(g, '딥시', 5))[0]).toMatchObject({ id: 'company:deepseek', matched: '딥시크' });
});

test('the fingerprint changes when an article comes in; the state gives the report days too', async () => {
  const before = await graphFingerprint(g);
  expect(await graphFingerprint(g)).toBe(before);
  expect((await graphState(g)).dates).toEqual({ min: '2025-01-28', max: '2025-03-02' });
  await writeExtraction(g, HOSTILE);
  expect(await graphFingerprint(g)).not.toBe(before);
  expect((await graphState(g)).dates).toEqual({ min: '2025-01-28', max: '2025-06-10' });
});
