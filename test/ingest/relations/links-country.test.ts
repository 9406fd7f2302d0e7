/** BASED_IN from a country written as a descriptor of companies (ingest/relations/links-country.ts), on our own sentences. */
import { hasRelation, namedPairs, relationsOf, run } from '../helpers.js';

test("a list closed by 등 before 'COUNTRY + compound company noun' (대기업, 경쟁사, 기술 기업)", async () => {
  const big = await run('바이두, 알리바바, 텐센트 등 중국 기술 대기업들이 새 칩을 샀다.');
  for (const id of ['company:baidu', 'company:alibaba', 'company:tencent'])
    expect(hasRelation(big, 'BASED_IN', id, 'country:cn')).toBe(true);
  const rivals = await run('딥시크는 오픈AI, 앤트로픽 등 미국 경쟁사들을 따라잡았다.');
  expect(hasRelation(rivals, 'BASED_IN', 'company:openai', 'country:us')).toBe(true);
  expect(hasRelation(rivals, 'BASED_IN', 'company:anthropic', 'country:us')).toBe(true);
  const represent = await run('구글, 아마존 등 미국을 대표하는 3대 기술 기업이 투자를 늘렸다.');
  expect(hasRelation(represent, 'BASED_IN', 'company:amazon', 'country:us')).toBe(true);
});

test('a name no lexicon places is based in the country only as a member of the described list', async () => {
  const x = await run('그 장비는 나우라·코로나테크 등 중국 업체가 만든다.');
  expect(namedPairs(x, 'BASED_IN')).toContain('코로나테크>중국');
  // must NOT: "A와 미국 금융사 B" describes B only
  const pair = await run('벤처회사 루미너스와 미국 금융사 피델리티가 투자했다.');
  expect(namedPairs(pair, 'BASED_IN')).not.toContain('루미너스>미국');
});

test("English: 'China's two biggest tech firms', 'America's chip designer, Nvidia'", async () => {
  const x = await run('Alibaba and Tencent, China’s two biggest tech firms, backed the startup.');
  expect(hasRelation(x, 'BASED_IN', 'company:alibaba', 'country:cn')).toBe(true);
  expect(hasRelation(x, 'BASED_IN', 'company:tencent', 'country:cn')).toBe(true);
  const d = await run('Regulators met America’s most important chip designer, Nvidia, on Monday.');
  expect(hasRelation(d, 'BASED_IN', 'company:nvidia', 'country:us')).toBe(true);
});

test('must NOT: a country named as a market or a government describes no company', async () => {
  const x = await run('미국 정부는 엔비디아의 수출을 막았다.');
  expect(hasRelation(x, 'BASED_IN', 'company:nvidia', 'country:us')).toBe(false);
  const market = await run('Nvidia sells chips into the Chinese market.');
  expect(hasRelation(market, 'BASED_IN', 'company:nvidia', 'country:cn')).toBe(false);
});

describe('a country descriptor of companies: lists before it, 중국판, "such as"', () => {
  test('a country used as a descriptor of companies: "X, Y 등 미국 빅테크"', async () => {
    const x = await run('엔비디아, 인텔 등 미국 반도체 기업들도 대응에 나섰다.');
    expect(hasRelation(x, 'BASED_IN', 'company:nvidia', 'country:us')).toBe(true);
    expect(hasRelation(x, 'BASED_IN', 'company:intel', 'country:us')).toBe(true);
  });
  test('"중국판 X로 불리는 Y" and "Chinese tech giants such as Y"', async () => {
    const x = await run("'중국판 엔비디아'로 불리는 캠브리콘이 상장했다.");
    expect(hasRelation(x, 'BASED_IN', 'company:cambricon', 'country:cn')).toBe(true);
    const y = await run('Chinese tech giants such as Tencent cut prices.');
    expect(hasRelation(y, 'BASED_IN', 'company:tencent', 'country:cn')).toBe(true);
  });
  test('must NOT: the descriptor names another country than the lexicon', async () => {
    const x = await run('구글은 중국 기업들과 달리 가격을 내리지 않았다.');
    expect(relationsOf(x, 'BASED_IN')).toEqual([]);
  });
});

test('must NOT: a description in apposition to one company describes no other company of the sentence', async () => {
  const x = await run('삼성전자는 작년에 미국 칩 기업 엔비디아와, 올해는 구글과 손잡았다.');
  expect(hasRelation(x, 'BASED_IN', 'company:nvidia', 'country:us')).toBe(true);
  expect(hasRelation(x, 'BASED_IN', 'company:google', 'country:us')).toBe(false);
  // the list the apposed name opens shares the description
  const list = await run('규제 대상은 미국 회사인 엔비디아(NVIDIA)와 구글(Google)이다.');
  expect(hasRelation(list, 'BASED_IN', 'company:google', 'country:us')).toBe(true);
});

test("'한국의 A와 B': the list past a comitative particle; 'A나 B 등 중국 내 업체'", async () => {
  const x = await run('그 보고서는 한국의 네이버와 SK하이닉스를 함께 다뤘다.');
  expect(hasRelation(x, 'BASED_IN', 'company:sk-hynix', 'country:kr')).toBe(true);
  const y = await run('당국은 바이두나 캠브리콘 등 중국 내 기업의 칩을 쓰라고 했다.');
  expect(hasRelation(y, 'BASED_IN', 'company:baidu', 'country:cn')).toBe(true);
  expect(hasRelation(y, 'BASED_IN', 'company:cambricon', 'country:cn')).toBe(true);
  // must NOT: '내' before a name is a place, no company description
  const z = await run('마이크론은 미국 내 구글, 인텔 공장을 둘러봤다.');
  expect(hasRelation(z, 'BASED_IN', 'company:intel', 'country:us')).toBe(false);
});

describe("English: a definite nationality phrase refers back ('… the Dutch lab …')", () => {
  test('the nearest company before it, in this sentence or the one before', async () => {
    const x = await run('Mistral AI hired 40 engineers this year. The French lab plans to double that.');
    expect(hasRelation(x, 'BASED_IN', 'company:mistral', 'country:fr')).toBe(true);
    const y = await run('Nvidia sold chips to Huawei, and the U.S. company expects more orders.');
    expect(hasRelation(y, 'BASED_IN', 'company:nvidia', 'country:us')).toBe(true);
    const old = await run('Cohere, a five-year-old Canadian startup, hired staff.');
    expect(hasRelation(old, 'BASED_IN', 'company:cohere', 'country:ca')).toBe(true);
  });
  test('must NOT: a company the lexicon places elsewhere, a phrase followed by a name or a list', async () => {
    const x = await run('Huawei sold phones, and the American company said nothing.');
    expect(hasRelation(x, 'BASED_IN', 'company:huawei', 'country:us')).toBe(false);
    const y = await run('Upstage met the Chinese labs such as Moonshot on Monday.');
    expect(hasRelation(y, 'BASED_IN', 'company:upstage', 'country:cn')).toBe(false);
  });
});
