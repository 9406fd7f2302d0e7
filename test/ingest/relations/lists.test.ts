/**
 * A list that goes on in the next sentence (ingest/relations/lists.ts continuesFrom): a sentence
 * whose subject is additive (도) keeps the round the sentence before named, and the subject of that
 * sentence is a peer of the new names (slots-common.ts), not what they invest in. Sentences are ours.
 */
import { namedPairs, run } from '../helpers.js';

const investors = async (text: string) => namedPairs(await run(text), 'INVESTS_IN');

test('"B와 C도 참여했다" after the round was named joins that round', async () => {
  expect(await investors('퓨리오사AI는 시리즈C 투자를 유치했다. KT와 네이버도 참여했다.')).toEqual([
    'KT>퓨리오사AI',
    '네이버>퓨리오사AI',
  ]);
});

test('the investor of the sentence before is a peer of the added names, not their investee', async () => {
  expect(
    await investors('퓨리오사AI는 시리즈C 투자를 유치했다. 이번 투자에는 카카오가 참여했다. KT와 네이버도 참여했다.'),
  ).toEqual(['KT>퓨리오사AI', '네이버>퓨리오사AI', '카카오>퓨리오사AI']);
});

test('must not: without 도 the next sentence is no part of the round', async () => {
  expect(await investors('퓨리오사AI는 시리즈C 투자를 유치했다. KT와 네이버는 정부 행사에 참여했다.')).toEqual([]);
});

test('must not: a sentence that only speaks of investing names no round to go on with', async () => {
  expect(await investors('카카오는 올해 AI 투자를 늘리고 있다. 네이버와 KT도 정부 협의체에 참여했다.')).toEqual([]);
  expect(await investors('Nvidia counts many backers. Its customers also include Samsung and AMD.')).toEqual([]);
});

test('must not: a new paragraph does not go on with the round', async () => {
  expect(await investors('퓨리오사AI는 시리즈C 투자를 유치했다.\n\nKT와 네이버도 행사에 참여했다.')).toEqual([]);
});

test('co-investors several sentences on still reach the round the article is about', async () => {
  expect(
    await investors(
      'Cohere raised $90 million. The company builds language models for banks. Its models run in many clouds. ' +
        'Its staff grew this year. It plans an office in Seoul. It hired a new finance chief. ' +
        'The round was led by Nvidia. The money goes to chips. It will also hire engineers. Its board met. ' +
        'Its rivals are larger. Existing investors, such as AMD, Samsung, and Oracle, also participated.',
    ),
  ).toEqual(['AMD>Cohere', 'Nvidia>Cohere', 'Oracle>Cohere', 'Samsung Electronics>Cohere']);
});
