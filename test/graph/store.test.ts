/** The graph store against the real Neo4j: schema, one-transaction writes, provenance, removal. */
import { writeTx } from '../../graph/driver.js';
import { dumpGraph } from '../../graph/dump.js';
import { findEntityIds, graphCounts, readArticle, readEntity } from '../../graph/read.js';
import { removeArticles } from '../../graph/remove.js';
import { ensureSchema } from '../../graph/schema.js';
import { writeExtraction, writeInTransaction } from '../../graph/write.js';
import { CHINA, DEEPSEEK, extraction, OPENAI, US } from '../support/fixtures.js';
import { useTestGraph } from '../support/graph.js';

const g = useTestGraph({ emptyBeforeEach: true });

const rivalry = extraction({
  source: 'news/rivalry.txt',
  publishedAt: '2025-01-28',
  text: 'DeepSeek now competes with OpenAI on reasoning. The US tightened export controls on China.',
  entities: [DEEPSEEK, OPENAI, US, CHINA],
  relations: [
    { type: 'COMPETES_WITH', source: 'company:openai', target: 'company:deepseek' },
    { type: 'REGULATES', source: 'country:us', target: 'country:cn' },
  ],
});

const funding = extraction({
  source: 'news/funding.txt',
  publishedAt: '2025-03-02',
  text: 'OpenAI raised money while DeepSeek stayed quiet. DeepSeek is a rival of OpenAI, analysts said.',
  entities: [DEEPSEEK, OPENAI],
  relations: [{ type: 'COMPETES_WITH', source: 'company:deepseek', target: 'company:openai' }],
});

const FIXED = { ingestedAt: '2025-06-01T00:00:00.000Z' };

test('schema setup is idempotent', async () => {
  const constraints = async () =>
    (await g.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).records.map((r) =>
      r.get('name'),
    );
  const before = await constraints();
  await ensureSchema(g);
  await ensureSchema(g);
  expect(await constraints()).toEqual(before);
  expect(before).toEqual(expect.arrayContaining(['article_id', 'entity_id']));
  const indexes = (await g.driver.executeQuery('SHOW INDEXES YIELD name, type RETURN name, type')).records.map((r) =>
    r.toObject(),
  );
  expect(indexes).toEqual(expect.arrayContaining([{ name: 'entity_search', type: 'FULLTEXT' }]));
});

test('an article is written with typed entities, mentions and relations with evidence', async () => {
  const result = await writeExtraction(g, rivalry, FIXED);
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

  const us = await readEntity(g, 'country:us');
  expect(us?.relations).toHaveLength(1);
  const regulates = us?.relations[0];
  expect(regulates).toMatchObject({
    type: 'REGULATES',
    direction: 'out',
    other: { id: 'country:cn' },
    firstSeen: '2025-01-28',
  });
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
  await writeExtraction(g, rivalry, FIXED);
  const first = await dumpGraph(g);
  const again = await writeExtraction(g, rivalry, { ingestedAt: '2025-07-01T00:00:00.000Z' });
  expect(again.status).toBe('unchanged');
  expect(await dumpGraph(g)).toEqual(first);
});

test('a symmetric relation is stored once, whichever direction articles state it', async () => {
  await writeExtraction(g, rivalry, FIXED);
  await writeExtraction(g, funding, FIXED);
  const rows = await g.driver.executeQuery(
    'MATCH (:Entity)-[r:COMPETES_WITH]-(:Entity) RETURN DISTINCT r.articles AS a',
  );
  expect(rows.records).toHaveLength(1);
  expect([...((rows.records[0]?.get('a') ?? []) as string[])].sort()).toEqual(
    [funding.article.id, rivalry.article.id].sort(),
  );
  const openai = await readEntity(g, 'company:openai');
  const competes = openai?.relations.find((r) => r.type === 'COMPETES_WITH');
  expect(competes?.evidence.map((e) => e.source).sort()).toEqual(['news/funding.txt', 'news/rivalry.txt']);
  expect(competes).toMatchObject({ firstSeen: '2025-01-28', lastSeen: '2025-03-02' });
});

test('a failing write rolls back completely', async () => {
  await writeExtraction(g, funding, FIXED);
  const before = await dumpGraph(g);
  // A property Neo4j cannot store fails the relation step after article and entities were written.
  const broken = structuredClone(rivalry);
  (broken.relations[0]?.evidence[0] as unknown as { start: unknown }).start = { not: 'a number' };
  await expect(writeTx(g, (tx) => writeInTransaction(tx, broken, FIXED.ingestedAt))).rejects.toThrow();
  expect(await dumpGraph(g)).toEqual(before);
  expect(await readArticle(g, rivalry.article.id)).toBeUndefined();
});

