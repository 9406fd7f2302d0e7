/**
 * The frame engine (ingest/relations/engine.ts): an investment noun with its investor in the
 * genitive right before it ("오픈AI에 대한 마이크로소프트의 투자") names that investor, never the
 * sentence's subject who only speaks about the investment; a frame that reads its target in the
 * genitive ("X의 지분") keeps it. A government body written with its country acts as that
 * country; a fund written with its kind ("sovereign fund X") is a noun, not an investment.
 */
import { hasRelation, namedPairs, relationsOf, run } from '../helpers.js';

test('a regulator examining an investment is no investor: the genitive owner of the investment is', async () => {
  const x = await run('EU 집행위원회는 오픈AI에 대한 마이크로소프트의 투자를 검토하고 있다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['마이크로소프트>오픈AI']);
});

test('a subject investing in its own words still invests', async () => {
  const x = await run('마이크로소프트는 오픈AI에 막대한 투자를 하고 있다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['마이크로소프트>오픈AI']);
});

test('the genitive of a stake is its target, not its holder', async () => {
  const x = await run('알리바바는 문샷AI와 미니맥스 등의 지분을 갖고 있다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['알리바바>문샷AI', '알리바바>미니맥스']);
});

describe('who acts: a government body for its country, a fund word for no one', () => {
  test('a government body named with its country regulates as that country (the eval GUIDE)', async () => {
    const x = await run('미국 상무부는 화웨이를 수출 통제 명단에 올렸다.');
    expect(hasRelation(x, 'REGULATES', 'country:us', 'company:huawei')).toBe(true);
    expect(hasRelation(x, 'REGULATES', 'org:us-commerce', 'company:huawei')).toBe(false);
  });
  test('must NOT: "sovereign fund X" is a noun, not an investment in X', async () => {
    expect(relationsOf(await run("Microsoft works with Abu Dhabi's sovereign fund Mubadala."), 'INVESTS_IN')).toEqual(
      [],
    );
  });
});
