/**
 * "각각" (ingest/relations/respectively.ts): gapped segments and two lists of one size pair member
 * by member instead of crossing every source with every target; lists of different sizes still cross.
 */
import { namedPairs, run } from '../helpers.js';

const names = namedPairs;

test('gapped segments with a dative pair each investor with its own target', async () => {
  const x = await run('카카오는 리벨리온에, 네이버는 퓨리오사AI에 각각 투자했다.');
  expect(names(x, 'INVESTS_IN')).toEqual(['네이버>퓨리오사AI', '카카오>리벨리온']);
});

test('of a topic and a subject in 이/가, the subject is the investor', async () => {
  const x = await run('리벨리온은 카카오가, 퓨리오사AI는 네이버가 각각 투자했다.');
  expect(names(x, 'INVESTS_IN')).toEqual(['네이버>퓨리오사AI', '카카오>리벨리온']);
});

test('two lists of one size pair in order', async () => {
  const x = await run('카카오와 네이버는 각각 리벨리온과 퓨리오사AI에 투자했다.');
  expect(names(x, 'INVESTS_IN')).toEqual(['네이버>퓨리오사AI', '카카오>리벨리온']);
});

test('lists of different sizes still cross: each investor in every target', async () => {
  const x = await run('카카오와 네이버는 리벨리온, 퓨리오사AI, 업스테이지에 각각 투자했다.');
  expect(names(x, 'INVESTS_IN')).toHaveLength(6);
});

test('without 각각 two lists cross', async () => {
  const x = await run('카카오와 네이버는 리벨리온과 퓨리오사AI에 투자했다.');
  expect(names(x, 'INVESTS_IN')).toHaveLength(4);
});