test('removing an article deletes exactly what only it supported', async () => {
  await writeExtraction(g, funding, FIXED);
  const fundingOnly = await dumpGraph(g, [
    'articles',
    'evidenceArticles',
    'evidenceSentences',
    'evidenceStarts',
    'evidenceEnds',
    'firstSeen',
    'lastSeen',
    'confidence',
    'aliases',
    'aliasKeys',
    'name',
  ]);
  await writeExtraction(g, rivalry, FIXED);
  const { removed, notFound } = await removeArticles(g, ['news/rivalry.txt', 'no-such-article']);
  expect(notFound).toEqual(['no-such-article']);
  expect(removed).toEqual([{ articleId: rivalry.article.id, relationsDeleted: 1, entitiesDeleted: 2 }]);
  const counts = await graphCounts(g);
  expect(counts).toMatchObject({ articles: 1, entities: 2, relations: 1, relationsByType: { COMPETES_WITH: 1 } });
  const competes = (await readEntity(g, 'company:openai'))?.relations[0];
  expect(competes?.articles).toEqual([funding.article.id]);
  expect(competes?.evidence.map((e) => e.source)).toEqual(['news/funding.txt']);
  expect(competes).toMatchObject({ firstSeen: '2025-03-02', lastSeen: '2025-03-02' });
  expect(
    await dumpGraph(g, [
      'articles',
      'evidenceArticles',
      'evidenceSentences',
      'evidenceStarts',
      'evidenceEnds',
      'firstSeen',
      'lastSeen',
      'confidence',
      'aliases',
      'aliasKeys',
      'name',
    ]),
  ).toEqual(fundingOnly);
});

test('a changed version of a known source replaces its contributions', async () => {
  await writeExtraction(g, funding, FIXED);
  await writeExtraction(g, rivalry, FIXED);
  const edited = extraction({
    source: 'news/rivalry.txt',
    text: 'The US tightened export controls on China again.',
    entities: [US, CHINA],
    relations: [{ type: 'REGULATES', source: 'country:us', target: 'country:cn' }],
  });
  const result = await writeExtraction(g, edited, FIXED);
  expect(result).toMatchObject({ status: 'changed', replaced: [rivalry.article.id] });
  const us = await readEntity(g, 'country:us');
  expect(us?.relations[0]?.evidence.map((e) => e.sentence)).toEqual([
    'The US tightened export controls on China again.',
  ]);
  const competes = (await readEntity(g, 'company:openai'))?.relations.find((r) => r.type === 'COMPETES_WITH');
  expect(competes?.articles).toEqual([funding.article.id]);
  expect((await graphCounts(g)).articles).toBe(2);
});

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
  await writeExtraction(g, funding, FIXED);
  expect(await findEntityIds(g, 'DeepSeek')).toEqual(['company:deepseek']);
  expect(await findEntityIds(g, '딥시크')).toEqual(['company:deepseek']);
  expect(await findEntityIds(g, 'deep seek')).toEqual(['company:deepseek']);
  const entity = await readEntity(g, 'company:deepseek');
  expect(entity?.name).toBe('딥시크');
  expect(entity?.aliases).toEqual(['DeepSeek', '딥시크']);
  expect(entity?.articles).toHaveLength(2);
});

test('resolution joins a discovered entity to the one node sharing its alias, and keeps two R1s apart', async () => {
  await writeExtraction(
    g,
    extraction({
      source: 'a.txt',
      text: 'Jane Roe leads Acme. Acme shipped R1 and DeepSeek shipped R1 too.',
      entities: [
        { id: 'person:jane-roe', type: 'Person', name: 'Jane Roe' },
        { id: 'model:acme/r1', type: 'Model', name: 'R1' },
        { id: 'model:deepseek/r1', type: 'Model', name: 'R1' },
      ],
    }),
    FIXED,
  );
  await writeExtraction(
    g,
    extraction({
      source: 'b.txt',
      text: 'Roe, Jane Roe, spoke again.',
      entities: [{ id: 'person:roe-jane', type: 'Person', name: 'Roe', aliases: ['Jane Roe'] }],
    }),
    FIXED,
  );
  const people = await g.driver.executeQuery('MATCH (p:Person) RETURN p.id AS id, p.aliases AS aliases');
  expect(people.records.map((r) => r.toObject())).toEqual([{ id: 'person:jane-roe', aliases: ['Jane Roe', 'Roe'] }]);
  expect(await findEntityIds(g, 'R1')).toEqual(['model:acme/r1', 'model:deepseek/r1']);
});
