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
