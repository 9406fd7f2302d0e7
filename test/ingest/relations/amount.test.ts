/**
 * Money amounts (ingest/relations/amount.ts): the sum stated with an investment reaches the
 * relation, and a gapped amount list ("A가 N달러, B가 M달러를 투자") gives each of its subjects,
 * an owner's investment arm standing for the owner; a list of other figures gives none.
 */
import { namedPairs, run } from '../helpers.js';

const investors = async (text: string) => namedPairs(await run(text), 'INVESTS_IN');

test('each subject of an amount list invests, with the destination named after the list', async () => {
  expect(await investors('카카오가 200억원, 네이버가 100억원을 리벨리온에 투자했다.')).toEqual([
    '네이버>리벨리온',
    '카카오>리벨리온',
  ]);
});

test("an owner's venture arm in the list stands for the owner", async () => {
  expect(
    await investors('리벨리온이 투자를 유치했다. 삼성전자의 벤처캐피털이 300억원, 카카오가 200억원을 투자했다.'),
  ).toEqual(['삼성전자>리벨리온', '카카오>리벨리온']);
});

test('a genitive that is no investment arm ends the list', async () => {
  expect(await investors('퓨리오사AI의 기업가치가 1조원, 카카오가 리벨리온에 100억원을 투자했다.')).toEqual([
    '카카오>리벨리온',
  ]);
});

test('the amount is kept on the relation', async () => {
  const x = await run('카카오가 리벨리온에 200억원을 투자했다.');
  const r = x.relations.find((y) => y.type === 'INVESTS_IN');
  expect(JSON.stringify(r)).toContain('200억원');
});
