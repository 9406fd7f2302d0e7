/**
 * Every named query against the real Neo4j on the fixture graph, asserting its rows; entity
 * parameters are given in the other language on purpose (DeepSeek finds 딥시크).
 */
import { dumpGraph } from '../../graph/dump.js';
import { loadLibrary, parseQuery, QueryParamError, runNamed } from '../../queries/library.js';
import { runCypher } from '../../queries/run.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';
import { ARTICLES, writeFixture } from './fixture.js';

const g = useTestGraph();
beforeAll(async () => {
  await emptyGraph(g);
  await writeFixture(g);
});

/** The rows, keeping only the named columns (ids and dates are asserted where they matter). */
const rows = async (name: string, params: Record<string, unknown>, columns: string[]) =>
  (await runNamed(g, name, params)).rows.map((r) => columns.map((c) => r[c]));

test('the library holds the twelve questions, each with a description', () => {
  expect([...loadLibrary().keys()].sort()).toEqual([
    'based-in',
    'co-mentioned',
    'competitors',
    'develops',
    'evidence',
    'investments',
    'most-connected',
    'people',
    'regulation',
    'reported-between',
    'shortest-path',
    'summary',
  ]);
  for (const q of loadLibrary().values()) expect(q.description.length).toBeGreaterThan(10);
});

test('competitors: both directions of COMPETES_WITH, English name finds the Korean node', async () => {
  const params = { entity: 'DeepSeek' };
  expect((await runNamed(g, 'competitors', params)).params).toEqual({ entity: ['company:deepseek'] });
  expect(await rows('competitors', params, ['entity', 'competitor', 'articles', 'firstSeen', 'lastSeen'])).toEqual([
    ['딥시크', '오픈AI', 2, '2025-01-28', '2025-03-02'],
    ['딥시크', '네이버클라우드', 1, '2025-05-10', '2025-05-10'],
  ]);
  // Stored as deepseek -> openai: OpenAI reaches DeepSeek against the arrow.
  expect(await rows('competitors', { entity: 'company:openai' }, ['competitor', 'id'])).toEqual([
    ['딥시크', 'company:deepseek'],
  ]);
});

test('regulation: who regulates X and what X regulates', async () => {
  expect(await rows('regulation', { entity: 'China' }, ['entity', 'direction', 'other'])).toEqual([
    ['중국', 'regulated by', '미국'],
  ]);
  expect(await rows('regulation', { entity: 'United States' }, ['direction', 'other', 'id'])).toEqual([
    ['regulates', '중국', 'country:cn'],
  ]);
});

test('investments: flows in and out with amounts', async () => {
  const columns = ['flow', 'investor', 'recipient', 'amount', 'currency'];
  expect(await rows('investments', { entity: 'Naver Cloud' }, columns)).toEqual([
    ['in', '한국', '네이버클라우드', '1조', 'KRW'],
  ]);
  expect(await rows('investments', { entity: '소프트뱅크' }, columns)).toEqual([
    ['out', 'SoftBank', '오픈AI', '40 billion', 'USD'],
  ]);
});

test('develops: models of a developer, and the developer of a model', async () => {
  expect(await rows('develops', { entity: 'DeepSeek' }, ['developer', 'model', 'modelId'])).toEqual([
    ['딥시크', 'R1', 'model:deepseek/r1'],
  ]);
  expect(await rows('develops', { entity: 'HyperCLOVA X' }, ['developer', 'developerId', 'model'])).toEqual([
    ['네이버클라우드', 'company:naver-cloud', '하이퍼클로바X'],
  ]);
});

test('people working for an organization, with the evidence sentence', async () => {
  expect(await rows('people', { entity: '오픈AI' }, ['employer', 'person', 'evidence'])).toEqual([
    ['오픈AI', 'Sam Altman', 'Sam Altman works for OpenAI.'],
  ]);
  expect(await rows('people', { entity: 'deepseek' }, ['person', 'id'])).toEqual([['량원펑', 'person:liang-wenfeng']]);
});

