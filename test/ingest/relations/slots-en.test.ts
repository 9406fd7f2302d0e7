/**
 * English slot selectors (ingest/relations/slots-en.ts) through the whole pipeline: the subject
 * before the verb past an appositive or a relative clause, a subject pronoun standing for the
 * name the sentence opened with, the subject of a second coordinated verb; a noun after a clause
 * break is no subject.
 */
import { hasRelation, namedPairs, relationsOf, run } from '../helpers.js';

describe('English subjects and objects by word order, past appositions and relative clauses', () => {
  test('a participle after a colon has the sentence subject ("X faces two tasks: competing with Y")', async () => {
    const x = await run('Intel now has two tasks: competing with AMD in servers and winning back Apple.');
    expect(namedPairs(x, 'COMPETES_WITH')).toContain('AMD>Intel');
  });
  test('"X, which competes with A, B and C" and a later main verb', async () => {
    const x = await run(
      'Cohere, which competes with OpenAI and Anthropic in enterprise software, released Command A in March.',
    );
    expect(hasRelation(x, 'COMPETES_WITH', 'company:cohere', 'company:openai')).toBe(true);
    expect(hasRelation(x, 'COMPETES_WITH', 'company:cohere', 'company:anthropic')).toBe(true);
    expect(relationsOf(x, 'DEVELOPS').every((r) => r.startsWith('company:cohere>'))).toBe(true);
  });
  test('must NOT: a noun after a clause break is no subject of the verb in it', async () => {
    const x = await run(
      'Amazon doubled its bet on the Claude chatbot maker, deepening an alliance meant to challenge Microsoft.',
    );
    expect(relationsOf(x, 'COMPETES_WITH').filter((r) => r.includes('claude'))).toEqual([]);
  });
  test('"has joined X and backed Y": the investor is the sentence subject', async () => {
    const x = await run(
      "MGX, an Emirati investor, has joined OpenAI's data-centre project and backed xAI's latest round.",
    );
    expect(hasRelation(x, 'INVESTS_IN', 'company:mgx', 'company:xai')).toBe(true);
    expect(hasRelation(x, 'INVESTS_IN', 'company:openai', 'company:xai')).toBe(false);
  });
  test('an English subject pronoun is the name the sentence opened with', async () => {
    const x = await run(
      'Mistral AI said on Monday it would open an office in Tokyo as it tries to compete with Cohere.',
    );
    expect(hasRelation(x, 'COMPETES_WITH', 'company:mistral', 'company:cohere')).toBe(true);
  });
});

describe('a list after a preposition goes on by "and", but not into a new noun phrase', () => {
  test('"invested in A and rival B" goes on; "investment in A and deals between B and C" does not', async () => {
    const x = await run('Microsoft invested in OpenAI and rival Mistral AI.');
    expect(hasRelation(x, 'INVESTS_IN', 'company:microsoft', 'company:mistral')).toBe(true);
    const y = await run(
      "Regulators studied Microsoft's investment in OpenAI and deals between Google, Amazon and Anthropic.",
    );
    expect(relationsOf(y, 'INVESTS_IN').filter((r) => r.startsWith('company:microsoft>'))).toEqual([
      'company:microsoft>company:openai',
    ]);
  });
});

describe('a person after "and" goes on with the list, a person after a title word does not', () => {
  test('"include Oracle and Jensen Huang": the "a" of "and" is no lower-case title', async () => {
    const x = await run('Well-known investors in Cohere include Oracle and Jensen Huang.');
    expect(namedPairs(x, 'INVESTS_IN')).toEqual(['Jensen Huang>Cohere', 'Oracle>Cohere']);
  });
});

describe('a lowercase pronoun opening a later clause ("…, when it raised") stands for the opening subject', () => {
  test('the opening company raised the round, from every member of the list', async () => {
    const x = await run(
      'Cohere sells language models to banks and was worth $5 billion last spring, when it raised $300 million from Oracle and Nvidia.',
    );
    expect(hasRelation(x, 'INVESTS_IN', 'company:oracle', 'company:cohere')).toBe(true);
    expect(hasRelation(x, 'INVESTS_IN', 'company:nvidia', 'company:cohere')).toBe(true);
  });
  test('with no name before the pronoun, the last sentence subject', async () => {
    const x = await run(
      'Zhipu AI trains large models in Beijing. Per one filing, it recently raised $80 million from Tencent.',
    );
    expect(hasRelation(x, 'INVESTS_IN', 'company:tencent', 'company:zhipu-ai')).toBe(true);
  });
  test('must NOT: another company between the opening subject and the pronoun leaves "it" open', async () => {
    const x = await run('Nvidia backed OpenAI, when it raised $6 billion from SoftBank.');
    expect(relationsOf(x, 'INVESTS_IN').filter((r) => r.endsWith('>company:nvidia'))).toEqual([]);
  });
});

describe('a place naming where the company after it is', () => {
  test('"invest in <place> <company noun> X": X is the target, not the place', async () => {
    const x = await run(
      'Nvidia plans to put $2 billion into a deal and to invest in Abu Dhabi chip firm G42 next year.',
    );
    expect(namedPairs(x, 'INVESTS_IN')).toEqual(['Nvidia>G42']);
  });
  test('must NOT: a place and a company joined by "and" are two targets, the place no company noun', async () => {
    const x = await run('Nvidia will invest in India and in the startup Sarvam AI.');
    expect(namedPairs(x, 'INVESTS_IN')).not.toContain('Nvidia>India');
  });
});
