/**
 * Investment lists as real funding stories write them (ingest/relations/list-names.ts and the
 * dative series of slots.ts): members with their amounts in brackets, names no lexicon has
 * among known ones, several datives sharing one "투자". Sentences of our own, with must-NOT cases.
 */
import type { Extraction } from '../../../graph/model.js';
import { run } from '../helpers.js';

/** "investor>target" by the names the extraction prints. */
function investments(x: Extraction): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.filter((r) => r.type === 'INVESTS_IN').map((r) => `${name.get(r.source)}>${name.get(r.target)}`);
}

test('members with amounts in brackets are one list, unknown names in it become companies', async () => {
  const x = await run('네이버는 올해 초 루나랩(80억원), 하늘소(40억원), 업스테이지(60억원) 등에 200억원을 투자했다.');
  expect(investments(x).sort()).toEqual(['네이버>루나랩', '네이버>업스테이지', '네이버>하늘소']);
  const after = await run('카카오벤처스는 리벨리온(30억원), 달빛공방(10억원) 등에 새로 투자했다.');
  expect(investments(after).sort()).toEqual(['카카오벤처스>달빛공방', '카카오벤처스>리벨리온']);
});

test('several datives, each with its amount, share one investment predicate', async () => {
  const x = await run('구글은 앤트로픽에 20억 달러, 토종 기업인 업스테이지에 3억 달러를 각각 투자했다.');
  expect(investments(x).sort()).toEqual(['구글>앤트로픽', '구글>업스테이지']);
});

test('must NOT: bracketed figures that are not investments make no companies', async () => {
  const sales = await run('매출은 1분기(30억원), 2분기(40억원), 삼성전자(50억원) 순으로 늘었다.');
  expect(sales.entities.map((e) => e.name)).toEqual(['삼성전자']);
  const two = await run('구글은 앤트로픽에 투자했고, 메타는 미스트랄AI에 2억 달러를 빌려줬다.');
  expect(investments(two)).toEqual(['구글>앤트로픽']);
});
