/** graph/write.ts against the real Neo4j: one-transaction writes, provenance, chunks, resolution. */
import { zipfCorpus } from '../../bench/corpus-zipf.js';
import { writeTx } from '../../graph/driver.js';
import { dumpGraph } from '../../graph/dump.js';
import type { Extraction } from '../../graph/model.js';
import { findEntityIds, graphCounts, readArticle, readEntityPage, readRelation } from '../../graph/read.js';
import { writeExtraction, writeExtractions, writeInTransaction } from '../../graph/write.js';
import { CHINA, entitySpec, extraction, FIXED, FUNDING, RIVALRY, relationSpec, US } from '../support/fixtures.js';
import { emptyGraph, useTestGraph, writeInChunks } from '../support/graph.js';

const g = useTestGraph({ emptyBeforeEach: true });

const TIMESTAMPS = ['ingestedAt'];
const PAGE = { articles: 10, relations: 10, sentences: 10 };
const COMPETES = { type: 'COMPETES_WITH', source: 'company:openai', target: 'company:deepseek' } as const;

const writeChunks = (articles: Extraction[], size: number) => writeInChunks(g, articles, size);

test('an article is written with typed entities, mentions and relations with evidence', async () => {
  const result = await writeExtraction(g, RIVALRY, FIXED);
  expect(result).toMatchObject({ status: 'new', entitiesCreated: 4, relationsCreated: 2 });
  const counts = await graphCounts(g);
  expect(counts).toMatchObject({
    articles: 1,
    entities: 4,
    relations: 2,
    mentions: 4,
    entitiesByType: { Company: 2, Country: 2 },
    relationsByType: { COMPETES_WITH: 1, REGULATES: 1 },
  });
  const labels = await g.driver.executeQuery("MATCH (e:Entity:Company {id: 'company:deepseek'}) RETURN labels(e) AS l");
  expect(labels.records[0]?.get('l')).toEqual(expect.arrayContaining(['Entity', 'Company']));

  const us = await readEntityPage(g, 'country:us', PAGE);
  expect(us?.relations.map((r) => [r.type, r.direction, r.other.id])).toEqual([['REGULATES', 'out', 'country:cn']]);
  const regulates = await readRelation(g, { type: 'REGULATES', source: 'country:us', target: 'country:cn' });
  expect(regulates).toMatchObject({ type: 'REGULATES', target: { id: 'country:cn' }, firstSeen: '2025-01-28' });
  expect(regulates?.evidence[0]).toMatchObject({
    sentence: 'The US tightened export controls on China.',
    source: 'news/rivalry.txt',
    date: '2025-01-28',
  });
  const { start, end } = regulates?.evidence[0] ?? { start: 0, end: 0 };
  expect(
    'DeepSeek now competes with OpenAI on reasoning. The US tightened export controls on China.'.slice(start, end),
  ).toBe('The US tightened export controls on China.');
});

test('writing the same extraction twice changes nothing', async () => {
  await writeExtraction(g, RIVALRY, FIXED);
  const first = await dumpGraph(g);
  const again = await writeExtraction(g, RIVALRY, { ingestedAt: '2025-07-01T00:00:00.000Z' });
  expect(again.status).toBe('unchanged');
  expect(await dumpGraph(g)).toEqual(first);
});

test('a symmetric relation is stored once, whichever direction articles state it', async () => {
  await writeExtraction(g, RIVALRY, FIXED);
  await writeExtraction(g, FUNDING, FIXED);
  const rows = await g.driver.executeQuery(
    'MATCH (:Entity)-[r:COMPETES_WITH]-(:Entity) RETURN DISTINCT r.articles AS n, r.fact AS fact',
  );
  expect(rows.records.map((r) => r.toObject())).toEqual([
    { n: 2, fact: 'COMPETES_WITH|company:deepseek|company:openai' },
  ]);
  // Each article's evidence sits on its own SUPPORTS edge to the one fact.
  const supports = await g.driver.executeQuery(
    `MATCH (a:Article)-[s:SUPPORTS]->(:Fact {id: 'COMPETES_WITH|company:deepseek|company:openai'})
     RETURN a.source AS source, s.sentences AS sentences ORDER BY source`,
  );
  expect(supports.records.map((r) => r.toObject())).toEqual([
    { source: 'news/funding.txt', sentences: ['OpenAI raised money while DeepSeek stayed quiet.'] },
    { source: 'news/rivalry.txt', sentences: ['DeepSeek now competes with OpenAI on reasoning.'] },
  ]);
  const competes = await readRelation(g, COMPETES);
  expect(competes?.evidence.map((e) => e.source).sort()).toEqual(['news/funding.txt', 'news/rivalry.txt']);
  expect(competes).toMatchObject({ firstSeen: '2025-01-28', lastSeen: '2025-03-02' });
});

