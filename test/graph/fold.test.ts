/** graph/fold.ts on plain data: the chunk's rows fold into an entity's or a fact's state as row-by-row writes did. */
import { addSupport, entityChanges, factChanges, joinEntity, NO_FACT, type Support } from '../../graph/fold.js';

const row = (name: string, aliases: string[]) => ({ name, aliases, aliasKeys: aliases.map((a) => a.toLowerCase()) });

test('an entity keeps its Korean name and the sorted union of forms, whatever the order of rows', () => {
  const rows = [row('OpenAI', ['OpenAI']), row('오픈AI', ['오픈AI']), row('Open AI', ['Open AI'])];
  const forward = joinEntity(row('OpenAI', ['OpenAI']), rows);
  const backward = joinEntity(row('Open AI', ['Open AI']), [...rows].reverse());
  expect(forward).toEqual({
    name: '오픈AI',
    aliases: ['Open AI', 'OpenAI', '오픈AI'],
    aliasKeys: ['open ai', 'openai', '오픈ai'],
  });
  expect(backward).toEqual(forward);
  // A node created with the chunk's own forms needs no second write.
  expect(entityChanges(forward, joinEntity(forward, rows))).toEqual({});
  expect(entityChanges(row('OpenAI', ['OpenAI']), forward)).toEqual({
    name: '오픈AI',
    aliases: forward.aliases,
    aliasKeys: forward.aliasKeys,
  });
});

const support = (article: string, date: string, confidence: number, amount: string | null = null): Support => ({
  article,
  date,
  confidence,
  amount,
  currency: amount ? 'USD' : null,
});

test("a fact counts its supporters and the holders of its extremes, and keeps the smallest article's amount", () => {
  const supports = [
    support('b', '2025-02-01', 0.8, '10'),
    support('a', '2025-01-01', 0.8, '5'),
    support('c', '2025-03-01', 0.6),
    support('d', '2025-03-01', 0.7),
  ];
  const state = supports.reduce(addSupport, NO_FACT);
  expect(state).toEqual({
    articles: 4,
    confidence: 0.8,
    confidenceHolders: 2,
    firstSeen: '2025-01-01',
    firstSeenHolders: 1,
    lastSeen: '2025-03-01',
    lastSeenHolders: 2,
    amount: '5',
    currency: 'USD',
    amountArticle: 'a',
  });
  expect([...supports].reverse().reduce(addSupport, NO_FACT)).toEqual(state);
  // Counters go to Neo4j as integers, unchanged values not at all.
  const { relation, fact } = factChanges(state, addSupport(state, support('e', '2025-02-15', 0.5)));
  expect(Object.keys(relation)).toEqual(['articles']);
  expect(relation.articles?.toString()).toBe('5');
  expect(fact).toEqual({});
});
