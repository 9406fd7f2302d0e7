/**
 * Counted groups (ingest/relations/groups.ts): "five domestic companies" in a slot resolves to
 * the next list of exactly that many makers, within a few sentences, and to nothing otherwise.
 */
import { run } from '../helpers.js';

const names = (x: Awaited<ReturnType<typeof run>>, type: string) => {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.filter((r) => r.type === type).map((r) => `${name.get(r.source)}>${name.get(r.target)}`);
};

test('a counted group takes the members of the list of that size that follows it', async () => {
  const x = await run(
    'Japan is making a push in AI. A government investment has been allocated to three local companies. ' +
      'The selected group includes Sakana AI, Preferred Networks, and the startup ELYZA.',
  );
  expect(names(x, 'INVESTS_IN').sort()).toEqual(['Japan>ELYZA', 'Japan>Preferred Networks', 'Japan>Sakana AI']);
});

test('a list of another size is not the group', async () => {
  const x = await run(
    'Japan is making a push in AI. A government investment has been allocated to three local companies. ' +
      'The selected group includes Sakana AI and ELYZA.',
  );
  expect(names(x, 'INVESTS_IN')).toEqual([]);
});

test('a group listed too far after it stays unresolved', async () => {
  const x = await run(
    'Japan is making a push in AI. A government investment has been allocated to two local companies. ' +
      'One. Two. Three. Four. Five. The group includes Sakana AI and ELYZA.',
  );
  expect(names(x, 'INVESTS_IN')).toEqual([]);
});
