/**
 * Names no lexicon has inside lists (ingest/relations/list-names.ts): bulleted investor lists
 * ("▲A(금액) ▲B 등으로부터") and comma lists between known companies make their unknown items
 * entities and relation arguments; bullets that list no makers make none. Members may carry their
 * amount in brackets ("A(150억원), B(100억원) 등에"), and datives in a series share one 투자
 * (slots.ts).
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

test('members with amounts in brackets are one list, unknown names in it become companies', async () => {
  const x = await investors(
    '네이버는 올해 초 루나랩(80억원), 하늘소(40억원), 업스테이지(60억원) 등에 200억원을 투자했다.',
  );
  expect(x).toEqual(['네이버>루나랩', '네이버>업스테이지', '네이버>하늘소']);
  const after = await investors('카카오벤처스는 리벨리온(30억원), 달빛공방(10억원) 등에 새로 투자했다.');
  expect(after).toEqual(['카카오벤처스>달빛공방', '카카오벤처스>리벨리온']);
});

test('several datives, each with its amount, share one investment predicate', async () => {
  const x = await investors('구글은 앤트로픽에 20억 달러, 토종 기업인 업스테이지에 3억 달러를 각각 투자했다.');
  expect(x).toEqual(['구글>앤트로픽', '구글>업스테이지']);
});

test('must NOT: bracketed figures that are not investments make no companies', async () => {
  const sales = await run('매출은 1분기(30억원), 2분기(40억원), 삼성전자(50억원) 순으로 늘었다.');
  expect(sales.entities.map((e) => e.name)).toEqual(['삼성전자']);
  const two = await investors('구글은 앤트로픽에 투자했고, 메타는 미스트랄AI에 2억 달러를 빌려줬다.');
  expect(two).toEqual(['구글>앤트로픽']);
});
