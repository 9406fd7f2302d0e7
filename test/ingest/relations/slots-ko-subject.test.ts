/**
 * The mainSubj selector (ingest/relations/slots-ko-subject.ts): the subject of a relative clause
 * on the way to the predicate ("A가 주도한 투자를 통해 조달") is not the raiser; the topic is, and
 * the round it names is the one later participants join. A plain subject still is the raiser.
 */
import { namedPairs, run } from '../helpers.js';

const investors = async (text: string) => namedPairs(await run(text), 'INVESTS_IN');

test('the subject of a relative clause is the lead investor, the topic raised the money', async () => {
  expect(
    await investors(
      '업스테이지는 벤처투자사 한빛벤처스가 주도한 시리즈B 투자를 통해 500억원을 조달했다. 이번 투자에는 카카오와 네이버 등이 참여했다.',
    ),
  ).toEqual(['네이버>업스테이지', '카카오>업스테이지', '한빛벤처스>업스테이지']);
});

test('a plain subject in 이/가 still raised the money', async () => {
  expect(await investors('업스테이지가 카카오로부터 500억원을 조달했다. 이번 투자에는 네이버도 참여했다.')).toEqual([
    '네이버>업스테이지',
    '카카오>업스테이지',
  ]);
});

test('an apposition in 인 is no relative clause', async () => {
  expect(await investors('AI 스타트업인 업스테이지가 카카오로부터 500억원을 조달했다.')).toEqual(['카카오>업스테이지']);
});