test('a failing write rolls back completely', async () => {
  await writeExtraction(g, FUNDING, FIXED);
  const before = await dumpGraph(g);
  // A property Neo4j cannot store fails the relation step after article and entities were written.
  const broken = structuredClone(RIVALRY);
  (broken.relations[0]?.evidence[0] as unknown as { start: unknown }).start = { not: 'a number' };
  await expect(writeTx(g, (tx) => writeInTransaction(tx, broken, FIXED.ingestedAt))).rejects.toThrow();
  expect(await dumpGraph(g)).toEqual(before);
  expect(await readArticle(g, RIVALRY.article.id)).toBeUndefined();
});

test('a changed version of a known source replaces its contributions', async () => {
  await writeExtraction(g, FUNDING, FIXED);
  await writeExtraction(g, RIVALRY, FIXED);
  const edited = extraction({
    source: 'news/rivalry.txt',
    text: 'The US tightened export controls on China again.',
    entities: [US, CHINA],
    relations: [relationSpec('country:us', 'REGULATES', 'country:cn')],
  });
  const result = await writeExtraction(g, edited, FIXED);
  expect(result).toMatchObject({ status: 'changed', replaced: [RIVALRY.article.id] });
  const regulates = await readRelation(g, { type: 'REGULATES', source: 'country:us', target: 'country:cn' });
  expect(regulates?.evidence.map((e) => e.sentence)).toEqual(['The US tightened export controls on China again.']);
  const competes = await readRelation(g, COMPETES);
  expect(competes?.evidence.map((e) => e.articleId)).toEqual([FUNDING.article.id]);
  expect((await graphCounts(g)).articles).toBe(2);
});

test('resolution joins a discovered entity to the one node sharing its alias, and keeps two R1s apart', async () => {
  await writeExtraction(
    g,
    extraction({
      source: 'a.txt',
      text: 'Jane Roe leads Acme. Acme shipped R1 and DeepSeek shipped R1 too.',
      entities: [
        entitySpec('person:jane-roe', 'Jane Roe'),
        entitySpec('model:acme/r1', 'R1'),
        entitySpec('model:deepseek/r1', 'R1'),
      ],
    }),
    FIXED,
  );
  await writeExtraction(
    g,
    extraction({
      source: 'b.txt',
      text: 'Roe, Jane Roe, spoke again.',
      entities: [entitySpec('person:roe-jane', 'Roe', ['Jane Roe'])],
    }),
    FIXED,
  );
  const people = await g.driver.executeQuery('MATCH (p:Person) RETURN p.id AS id, p.aliases AS aliases');
  expect(people.records.map((r) => r.toObject())).toEqual([{ id: 'person:jane-roe', aliases: ['Jane Roe', 'Roe'] }]);
  expect(await findEntityIds(g, 'R1')).toEqual(['model:acme/r1', 'model:deepseek/r1']);
});

test('a chunk written in one statement gives the graph of one write per article', async () => {
  const corpus = zipfCorpus(120);
  const articles = Array.from({ length: 120 }, (_, i) => corpus.article(i));
  await writeChunks(articles, 1);
  const alone = await dumpGraph(g, TIMESTAMPS);
  expect(alone.nodes.length).toBeGreaterThan(300);
  await emptyGraph(g);
  await writeChunks(articles, 64);
  expect(await dumpGraph(g, TIMESTAMPS)).toEqual(alone);
});

test('the order of articles does not change the graph', async () => {
  const corpus = zipfCorpus(100);
  const articles = Array.from({ length: 100 }, (_, i) => corpus.article(i));
  await writeChunks(articles, 32);
  const forward = await dumpGraph(g, TIMESTAMPS);
  await emptyGraph(g);
  await writeChunks([...articles].reverse(), 32);
  expect(await dumpGraph(g, TIMESTAMPS)).toEqual(forward);
  await emptyGraph(g);
  await writeChunks([...articles.filter((_a, i) => i % 2), ...articles.filter((_a, i) => !(i % 2))], 7);
  expect(await dumpGraph(g, TIMESTAMPS)).toEqual(forward);
});

test('a changed article replaces its previous version, also inside one chunk', async () => {
  const corpus = zipfCorpus(60);
  const base = Array.from({ length: 60 }, (_, i) => corpus.article(i));
  const revised = [3, 17, 40].map((i) => corpus.article(i, 1));
  // The graph the revised versions give when they are the only versions ever written.
  await writeChunks(
    base.map((a, i) => revised.find((r) => r.article.source === base[i]?.article.source) ?? a),
    64,
  );
  const expected = await dumpGraph(g, TIMESTAMPS);
  await emptyGraph(g);
  await writeChunks(base, 64);
  const results = await writeExtractions(g, [...revised, corpus.article(3, 2), corpus.article(3, 1)], FIXED);
  expect(results.map((r) => (r instanceof Error ? r.message : r.status))).toEqual([
    'changed',
    'changed',
    'changed',
    'changed',
    'changed',
  ]);
  expect(await dumpGraph(g, TIMESTAMPS)).toEqual(expected);
});
