/**
 * graph/remove.ts against the real Neo4j. Removal is exact: ingesting A, then B, then removing
 * B leaves the graph that A alone builds, compared in full (every property but ingestedAt):
 * names, aliases, amounts, confidence and dates included.
 */
import { zipfCorpus } from '../../bench/corpus-zipf.js';
import { dumpGraph, type GraphDump } from '../../graph/dump.js';
import type { Extraction } from '../../graph/model.js';
import { graphCounts, readEntityPage, readRelation } from '../../graph/read.js';
import { removeArticles } from '../../graph/remove.js';
import { DEEPSEEK, entitySpec, extraction, FUNDING, OPENAI, RIVALRY, relationSpec } from '../support/fixtures.js';
import { emptyGraph, useTestGraph, writeInChunks } from '../support/graph.js';

const g = useTestGraph({ emptyBeforeEach: true });

const TIMESTAMPS = ['ingestedAt'];

const write = (articles: Extraction[]) => writeInChunks(g, articles, 64);

async function graphOf(articles: Extraction[]): Promise<GraphDump> {
  await emptyGraph(g);
  await write(articles);
  return dumpGraph(g, TIMESTAMPS);
}

test('removing an article deletes exactly what only it supported', async () => {
  const fundingOnly = await graphOf([FUNDING]);
  await write([RIVALRY]);
  const { removed, notFound } = await removeArticles(g, ['news/rivalry.txt', 'no-such-article']);
  expect(notFound).toEqual(['no-such-article']);
  expect(removed).toEqual([{ articleId: RIVALRY.article.id, relationsDeleted: 1, entitiesDeleted: 2 }]);
  expect(await graphCounts(g)).toMatchObject({ articles: 1, entities: 2, relations: 1 });
  const competes = await readRelation(g, {
    type: 'COMPETES_WITH',
    source: 'company:openai',
    target: 'company:deepseek',
  });
  expect(competes).toMatchObject({ articleCount: 1, firstSeen: '2025-03-02', lastSeen: '2025-03-02' });
  expect(competes?.evidence.map((e) => e.articleId)).toEqual([FUNDING.article.id]);
  expect(await dumpGraph(g, TIMESTAMPS)).toEqual(fundingOnly);
});

// B restates A's facts with every aggregate pulled its way: a Korean name (which would win the
// display name), a new alias, a higher confidence, an earlier and a later date, and an amount
// from an article whose id sorts first.
const A = [
  extraction({
    source: 'a/1.txt',
    publishedAt: '2025-03-01',
    text: 'OpenAI invested in DeepSeek. DeepSeek competes with OpenAI.',
    entities: [OPENAI, DEEPSEEK],
    relations: [
      relationSpec('company:openai', 'INVESTS_IN', 'company:deepseek', { amount: '$5M', confidence: 0.7 }),
      relationSpec('company:deepseek', 'COMPETES_WITH', 'company:openai', { confidence: 0.75 }),
    ],
  }),
  extraction({
    source: 'a/2.txt',
    publishedAt: '2025-04-01',
    text: 'OpenAI put money into DeepSeek last spring.',
    entities: [OPENAI, DEEPSEEK],
    relations: [relationSpec('company:openai', 'INVESTS_IN', 'company:deepseek', { confidence: 0.6 })],
  }),
];
const B = [
  extraction({
    source: 'b/1.txt',
    lang: 'ko',
    publishedAt: '2024-12-01',
    text: '오픈AI는 딥시크에 투자했다. 딥시크는 오픈AI와 경쟁한다.',
    entities: [entitySpec('company:openai', '오픈AI', ['Open AI']), entitySpec('company:deepseek', '딥시크')],
    relations: [
      relationSpec('company:openai', 'INVESTS_IN', 'company:deepseek', { amount: '$9B', confidence: 0.95 }),
      relationSpec('company:openai', 'COMPETES_WITH', 'company:deepseek', { confidence: 0.9 }),
    ],
  }),
  extraction({
    source: 'b/2.txt',
    publishedAt: '2025-09-01',
    text: 'OpenAI invested in DeepSeek again, said DeepSeek AI.',
    entities: [OPENAI, entitySpec('company:deepseek', 'DeepSeek', ['DeepSeek AI'])],
    relations: [relationSpec('company:openai', 'INVESTS_IN', 'company:deepseek', { confidence: 0.8 })],
  }),
];

const PAGE = { articles: 10, relations: 10, sentences: 10 };
const INVESTS = { type: 'INVESTS_IN', source: 'company:openai', target: 'company:deepseek' } as const;

test('A, then B, then removing B gives the graph of A alone: names, aliases, amounts, confidence, dates', async () => {
  const alone = await graphOf(A);
  await write(B);
  // B did pull every aggregate: otherwise the comparison below would prove nothing.
  const during = await readEntityPage(g, 'company:openai', PAGE);
  expect(during?.name).toBe('오픈AI');
  expect(during?.aliases).toContain('Open AI');
  expect(await readRelation(g, INVESTS)).toMatchObject({
    confidence: 0.95,
    firstSeen: '2024-12-01',
    lastSeen: '2025-09-01',
    articleCount: 4,
  });
  await removeArticles(
    g,
    B.map((b) => b.article.source),
  );
  expect(await dumpGraph(g, TIMESTAMPS)).toEqual(alone);
  const after = await readEntityPage(g, 'company:openai', PAGE);
  expect(after?.name).toBe('OpenAI');
  expect(await readRelation(g, INVESTS)).toMatchObject({
    amount: '$5M',
    confidence: 0.7,
    firstSeen: '2025-03-01',
    lastSeen: '2025-04-01',
    articleCount: 2,
  });
});

test('on a skewed corpus, adding and removing any articles in any order gives back the same graph', async () => {
  const corpus = zipfCorpus(220);
  const a = Array.from({ length: 150 }, (_, i) => corpus.article(i));
  const b = Array.from({ length: 70 }, (_, i) => corpus.article(150 + i));
  const alone = await graphOf(a);
  expect(alone.relationships.length).toBeGreaterThan(500);
  await write(b);
  await removeArticles(
    g,
    b.map((x) => x.article.id),
  );
  expect(await dumpGraph(g, TIMESTAMPS)).toEqual(alone);
  // B interleaved with A, removed one at a time in reverse.
  await emptyGraph(g);
  await write(a.flatMap((x, i) => (b[i] ? [b[i] as Extraction, x] : [x])));
  for (const x of [...b].reverse()) await removeArticles(g, [x.article.source]);
  expect(await dumpGraph(g, TIMESTAMPS)).toEqual(alone);
});
