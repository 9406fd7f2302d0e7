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

test('a Korean counted group before a contest takes the list of that size before or after it', async () => {
  const after = await run('정예팀 3곳이 정해지며 개발 경쟁이 시작됐다. 뽑힌 곳은 네이버·카카오·KT 컨소시엄이다.');
  expect(names(after, 'COMPETES_WITH').sort()).toEqual(['카카오>KT', '카카오>네이버', 'KT>네이버'].sort());
  const before = await run('정부는 네이버, 카카오, KT를 뽑았다. 이 3곳은 내년까지 성능 경쟁을 벌인다.');
  expect(names(before, 'COMPETES_WITH')).toHaveLength(3);
});

test('a Korean counted group of another size than the list pairs no one', async () => {
  const x = await run('정예팀 5곳이 정해지며 개발 경쟁이 시작됐다. 뽑힌 곳은 네이버·카카오·KT 컨소시엄이다.');
  expect(names(x, 'COMPETES_WITH')).toEqual([]);
});
