/** Export through graphology: files Gephi opens, re-read with graphology's own parsers. */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { writeExtraction } from '../../graph/write.js';
import { exportGraph, flatAttributes, serialise } from '../../queries/export.js';
import { runQuery } from '../../queries/library.js';
import { entitySpec, extraction, relationSpec } from '../support/fixtures.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';
import { writeFixture } from './fixture.js';

const g = useTestGraph();
beforeAll(async () => {
  await emptyGraph(g);
  await writeFixture(g);
});

const edgeTypes = (graph: Graph) => graph.mapEdges((_e, a) => String(a.type)).sort();

test('GraphML re-imports with graphology-graphml to the same nodes, edges and metrics', async () => {
  const exported = await exportGraph(g);
  expect([exported.order, exported.size]).toEqual([13, 14]);
  const back = parseGraphml(Graph, serialise(exported, 'graphml'));
  expect([back.order, back.size]).toEqual([13, 14]);
  expect(edgeTypes(back)).toEqual(edgeTypes(exported));
  const deepseek = back.getNodeAttributes('company:deepseek');
  expect(deepseek).toMatchObject({
    label: '딥시크',
    type: 'Company',
    aliases: 'DeepSeek; 딥시크',
    articles: 3,
    degree: 5,
  });
  expect(deepseek.pagerank).toBeCloseTo(exported.getNodeAttribute('company:deepseek', 'pagerank') ?? -1, 12);
  expect(deepseek.community).toBe(exported.getNodeAttribute('company:deepseek', 'community'));
  // Competition stays undirected; the other relations keep their direction.
  expect(back.filterEdges((_e, a) => a.type === 'COMPETES_WITH').every((e) => back.isUndirected(e))).toBe(true);
  expect(back.filterEdges((_e, a) => a.type !== 'COMPETES_WITH').every((e) => back.isDirected(e))).toBe(true);
  const investment = back.findEdge((_e, a) => a.type === 'INVESTS_IN' && a.currency === 'KRW');
  expect(investment && [back.source(investment), back.target(investment)]).toEqual([
    'country:kr',
    'company:naver-cloud',
  ]);
});

test('GEXF and JSON carry the same graph', async () => {
  const exported = await exportGraph(g);
  const gexf = parseGexf(Graph, serialise(exported, 'gexf'));
  expect([gexf.order, gexf.size]).toEqual([13, 14]);
  expect(gexf.getNodeAttributes('company:openai')).toMatchObject({ label: '오픈AI', degree: 5 });
  const json = Graph.from(JSON.parse(serialise(exported, 'json')));
  expect([json.order, json.size]).toEqual([13, 14]);
  expect(json.getNodeAttribute('company:openai', 'aliases')).toEqual(['OpenAI', '오픈AI']);
});

test("a query's result narrows the export to its entities and the relations between them", async () => {
  const named = await runQuery(g, 'co-mentioned', { entity: '하정우' });
  const sub = await exportGraph(g, named);
  expect(sub.nodes().sort()).toEqual([
    'company:deepseek',
    'company:naver-cloud',
    'country:kr',
    'model:naver-cloud/hyperclova-x',
  ]);
  expect(edgeTypes(sub)).toEqual(['BASED_IN', 'COMPETES_WITH', 'DEVELOPS', 'INVESTS_IN']);
  // Metrics are those of the exported part.
  expect(sub.getNodeAttribute('company:naver-cloud', 'degree')).toBe(4);

  const paths = await runQuery(g, 'MATCH p = (:Person)-[:WORKS_FOR]->(:Entity) RETURN p', {});
  const people = await exportGraph(g, paths);
  expect(people.order).toBe(6);
  expect(edgeTypes(people)).toEqual(['COMPETES_WITH', 'COMPETES_WITH', 'WORKS_FOR', 'WORKS_FOR', 'WORKS_FOR']);
});

test('attributes are flattened to XML-safe scalars, and markup in names survives', async () => {
  expect(flatAttributes({ a: ['x', 'y'], b: null, c: 1, d: { k: 1 } })).toEqual({ a: 'x; y', c: 1, d: '{"k":1}' });
  await writeExtraction(
    g,
    extraction({
      source: 'news/markup.txt',
      text: 'AT&T <Labs> "R&D" competes with OpenAI.',
      entities: [entitySpec('company:att-labs', 'AT&T <Labs> "R&D"'), entitySpec('company:openai', 'OpenAI')],
      relations: [relationSpec('company:att-labs', 'COMPETES_WITH', 'company:openai')],
    }),
  );
  const exported = await exportGraph(g);
  const back = parseGraphml(Graph, serialise(exported, 'graphml'));
  expect(back.getNodeAttribute('company:att-labs', 'label')).toBe('AT&T <Labs> "R&D"');
  expect(parseGexf(Graph, serialise(exported, 'gexf')).getNodeAttribute('company:att-labs', 'label')).toBe(
    'AT&T <Labs> "R&D"',
  );
});
