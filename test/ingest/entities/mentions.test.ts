/**
 * Which candidate forms count (ingest/entities/mentions.ts): weak names and everyday-word aliases
 * need support in their sentence, currency words name no company, a bare family name after its one
 * version refers back to it, and a quoted name keeps its whole span over a known family.
 */
import { entity, hasRelation, run } from '../helpers.js';

test('a weak company name is taken after a company noun or beside a company in a list', async () => {
  expect(entity(await run('영국 반도체 설계 기업 Arm은 새 칩을 공개했다.'), 'company:arm')).toBeDefined();
  expect(entity(await run('구글 모회사 알파벳이 실적을 발표했다.'), 'company:alphabet')).toBeDefined();
  expect(entity(await run('MS·아마존도 우군 확보에 나섰다.'), 'company:microsoft')).toBeDefined();
  expect(entity(await run('규제당국은 오픈AI, 알파벳, 아마존을 조사한다.'), 'company:alphabet')).toBeDefined();
  expect(entity(await run('알파벳과 아마존이 투자했다.'), 'company:alphabet')).toBeDefined();
  expect(entity(await run('주가는 알파벳(NASDAQ:GOOG)이 가장 많이 올랐다.'), 'company:alphabet')).toBeDefined();
});

test('an English kind noun (provider, maker, supplier) before a weak company name makes it a company', async () => {
  expect(entity(await run('Shares of licensing provider Arm rose on Monday.'), 'company:arm')).toBeDefined();
  expect(entity(await run('Orders went to the phone maker Arm last year.'), 'company:arm')).toBeDefined();
});

test('must NOT: a weak company name alone in a sentence is the ordinary word', async () => {
  expect(entity(await run('그는 알파벳 순서로 이름을 불렀다.'), 'company:alphabet')).toBeUndefined();
});

test('must NOT: 한화 before an amount is the currency, not Hanwha', async () => {
  const x = await run('아마존은 40억 달러(한화 5조5천억원)를 투자했다.');
  expect(entity(x, 'company:hanwha')).toBeUndefined();
  expect(entity(await run('기업가치는 140억 달러(한화 약 19조 원)다.'), 'company:hanwha')).toBeUndefined();
  expect(entity(await run('한화는 새 공장을 짓는다.'), 'company:hanwha')).toBeDefined();
});

test('must NOT: "오픈AI와 달리" (unlike OpenAI) is no DALL-E; "오픈AI의 달리" is', async () => {
  expect(entity(await run('오픈AI와 달리 구글은 이사회 의석이 없다.'), 'model:openai/dall-e')).toBeUndefined();
  expect(entity(await run('오픈AI의 달리는 그림을 그린다.'), 'model:openai/dall-e')).toBeDefined();
});

test('a capital stands for its state only where the article names the state', async () => {
  const named = await run(
    'The US tightened its chip rules. Washington moved to curb exports of Nvidia chips to China.',
  );
  expect(hasRelation(named, 'REGULATES', 'country:us', 'company:nvidia')).toBe(true);
  const ko = await run('중국 당국이 나섰다. 베이징은 엔비디아에 대한 반독점 조사에 착수했다.');
  expect(hasRelation(ko, 'REGULATES', 'country:cn', 'company:nvidia')).toBe(true);
  // must NOT: a city with no state named is no country mention
  const city = await run('그는 베이징에서 열린 회의에 참석했다.');
  expect(city.entities.filter((e) => e.type === 'Country')).toEqual([]);
});

test('a law stands for the state that made it where the law acts, and is never one of its names', async () => {
  const ko = await run(
    'EU는 플랫폼 규제를 강화했다. DMA는 대형 플랫폼을 겨냥한 법으로, 여기에는 애플과 메타 등이 규제 대상으로 포함돼 있다.',
  );
  expect(hasRelation(ko, 'REGULATES', 'org:eu', 'company:apple')).toBe(true);
  expect(hasRelation(ko, 'REGULATES', 'org:eu', 'company:meta')).toBe(true);
  expect(entity(ko, 'org:eu')?.aliases).not.toContain('DMA');
  const en = await run("The EU's AI Act requires Microsoft and Meta to label content made by their models.");
  expect(hasRelation(en, 'REGULATES', 'org:eu', 'company:microsoft')).toBe(true);
  expect(entity(en, 'org:eu')?.aliases).not.toContain('AI Act');
  // must NOT: a law in an article that never names its state is no mention of the state
  const alone = await run('애플은 DMA에 맞춰 앱스토어 정책을 바꿨다.');
  expect(entity(alone, 'org:eu')).toBeUndefined();
});