test('based-in: entities in a country, filtered by type in any case', async () => {
  expect(await rows('based-in', { country: 'China' }, ['country', 'type', 'entity'])).toEqual([
    ['중국', 'Company', '딥시크'],
  ]);
  expect(await rows('based-in', { country: '한국', type: 'company' }, ['entity'])).toEqual([['네이버클라우드']]);
  expect(await rows('based-in', { country: '한국', type: 'Person' }, ['entity'])).toEqual([]);
});

test('most-connected: degree over relations, optionally by type', async () => {
  expect(await rows('most-connected', { top: 3 }, ['entity', 'degree', 'articles'])).toEqual([
    ['딥시크', 5, 3],
    ['오픈AI', 5, 2],
    ['네이버클라우드', 5, 1],
  ]);
  expect(await rows('most-connected', { type: 'Country', top: '2' }, ['entity', 'degree'])).toEqual([
    ['미국', 2],
    ['중국', 2],
  ]);
});

test('shortest-path: each hop with its direction and evidence', async () => {
  expect(
    await rows('shortest-path', { from: 'Ha Jung-woo', to: '샘 올트먼' }, [
      'hop',
      'source',
      'relation',
      'target',
      'evidence',
    ]),
  ).toEqual([
    [1, '하정우', '-[WORKS_FOR]->', '네이버클라우드', '하정우는 네이버클라우드에서 일한다.'],
    [2, '네이버클라우드', '<-[COMPETES_WITH]-', '딥시크', '네이버클라우드는 딥시크와 경쟁한다.'],
    [3, '딥시크', '-[COMPETES_WITH]->', '오픈AI', '딥시크는 오픈AI와 경쟁한다.'],
    [4, '오픈AI', '<-[WORKS_FOR]-', 'Sam Altman', 'Sam Altman works for OpenAI.'],
  ]);
});

test('co-mentioned: entities sharing articles, most shared first', async () => {
  const result = await rows('co-mentioned', { entity: 'DeepSeek', top: 3 }, ['entity', 'articles', 'titles']);
  expect(result).toEqual([
    ['미국', 2, ['SoftBank bets on OpenAI', '딥시크 충격']],
    ['오픈AI', 2, ['SoftBank bets on OpenAI', '딥시크 충격']],
    ['GPT-4o', 1, ['SoftBank bets on OpenAI']],
  ]);
  expect((await runNamed(g, 'co-mentioned', { entity: '하정우' })).rows.map((r) => r.entity)).toEqual([
    '네이버클라우드',
    '딥시크',
    '하이퍼클로바X',
    '한국',
  ]);
});

test('evidence: every supporting sentence with offsets and its article', async () => {
  const result = await rows('evidence', { source: 'OpenAI', target: '딥시크', relation: 'competes_with' }, [
    'relation',
    'source',
    'target',
    'sentence',
    'start',
    'end',
    'article',
    'articleId',
  ]);
  expect(result).toEqual([
    [
      'COMPETES_WITH',
      '딥시크',
      '오픈AI',
      '딥시크는 오픈AI와 경쟁한다.',
      0,
      16,
      '딥시크 충격',
      ARTICLES.deepseek.article.id,
    ],
    [
      'COMPETES_WITH',
      '딥시크',
      '오픈AI',
      'DeepSeek competes with OpenAI on price.',
      135,
      174,
      'SoftBank bets on OpenAI',
      ARTICLES.openai.article.id,
    ],
  ]);
  // The offsets point at the sentence in the article's text.
  expect(ARTICLES.openai.relations.at(-1)?.evidence[0]).toMatchObject({ start: 135, end: 174 });
  expect(await rows('evidence', { source: 'OpenAI', target: '딥시크', relation: 'INVESTS_IN' }, ['sentence'])).toEqual(
    [],
  );
});

