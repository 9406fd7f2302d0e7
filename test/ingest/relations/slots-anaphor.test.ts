/**
 * The anaphor selector (ingest/relations/slots-anaphor.ts): "invested in the company" stands for
 * the last company named before it other than the investor; an apposition after the description
 * names it; a possessive or a defining phrase is no description; no other company, no relation.
 * The same investor's own investee, up to six sentences back, comes before any company named since.
 */
import { namedPairs, run } from '../helpers.js';

const investors = async (text: string) => namedPairs(await run(text), 'INVESTS_IN');

test('a definite description after the preposition is the last other company named', async () => {
  expect(
    await investors(
      'Cohere opened an office in Seoul. A year later, Oracle and Samsung invested $80 million in the startup.',
    ),
  ).toEqual(['Oracle>Cohere', 'Samsung Electronics>Cohere']);
});

test('the investor itself is never the company described', async () => {
  expect(
    await investors(
      'Perplexity released a browser. Nvidia reported record sales, and Nvidia then invested in the company.',
    ),
  ).toEqual(['Nvidia>Perplexity']);
});

test('an apposition after the description names the company', async () => {
  expect(await investors('Google made a new chip, and Amazon put $4 billion into the same AI lab, Anthropic.')).toEqual(
    ['Amazon>Anthropic'],
  );
});

test('a possessive or a defining phrase is no description', async () => {
  expect(await investors("Cohere opened an office in Seoul. Oracle invested in the company's cloud rivals.")).toEqual(
    [],
  );
  expect(
    await investors('Cohere opened an office in Seoul. Oracle invested in the startup behind the new chips.'),
  ).toEqual([]);
});

test('with no other company before it the description stays unresolved', async () => {
  expect(await investors('Oracle reported strong results. Oracle has invested $2 billion in the company.')).toEqual([]);
});

test('only a few sentences back: a company named long before is not the one described', async () => {
  expect(
    await investors(
      'Cohere opened an office. The office is large. It has many desks. Hiring went well. Sales rose. Oracle invested in the company.',
    ),
  ).toEqual([]);
});

test("the investor's own investee of the sentences before is the company described, not the last one named", async () => {
  expect(
    await investors(
      'Amazon backed Anthropic. Its chatbot Claude competes with OpenAI and Gemini. Amazon will keep a minority stake in the company.',
    ),
  ).toEqual(['Amazon>Anthropic']);
});

test("the investor's own investee a paragraph back is the company, not a rival named since", async () => {
  // must NOT: Mistral AI, named since, is the rival the text compares Cohere with, no investee of Oracle's
  expect(
    await investors(
      'Oracle invested $300 million in Cohere. The startup sells models to banks. Its tools compete with Mistral AI. ' +
        'Analysts liked the price. The stock rose. Oracle will keep a small stake in the company.',
    ),
  ).toEqual(['Oracle>Cohere']);
});
