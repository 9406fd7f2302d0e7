/**
 * Language-neutral slot selectors (ingest/relations/slots-common.ts): the country an export goes
 * toward ("미국 수출을 금지", "중국으로의 수출") is what is regulated; a country's own exports are not.
 * The carried subject: a time noun in 은/는 ("올해는") spells out no subject of the clause.
 */
import { hasRelation, namedPairs, relationsOf, run } from '../helpers.js';

describe('the country an export goes toward is the regulation target', () => {
  test('"미국 수출을 금지": a country read through 수출', async () => {
    expect(
      hasRelation(await run('중국 정부는 희토류의 미국 수출을 금지했다.'), 'REGULATES', 'country:cn', 'country:us'),
    ).toBe(true);
  });
  test('"중국으로의 수출을 통제" with a topic that governs both clauses', async () => {
    const x = await run('일본 정부는 장비 판매를 일부 허용했지만, 중국으로의 첨단 장비 수출은 계속 통제한다.');
    expect(hasRelation(x, 'REGULATES', 'country:jp', 'country:cn')).toBe(true);
  });
  test('must NOT: exports from a country are not its regulation target', async () => {
    const x = await run('일본 정부는 중국의 수출 실적을 발표했다.');
    expect(relationsOf(x, 'REGULATES')).toEqual([]);
  });
});

test('a time noun in 은/는 ("올해는") is no subject of its own: the subject before carries on', async () => {
  const x = await run('리벨리온은 최근 성과를 냈다. 올해는 삼성전자로부터 투자를 유치했다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['삼성전자>리벨리온']);
});
