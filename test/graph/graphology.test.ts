/** Neo4j -> graphology for analytics and export, against the real Neo4j. */
import { annotateMetrics, loadGraphology } from '../../graph/graphology.js';
import { writeExtraction } from '../../graph/write.js';
import { CHINA, DEEPSEEK, extraction, OPENAI, US } from '../support/fixtures.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';

const g = useTestGraph();
beforeAll(async () => {
  await emptyGraph(g);
  await writeExtraction(
    g,
    extraction({
      source: 'early.txt',
      publishedAt: '2025-01-10',
      text: 'DeepSeek competes with OpenAI.',
      entities: [DEEPSEEK, OPENAI],
      relations: [{ type: 'COMPETES_WITH', source: 'company:deepseek', target: 'company:openai' }],
    }),
  );
  await writeExtraction(
    g,
    extraction({
      source: 'late.txt',
      publishedAt: '2025-05-20',
      text: 'The US restricts chips to China, and DeepSeek is affected.',
      entities: [US, CHINA, DEEPSEEK],
      relations: [
        { type: 'REGULATES', source: 'country:us', target: 'country:cn' },
        { type: 'REGULATES', source: 'country:us', target: 'company:deepseek' },
      ],
    }),
  );
});

test('every entity becomes a node and every relation an edge, with their attributes', async () => {
  const graph = await loadGraphology(g);
  expect(graph.order).toBe(4);
  expect(graph.size).toBe(3);
  expect(graph.getNodeAttributes('company:deepseek')).toMatchObject({
    label: 'DeepSeek',
    type: 'Company',
    articles: 2,
  });
  const types = graph.mapEdges((_, a) => a.type).sort();
  expect(types).toEqual(['COMPETES_WITH', 'REGULATES', 'REGULATES']);
});

test('filters keep only the chosen relation types and dates', async () => {
  expect((await loadGraphology(g, { relationTypes: ['COMPETES_WITH'] })).size).toBe(1);
  expect((await loadGraphology(g, { from: '2025-03-01' })).size).toBe(2);
  expect((await loadGraphology(g, { to: '2025-03-01' })).size).toBe(1);
});

test('metrics give degree, PageRank and a community to every node, repeatably', async () => {
  const graph = annotateMetrics(await loadGraphology(g));
  expect(Object.fromEntries(graph.mapNodes((n, a) => [n, a.degree]))).toEqual({
    'company:deepseek': 2,
    'company:openai': 1,
    'country:cn': 1,
    'country:us': 2,
  });
  // DeepSeek receives links from both the US and OpenAI's rivalry edge, China only from the US.
  expect(graph.getNodeAttribute('company:deepseek', 'pagerank')).toBeGreaterThan(
    graph.getNodeAttribute('country:cn', 'pagerank') ?? 1,
  );
  const again = annotateMetrics(await loadGraphology(g));
  expect(again.mapNodes((n, a) => [n, a.community, a.pagerank])).toEqual(
    graph.mapNodes((n, a) => [n, a.community, a.pagerank]),
  );
});
