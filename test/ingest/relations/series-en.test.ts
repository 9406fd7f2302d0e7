/**
 * English series past plain coordination (ingest/relations/series-en.ts): a member's apposition
 * (", the Singapore state fund,"), a descriptor of the next member ("existing investor",
 * "ChatGPT-maker"), "with B and C also participating", and subjects that reach back over commas
 * and possessives. A clause after a bare comma ends the series.
 */
import { namedPairs, run } from '../helpers.js';

const investors = async (text: string) => namedPairs(await run(text), 'INVESTS_IN');

test('an apposition of one member and a descriptor of the next keep the series going', async () => {
  expect(
    await investors(
      'Perplexity raised $500 million from Nvidia, Temasek, the Singapore state fund, and chipmaker AMD.',
    ),
  ).toEqual(['AMD>Perplexity', 'Nvidia>Perplexity', 'Temasek>Perplexity']);
});

test('a hyphen descriptor glued to a name is no member, the name after it is', async () => {
  expect(await investors('Cohere raised $80 million from Sequoia Capital, ChatGPT-maker OpenAI and others.')).toEqual([
    'OpenAI>Cohere',
    'Sequoia Capital>Cohere',
  ]);
});

test('"with B and C also participating" adds co-investors', async () => {
  expect(
    await investors(
      'Cohere raised $80 million in a round led by Sequoia Capital, with Nvidia and Samsung also participating.',
    ),
  ).toEqual(['Nvidia>Cohere', 'Samsung Electronics>Cohere', 'Sequoia Capital>Cohere']);
});

test('a new clause after a bare comma ends the series', async () => {
  expect(await investors('Perplexity raised $500 million from SoftBank, chipmaker Nvidia said on Monday.')).toEqual([
    'SoftBank>Perplexity',
  ]);
});

test('a subject series reaches back over commas and a possessive country', async () => {
  expect(
    await investors(
      "Sakana AI raised $100 million this week. Existing investors, such as AMD, Nvidia, and Singapore's Temasek, also participated.",
    ),
  ).toEqual(['AMD>Sakana AI', 'Nvidia>Sakana AI', 'Temasek>Sakana AI']);
});

test('a clause-opening "It" is the subject of the sentence before', async () => {
  expect(await investors('Sequoia Capital invested in OpenAI early. It also backs Mistral AI and Cohere.')).toEqual([
    'Sequoia Capital>Cohere',
    'Sequoia Capital>Mistral AI',
    'Sequoia Capital>OpenAI',
  ]);
  expect(await investors('It also backs Mistral AI.')).toEqual([]);
});

test('members separated by semicolons, and investing arms named for their parents, are one series', async () => {
  expect(
    await investors(
      'Upstage raised $90 million. Backers include Samsung; the venture arms of Intel and LG; the family office of Jeff Bezos; and others.',
    ),
  ).toEqual(['Intel>Upstage', 'Jeff Bezos>Upstage', 'LG Group>Upstage', 'Samsung Electronics>Upstage']);
});

test('a clause after a semicolon ends the series', async () => {
  expect(await investors('Upstage raised $90 million from Samsung; Intel said it had declined to invest.')).toEqual([
    'Samsung Electronics>Upstage',
  ]);
});
