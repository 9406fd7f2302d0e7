/**
 * graph/resolve-chunk.ts against the real Neo4j: a chunk resolves its entities with one
 * look-up before it writes, and must give the graph that writing its articles one by one
 * gives — also when a later article's entity joins a node an earlier article of the same
 * chunk created or gave the alias to, and when an alias is ambiguous.
 */
import { dumpGraph } from '../../graph/dump.js';
import type { Extraction } from '../../graph/model.js';
import { writeExtractions } from '../../graph/write.js';
import { extraction } from '../support/fixtures.js';
import { emptyGraph, useTestGraph } from '../support/graph.js';

const g = useTestGraph({ emptyBeforeEach: true });
const FIXED = { ingestedAt: '2025-06-01T00:00:00.000Z' };

const ARTICLES: Extraction[] = [
  // Creates the node; nothing in the graph yet.
  extraction({
    source: 'one.txt',
    text: 'Jane Roe founded Acme Robotics.',
    entities: [
      { id: 'person:jane-roe', type: 'Person', name: 'Jane Roe' },
      { id: 'company:acme-robotics', type: 'Company', name: 'Acme Robotics' },
    ],
    relations: [{ type: 'WORKS_FOR', source: 'person:jane-roe', target: 'company:acme-robotics' }],
  }),
  // Same id: gives the node a new alias, "J. Roe".
  extraction({
    source: 'two.txt',
    text: 'Jane Roe, or J. Roe, spoke at Acme Robotics.',
    entities: [
      { id: 'person:jane-roe', type: 'Person', name: 'Jane Roe', aliases: ['J. Roe'] },
      { id: 'company:acme-robotics', type: 'Company', name: 'Acme Robotics' },
    ],
  }),
  // Another id whose only name is that alias: it joins the node through what article two wrote.
  extraction({
    source: 'three.txt',
    text: 'J. Roe left Acme Robotics.',
    entities: [
      { id: 'person:j-roe', type: 'Person', name: 'J. Roe' },
      { id: 'company:acme-robotics', type: 'Company', name: 'Acme Robotics' },
    ],
    relations: [{ type: 'WORKS_FOR', source: 'person:j-roe', target: 'company:acme-robotics' }],
  }),
  // A second "Acme": now the name is ambiguous for the article after it.
  extraction({
    source: 'four.txt',
    text: 'Acme Foods is not Acme Robotics.',
    entities: [
      { id: 'company:acme-foods', type: 'Company', name: 'Acme Foods', aliases: ['Acme'] },
      { id: 'company:acme-robotics', type: 'Company', name: 'Acme Robotics', aliases: ['Acme'] },
    ],
  }),
  extraction({
    source: 'five.txt',
    text: 'Acme grew.',
    entities: [{ id: 'company:acme', type: 'Company', name: 'Acme' }],
  }),
];

async function written(chunk: number): Promise<Awaited<ReturnType<typeof dumpGraph>>> {
  await emptyGraph(g);
  for (let i = 0; i < ARTICLES.length; i += chunk) {
    const results = await writeExtractions(g, ARTICLES.slice(i, i + chunk), FIXED);
    expect(results.filter((r) => r instanceof Error)).toEqual([]);
  }
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