test('a capital is read as its state only as a subject or possessor, and is never one of its names', async () => {
  const x = await run('China opened a probe into Nvidia. Beijing retaliated against the chip curbs.');
  const china = entity(x, 'country:cn');
  expect(china?.mentions.map((m) => m.text)).toEqual(['China', 'Beijing']);
  expect(china?.aliases).not.toContain('Beijing');
  expect(china?.aliases).not.toContain('베이징');
  const ko = await run('중국 정부가 나섰다. 베이징은 엔비디아 칩 구매를 막았다.');
  expect(entity(ko, 'country:cn')?.aliases).not.toContain('베이징');
  expect(entity(ko, 'country:cn')?.mentions).toHaveLength(2);
  // must NOT: a place ("in Beijing", "베이징에서", "Beijing Zhipu") is no mention of the state
  const place = await run('China named rules. The startup is based in Beijing and Zhipu opened a Beijing office.');
  expect(entity(place, 'country:cn')?.mentions.map((m) => m.text)).toEqual(['China']);
  const koPlace = await run('중국 기업들이 베이징에서 열린 행사에 모였다.');
  expect(entity(koPlace, 'country:cn')?.mentions).toHaveLength(1);
});

describe('weak and everyday-word forms need support in their sentence', () => {
  test('short names like R1 need support: the developer or a model cue', async () => {
    expect(entity(await run('딥시크의 R1이 화제다.'), 'model:deepseek/r1')).toBeDefined();
    expect(entity(await run('AI 모델 R1을 공개했다.'), 'model:deepseek/r1')).toBeDefined();
    expect(entity(await run('The R1 road was closed.'), 'model:deepseek/r1')).toBeUndefined();
  });
  test('must NOT: "과 달리" (unlike) is not DALL-E, even when OpenAI is in the article', async () => {
    const x = await run('오픈AI는 새 모델을 냈다. 대형 은행과 달리 핀테크는 빠르게 움직인다.');
    expect(entity(x, 'model:openai/dall-e')).toBeUndefined();
  });
  test('with its developer in the sentence or a model word next to it, it is the model', async () => {
    expect(entity(await run('오픈AI의 달리는 그림을 그린다.'), 'model:openai/dall-e')).toBeDefined();
    expect(entity(await run('이미지 생성 AI 달리를 써 봤다.'), 'model:openai/dall-e')).toBeDefined();
  });
  test('must NOT: 메타버스 is not Meta; 라마 without Meta or a model cue is no model', async () => {
    const x = await run('메타버스 열풍은 식었다. 달라이 라마가 방한했다.');
    expect(entity(x, 'company:meta')).toBeUndefined();
    expect(entity(x, 'model:meta/llama')).toBeUndefined();
  });
});

describe('a bare family name after its one version refers back to it', () => {
  test('a bare family name after its one version refers back to it', async () => {
    const x = await run('xAI released Grok 3 on Monday. Grok has since drawn criticism.');
    expect(x.entities.filter((e) => e.type === 'Model').map((e) => e.id)).toEqual(['model:xai/grok-3']);
  });
  test('must NOT: a family named before a version stays its own entity', async () => {
    const x = await run('Anthropic makes Claude. Its newest version is Claude 3.5 Sonnet.');
    expect(x.entities.filter((e) => e.type === 'Model')).toHaveLength(2);
  });
});

describe('a quoted name is one span even over a known family', () => {
  test("a quoted name is whole even when the lexicon knows its family ('카나나 나노')", async () => {
    const x = await run("카카오는 경량 언어모델 '카나나 나노'를 공개했다.");
    expect(entity(x, 'model:kakao/kanana-nano')).toBeDefined();
    expect(hasRelation(x, 'DEVELOPS', 'company:kakao', 'model:kakao/kanana-nano')).toBe(true);
  });
});

test("a weak company form after a capitalised possessor or before 'platform' is the company (Musk's X)", async () => {
  expect(entity(await run("Regulators fined Elon Musk's X last year."), 'company:x')).toBeDefined();
  expect(entity(await run('Users left the X platform in droves.'), 'company:x')).toBeDefined();
});

test('must NOT: a lone X with no owner or company word is no company', async () => {
  expect(entity(await run('The letter X marks the spot.'), 'company:x')).toBeUndefined();
});

test("a weak company form as a possessor mid-sentence is the company (praise for Adept's agent)", async () => {
  expect(entity(await run("Investors praised Adept's new agent."), 'company:adept')).toBeDefined();
});

test("must NOT: a possessive at a sentence start needs other support (Adept's is a plain word there)", async () => {
  expect(entity(await run("Adept's hands did the work."), 'company:adept')).toBeUndefined();
});