test('reported-between: relations first seen in the range', async () => {
  expect(
    await rows('reported-between', { from: '2025-03-01', to: '2025-04-30' }, [
      'firstSeen',
      'source',
      'relation',
      'target',
    ]),
  ).toEqual([
    ['2025-03-02', '오픈AI', 'BASED_IN', '미국'],
    ['2025-03-02', '오픈AI', 'DEVELOPS', 'GPT-4o'],
    ['2025-03-02', 'SoftBank', 'INVESTS_IN', '오픈AI'],
    ['2025-03-02', 'Sam Altman', 'WORKS_FOR', '오픈AI'],
  ]);
  // DeepSeek vs OpenAI was re-reported in March but first seen in January.
  expect(await rows('reported-between', { from: '2025-01-28', to: '2025-01-28' }, ['relation'])).toHaveLength(5);
});

test('summary: nodes by label, relationships by type, articles by language', async () => {
  const result = await rows('summary', {}, ['kind', 'key', 'count']);
  expect(result).toEqual([
    ['label', 'Article', 3],
    ['label', 'Company', 4],
    ['label', 'Country', 3],
    ['label', 'Entity', 13],
    ['label', 'Fact', 14],
    ['label', 'Model', 3],
    ['label', 'Person', 3],
    ['language', 'en', 1],
    ['language', 'ko', 2],
    ['relationship', 'BASED_IN', 3],
    ['relationship', 'COMPETES_WITH', 2],
    ['relationship', 'DEVELOPS', 3],
    ['relationship', 'INVESTS_IN', 2],
    ['relationship', 'MENTIONS', 17],
    ['relationship', 'REGULATES', 1],
    ['relationship', 'SUPPORTS', 15],
    ['relationship', 'WORKS_FOR', 3],
  ]);
});

test('bad parameters are clear errors', async () => {
  await expect(runNamed(g, 'nope', {})).rejects.toThrow(/unknown query "nope"/);
  await expect(runNamed(g, 'competitors', {})).rejects.toThrow(/needs --param entity/);
  await expect(runNamed(g, 'competitors', { entity: 'x', colour: 'red' })).rejects.toThrow(/no parameter colour/);
  await expect(runNamed(g, 'most-connected', { top: 'many' })).rejects.toThrow(/bad value for top/);
  await expect(runNamed(g, 'based-in', { country: 'China', type: 'Planet' })).rejects.toThrow(/bad value for type/);
  await expect(runNamed(g, 'reported-between', { from: '2025-13-01', to: '2025-01-01' })).rejects.toThrow(
    QueryParamError,
  );
  await expect(runNamed(g, 'competitors', { entity: 'Nobody Inc' })).rejects.toThrow(/no entity matches "Nobody Inc"/);
});

test('an injection attempt through a parameter changes nothing', async () => {
  const before = await dumpGraph(g);
  const evil = "딥시크'}) DETACH DELETE n //";
  for (const name of ['competitors', 'co-mentioned', 'people']) {
    await expect(runNamed(g, name, { entity: evil })).rejects.toThrow(QueryParamError);
  }
  await expect(runNamed(g, 'shortest-path', { from: evil, to: '"} OR *:* OR {"' })).rejects.toThrow(QueryParamError);
  await expect(runNamed(g, 'reported-between', { from: "2025-01-01' OR 1=1 //", to: '2025-12-31' })).rejects.toThrow(
    QueryParamError,
  );
  const adHoc = await runCypher(g, 'MATCH (e:Entity) WHERE e.name = $name RETURN e.name AS name', { name: evil });
  expect(adHoc.rows).toEqual([]);
  expect(await dumpGraph(g)).toEqual(before);
});

test('a malformed header is refused when the library loads', () => {
  expect(() => parseQuery('// @name x\nRETURN 1', 'x.cypher')).toThrow(/no @description/);
  expect(() => parseQuery('// @name x\n// @description d\n// @param a colour\nRETURN 1', 'x.cypher')).toThrow(
    /unknown parameter type "colour"/,
  );
  expect(() => parseQuery('// @name x\n// @description d\n// @param a int=lots\nRETURN 1', 'x.cypher')).toThrow(
    /bad default/,
  );
  const q = parseQuery('// @name x\n// @description d\n// @param top int=5 how many\nRETURN $top', 'x.cypher');
  expect(q.params).toEqual([{ name: 'top', type: 'int', optional: true, default: 5, description: 'how many' }]);
});
