/**
 * The elided selector (ingest/relations/slots-elided.ts): once the article has named a round, an
 * investment sentence without a destination ("A 등이 투자했다", "B도 N원을 투자하며") goes to the
 * round's raiser; one that names a destination of its own, or comes with no round before, does not.
 */
import { namedPairs, run } from '../helpers.js';

const investors = async (text: string) => namedPairs(await run(text), 'INVESTS_IN');

test('investors without a destination join the round the article named', async () => {
  expect(await investors('업스테이지가 시리즈C 투자를 유치했다. 카카오와 네이버 등이 투자했다.')).toEqual([
    '네이버>업스테이지',
    '카카오>업스테이지',
  ]);
});

test('a destination of its own, even one no lexicon knows, keeps the money away from the round', async () => {
  expect(await investors('업스테이지가 투자를 유치했다. 카카오는 데이터센터에 1조원을 투자했다.')).toEqual([]);
});

test('with no round named before, nothing is read', async () => {
  expect(await investors('카카오와 네이버 등이 투자했다.')).toEqual([]);
});

test('an investment that only describes what the subject is names no round of the article', async () => {
  const pairs = await investors(
    '업스테이지의 시리즈A 투자 유치는 카카오가 주도했다. 카카오는 과거 리벨리온 같은 신생 기업들에도 일찍 투자해 이름을 알린 회사다. 네이버 등도 투자자로 참여했다.',
  );
  expect(pairs).toContain('네이버>업스테이지');
  // must NOT: the described investment's target is no raiser for the participants after it
  expect(pairs).not.toContain('네이버>리벨리온');
});

test('must NOT: a closing copula on an event noun ("…한 경우다") is no description of an actor', async () => {
  const pairs = await investors(
    '올해 최대 규모 거래는 카카오가 주도한 투자 라운드에서 업스테이지가 1조원을 유치한 경우다.',
  );
  expect(pairs).toContain('카카오>업스테이지');
});
