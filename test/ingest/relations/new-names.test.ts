/**
 * Names no lexicon has, in investor slots (ingest/relations/new-names.ts): an "include" or
 * "joined by … such as" series is read member by member to the clause's end, so that a member
 * no lexicon knows neither is lost nor hides the known members after it.
 */
import { namedPairs, run } from '../helpers.js';

const investors = async (text: string) => namedPairs(await run(text), 'INVESTS_IN');

test('an unknown member of an include series is a new investor, and the members after it stay', async () => {
  expect(
    await investors(
      'Cohere closed a $500 million round. Backers include Oracle, Harbor Lane Group, Tidewater Advisors Co. and Nvidia Corp.',
    ),
  ).toEqual(['Harbor Lane Group>Cohere', 'Nvidia>Cohere', 'Oracle>Cohere', 'Tidewater Advisors>Cohere']);
});

test('descriptors before a member ("Geneva-based", "Japan\'s") are no part of its name', async () => {
  expect(
    await investors(
      "Cohere closed a $500 million round. Investors included Geneva-based Altamira Holdings and Japan's Kestrel Group.",
    ),
  ).toEqual(['Altamira Holdings>Cohere', 'Kestrel Group>Cohere']);
});

test('an apposition is passed over, a clause after the series ends it', async () => {
  expect(
    await investors(
      'Cohere closed a $500 million round. Investors include Nvidia, a chip supplier, and Harbor Lane Group, bankers said, while Morgan Stanley declined to comment.',
    ),
  ).toEqual(['Harbor Lane Group>Cohere', 'Nvidia>Cohere']);
});

test('"joined by other investors such as" opens the same series', async () => {
  expect(
    await investors(
      'Upstage raised $80 million on Tuesday. The round was led by Nvidia and joined by other investors such as Harbor Lane Group and Samsung.',
    ),
  ).toEqual(['Harbor Lane Group>Upstage', 'Nvidia>Upstage', 'Samsung Electronics>Upstage']);
});

test('a kind of fund before an unknown investor ("the hedge fund") is passed over', async () => {
  expect(
    await investors(
      'Cohere raised $2 billion this week. The round was led by the pension fund Alder Trust and the hedge fund Quarry Hill Management.',
    ),
  ).toEqual(['Quarry Hill Management>Cohere']);
});
