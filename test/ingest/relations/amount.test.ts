/**
 * Money amounts (ingest/relations/amount.ts): the sum stated with an investment reaches the
 * relation with its currency (Korean 달러/원, English "$N billion"), and a gapped amount list
 * ("A가 N달러, B가 M달러를 투자") gives each of its subjects, an owner's investment arm standing
 * for the owner; a list of other figures gives none.
 */
import { hasRelation, namedPairs, run } from '../helpers.js';

const investors = async (text: string) => namedPairs(await run(text), 'INVESTS_IN');

test('each subject of an amount list invests, with the destination named after the list', async () => {
  expect(await investors('카카오가 200억원, 네이버가 100억원을 리벨리온에 투자했다.')).toEqual([
    '네이버>리벨리온',
    '카카오>리벨리온',
  ]);
});

test("an owner's venture arm in the list stands for the owner", async () => {
  expect(
    await investors('리벨리온이 투자를 유치했다. 삼성전자의 벤처캐피털이 300억원, 카카오가 200억원을 투자했다.'),
  ).toEqual(['삼성전자>리벨리온', '카카오>리벨리온']);
});

test('a genitive that is no investment arm ends the list', async () => {
  expect(await investors('퓨리오사AI의 기업가치가 1조원, 카카오가 리벨리온에 100억원을 투자했다.')).toEqual([
    '카카오>리벨리온',
  ]);
});

test('the amount is kept on the relation', async () => {
  const x = await run('카카오가 리벨리온에 200억원을 투자했다.');
  const r = x.relations.find((y) => y.type === 'INVESTS_IN');
  expect(JSON.stringify(r)).toContain('200억원');
});

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

test('the window around the predicate never cuts a number in two', async () => {
  // the sum starts 41 characters before 투자, one past the 40-character window: cut there it read 00억원
  const x = await run(
    '카카오는 지난 분기 신규 사업 확장과 별도로 500억원이라는 큰 자금을 들여서 결국 끝에 거의 바로 이번에 리벨리온에 투자했다.',
  );
  const r = x.relations.find((k) => k.type === 'INVESTS_IN');
  expect(r?.amount).not.toBe('00억원');
  expect(r?.amount).toBe('500억원');
});

test('nor cuts a unit off the end of a sum', async () => {
  // "billion" begins past the 40 characters after the predicate: a window cut there read "$2.75"
  const x = await run('Oracle invested in Cohere a sum that came to $2.75 billion.');
  expect(x.relations.find((k) => k.type === 'INVESTS_IN')?.amount).toBe('$2.75 billion');
});

describe("a firm's valuation is not the sum invested", () => {
  const amountOf = async (text: string) => (await run(text)).relations.find((k) => k.type === 'INVESTS_IN')?.amount;
  test('English: at a $N valuation, valuing it at $N, values X at $N', async () => {
    expect(await amountOf('Salesforce led a round in Cohere at a $5.5 billion valuation.')).toBeUndefined();
    expect(await amountOf('Sequoia led a $300 million round in Perplexity, valuing it at $9 billion.')).toBe(
      '$300 million',
    );
    expect(
      await amountOf('Cohere closed a round. The round, led by Oracle, values Cohere at $5 billion.'),
    ).toBeUndefined();
  });
  test('Korean: 기업가치 N원, N달러의 기업가치', async () => {
    expect(await amountOf('카카오는 기업가치 5조 원에 업스테이지에 투자했다.')).toBeUndefined();
    expect(await amountOf('네이버는 200억 달러의 기업가치로 평가받은 리벨리온에 300억원을 투자했다.')).toBe('300억원');
  });
});
