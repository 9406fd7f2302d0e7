/**
 * graph/resolve-chunk.ts against the real Neo4j: a chunk resolves its entities with one
 * look-up before it writes, and must give the graph that writing its articles one by one
 * gives — also when a later article's entity joins a node an earlier article of the same
 * chunk created or gave the alias to, and when an alias is ambiguous.
 */
import { dumpGraph } from '../../graph/dump.js';
import type { Extraction } from '../../graph/model.js';
import { entitySpec, extraction, relationSpec } from '../support/fixtures.js';
import { emptyGraph, useTestGraph, writeInChunks } from '../support/graph.js';

const g = useTestGraph({ emptyBeforeEach: true });

const ARTICLES: Extraction[] = [
  // Creates the node; nothing in the graph yet.
  extraction({
    source: 'one.txt',
    text: 'Jane Roe founded Acme Robotics.',
    entities: [entitySpec('person:jane-roe', 'Jane Roe'), entitySpec('company:acme-robotics', 'Acme Robotics')],
    relations: [relationSpec('person:jane-roe', 'WORKS_FOR', 'company:acme-robotics')],
  }),
  // Same id: gives the node a new alias, "J. Roe".
  extraction({
    source: 'two.txt',
    text: 'Jane Roe, or J. Roe, spoke at Acme Robotics.',
    entities: [
      entitySpec('person:jane-roe', 'Jane Roe', ['J. Roe']),
      entitySpec('company:acme-robotics', 'Acme Robotics'),
    ],
  }),
  // Another id whose only name is that alias: it joins the node through what article two wrote.
  extraction({
    source: 'three.txt',
    text: 'J. Roe left Acme Robotics.',
    entities: [entitySpec('person:j-roe', 'J. Roe'), entitySpec('company:acme-robotics', 'Acme Robotics')],
    relations: [relationSpec('person:j-roe', 'WORKS_FOR', 'company:acme-robotics')],
  }),
  // A second "Acme": now the name is ambiguous for the article after it.
  extraction({
    source: 'four.txt',
    text: 'Acme Foods is not Acme Robotics.',
    entities: [
      entitySpec('company:acme-foods', 'Acme Foods', ['Acme']),
      entitySpec('company:acme-robotics', 'Acme Robotics', ['Acme']),
    ],
  }),
  extraction({
    source: 'five.txt',
    text: 'Acme grew.',
    entities: [entitySpec('company:acme', 'Acme')],
  }),
];

async function written(chunk: number): Promise<Awaited<ReturnType<typeof dumpGraph>>> {
  await emptyGraph(g);
  await writeInChunks(g, ARTICLES, chunk);
  return dumpGraph(g, ['ingestedAt']);
}

test('one chunk resolves as one write per article would: joins through aliases written earlier in the chunk', async () => {
  const one = await written(1);
  const people = one.nodes.filter((n) => n.labels.includes('Person'));
  // "J. Roe" joined Jane Roe; "Acme" alone matched two companies and stayed its own node.
  expect(people.map((n) => n.properties.id)).toEqual(['person:jane-roe']);
  expect(one.nodes.some((n) => n.properties.id === 'company:acme')).toBe(true);
  expect(await written(ARTICLES.length)).toEqual(one);
  expect(await written(2)).toEqual(one);
});
