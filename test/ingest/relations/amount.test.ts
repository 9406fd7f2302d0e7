/**
 * The amount of an investment (ingest/relations/amount.ts) through the whole pipeline: Korean
 * 달러/원 amounts and English "$N billion" next to the predicate, with the currency they are in.
 */
import { hasRelation, run } from '../helpers.js';

describe('the amount and currency of an investment', () => {
  test('Korean with amount: X가 Y에 1억달러를 투자; X가 Y 개발에 투자한 1억달러', async () => {
    const x = await run('마이크로소프트는 오픈AI에 130억달러를 투자했다.');
    const r = x.relations.find((k) => k.type === 'INVESTS_IN');
    expect(r).toMatchObject({
      source: 'company:microsoft',
      target: 'company:openai',
      amount: '130억달러',
      currency: 'USD',
    });
    const y = await run('오픈AI가 챗GPT 개발에 투자한 1억달러(약 1455억원)는 컸다.');
    expect(y.relations.find((k) => k.type === 'INVESTS_IN')).toMatchObject({
      target: 'model:openai/chatgpt',
      amount: '1억달러',
    });
  });
  test('Korean won amounts and raising: Y로부터 투자를 유치', async () => {
    const x = await run('업스테이지가 SK텔레콤으로부터 5000억원 투자를 유치했다.');
    expect(x.relations.find((k) => k.type === 'INVESTS_IN')).toMatchObject({
      source: 'company:sk-telecom',
      target: 'company:upstage',
      amount: '5000억원',
      currency: 'KRW',
    });
  });
  test('English: invested $X in Y; backed by', async () => {
    const x = await run('SoftBank invested $500 billion in OpenAI.');
    expect(x.relations.find((k) => k.type === 'INVESTS_IN')).toMatchObject({
      source: 'company:softbank',
      target: 'company:openai',
      amount: '$500 billion',
      currency: 'USD',
    });
    expect(
      hasRelation(await run('Anthropic is backed by Amazon.'), 'INVESTS_IN', 'company:amazon', 'company:anthropic'),
    ).toBe(true);
  });
});
