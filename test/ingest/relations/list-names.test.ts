/**
 * Names no lexicon has inside lists (ingest/relations/list-names.ts): bulleted investor lists
 * ("▲A(금액) ▲B 등으로부터") and comma lists between known companies make their unknown items
 * entities and relation arguments; bullets that list no makers make none.
 */
import { run } from '../helpers.js';

const investors = async (text: string) => {
  const x = await run(text);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations
    .filter((r) => r.type === 'INVESTS_IN')
    .map((r) => `${name.get(r.source)}>${name.get(r.target)}`)
    .sort();
};

test('every item of a bulleted investor list is an investor, known or not', async () => {
  expect(
    await investors('리벨리온은 ▲한빛벤처스(50억원) ▲카카오(30억원) ▲새솔자산운용 등으로부터 투자를 유치했다.'),
  ).toEqual(['새솔자산운용>리벨리온', '카카오>리벨리온', '한빛벤처스>리벨리온']);
});

test('bullets of phrases are no names', async () => {
  const x = await run('과기정통부는 ▲이미 충분한 자료 확보 ▲신고 목적일 경우 조사 생략을 허용했다.');
  expect(x.entities.filter((e) => e.type === 'Company')).toEqual([]);
});

test('an unknown one-word name between known investors joins their list', async () => {
  expect(
    await investors('퓨리오사AI는 투자 유치를 마쳤다. 네이버, IMM인베스트먼트, 카카오 등이 투자를 확정했다.'),
  ).toEqual(['IMM인베스트먼트>퓨리오사AI', '네이버>퓨리오사AI', '카카오>퓨리오사AI']);
});
