/** graph/read.ts against the real Neo4j: finding entities, an entity's relations (all, or a page), one relation's evidence. */
import { findEntityIds, readEntityPage, readRelation } from '../../graph/read.js';
import { writeExtraction } from '../../graph/write.js';
import { extraction, FIXED, FUNDING, RIVALRY } from '../support/fixtures.js';
import { useTestGraph } from '../support/graph.js';
import { ENGLISH, HOSTILE, KOREAN } from '../viewer/fixtures.js';

const g = useTestGraph({ emptyBeforeEach: true });

test('an entity is found by id, name or alias in either language', async () => {
  await writeExtraction(
    g,
    extraction({
      source: 'ko.txt',
      lang: 'ko',
      text: '딥시크는 중국 스타트업이다.',
      entities: [{ id: 'company:deepseek', type: 'Company', name: '딥시크', aliases: ['DeepSeek'] }],
    }),
    FIXED,
  );
  await writeExtraction(g, FUNDING, FIXED);
  expect(await findEntityIds(g, 'DeepSeek')).toEqual(['company:deepseek']);
  expect(await findEntityIds(g, '딥시크')).toEqual(['company:deepseek']);
  expect(await findEntityIds(g, 'deep seek')).toEqual(['company:deepseek']);
  const entity = await readEntityPage(g, 'company:deepseek', { articles: 10, relations: 10, sentences: 10 });
  expect(entity?.name).toBe('딥시크');
  expect(entity?.aliases).toEqual(['DeepSeek', '딥시크']);
  expect(entity?.articles).toHaveLength(2);
  expect(entity?.articleCount).toBe(2);
});

test('one relation reads back with both ends, its aggregates and the evidence of every article, by key or by ends', async () => {
  await writeExtraction(g, RIVALRY, FIXED);
  await writeExtraction(g, FUNDING, FIXED);
  // Stored once from the smaller id; asked for the other way round, a symmetric relation still answers.
  const byEnds = await readRelation(g, { type: 'COMPETES_WITH', source: 'company:openai', target: 'company:deepseek' });
  expect(byEnds).toMatchObject({
    type: 'COMPETES_WITH',
    source: { id: 'company:deepseek', name: 'DeepSeek' },
    target: { id: 'company:openai' },
    articleCount: 2,
    firstSeen: '2025-01-28',
    lastSeen: '2025-03-02',
  });
  expect(byEnds?.evidence.map((e) => [e.date, e.source, e.sentence])).toEqual([
    ['2025-01-28', 'news/rivalry.txt', 'DeepSeek now competes with OpenAI on reasoning.'],
    ['2025-03-02', 'news/funding.txt', 'OpenAI raised money while DeepSeek stayed quiet.'],
  ]);
  const key = await g.driver.executeQuery('MATCH ()-[r:COMPETES_WITH]->() RETURN elementId(r) AS key');
  expect(await readRelation(g, { key: key.records[0]?.get('key') })).toEqual(byEnds);
  expect(
    await readRelation(g, { type: 'REGULATES', source: 'company:openai', target: 'company:deepseek' }),
  ).toBeUndefined();
});

test('a page of an entity: the newest articles and relations, a sentence each, and how many there are in all', async () => {
  for (const article of [KOREAN, ENGLISH, HOSTILE]) await writeExtraction(g, article, FIXED);
  const page = await readEntityPage(g, 'company:openai', { articles: 2, relations: 2, sentences: 1 });
  expect(page).toMatchObject({ id: 'company:openai', articleCount: 3, relationCount: 4 });
  expect(page?.articles.map((a) => a.source)).toEqual(['news/hostile.html', 'news/en-funding.txt']);
  // Newest last-seen first; the two of 2025-03-02 by type.
  expect(page?.relations.map((r) => [r.type, r.direction, r.other.id, r.lastSeen])).toEqual([
    ['COMPETES_WITH', 'in', 'company:acme', '2025-06-10'],
    ['DEVELOPS', 'out', 'model:openai/gpt-4o', '2025-03-02'],
  ]);
  expect(page?.relations[1]).toMatchObject({
    sentenceCount: 1,
    sentences: ['OpenAI released GPT-4o to compete with DeepSeek.'],
  });
  const all = await readEntityPage(g, 'company:openai', { articles: 10, relations: 10, sentences: 10 });
  expect(all?.relations).toHaveLength(4);
  expect(all?.articles).toHaveLength(3);
  expect(await readEntityPage(g, 'company:nobody', { articles: 1, relations: 1, sentences: 1 })).toBeUndefined();
});
