/**
 * Lexicon matching (ingest/entities/match.ts): Korean particles and word boundaries, one id for
 * Korean and English forms, a country word only where it stands for the country, model families
 * with versions (sizes, tiers), chips as products, brand capitalisation, a dash after a company name.
 */
import { entity, relationsOf, run } from '../helpers.js';

test('a size with a decimal point is one version part: 엑사원 딥 7.8B and 32B are two models', async () => {
  const x = await run('LG AI연구원은 엑사원 딥 7.8B와 엑사원 딥 32B 모델을 공개했다.');
  const models = x.entities.filter((e) => e.type === 'Model').map((e) => e.name);
  expect(models).toEqual(expect.arrayContaining(['엑사원 딥 7.8B', '엑사원 딥 32B']));
});

test('a brand written in another capitalisation is the same model (HyperClova X Think)', async () => {
  const x = await run('네이버는 추론 모델 HyperClova X Think를 공개했다.');
  expect(entity(x, 'model:naver-cloud/hyperclova-x-think')).toBeDefined();
  expect(entity(x, 'model:naver-cloud/hyperclova-x')).toBeUndefined();
});

test('must NOT: an ordinary lower-case word is no brand (apple is not Apple)', async () => {
  expect(entity(await run('She ate an apple at the meeting.'), 'company:apple')).toBeUndefined();
});

test('a company name before a dash and a short word ends there ("Tencent-to")', async () => {
  const x = await run('Beijing told firms, including Alibaba and Tencent-to stop buying the chips.');
  expect(entity(x, 'company:tencent')).toBeDefined();
});

test('큐웬, the other Hangul spelling of Qwen, names the model and its versions', async () => {
  const x = await run('알리바바는 큐웬을 공개했고 이어 큐웬2.5와 큐웬3를 내놓았다.');
  const ids = x.entities.map((e) => e.id);
  expect(ids).toEqual(expect.arrayContaining(['model:alibaba/qwen', 'model:alibaba/qwen-2.5', 'model:alibaba/qwen-3']));
});

test('a tier word after a model the lexicon has with that tier names the tiered model (QWEN 2.5맥스, 소넷)', async () => {
  const x = await run('알리바바는 QWEN 2.5맥스가 경쟁 모델을 앞선다고 밝혔다.');
  expect(entity(x, 'model:alibaba/qwen-2.5-max')).toBeDefined();
  expect(entity(x, 'model:alibaba/qwen-2.5')).toBeUndefined();
  const y = await run("앤트로픽의 '클로드 3.5 소넷'을 능가한다고 주장했다.");
  expect(entity(y, 'model:anthropic/claude-3.5-sonnet')).toBeDefined();
});

test('must NOT: a tier word the lexicon has no model for leaves the model as it is', async () => {
  const x = await run('알리바바는 큐원2.5 프로 요금제를 내놓았다.');
  expect(entity(x, 'model:alibaba/qwen-2.5')).toBeDefined();
});

test('letters of a known company glued to a Hangul name make an affiliate: LG이노텍, KT인베스트먼트', async () => {
  const x = await run('LG이노텍과 KT인베스트먼트가 투자했다.');
  expect(x.entities.map((e) => e.name)).toEqual(['LG이노텍', 'KT인베스트먼트']);
  // must NOT: particles, 社, the group itself and a copula are no affiliate
  const y = await run('오픈AI사의 챗GPT와 KT그룹, MS였지만 xAI는 달랐다.');
  expect(y.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['company:openai', 'company:kt', 'company:xai']));
  expect(y.entities.some((e) => /사의|였지|KT그룹/.test(e.name))).toBe(false);
});

describe('particles, word boundaries and one id across languages', () => {
  test('Korean particles are stripped; Korean and English forms give one id', async () => {
    const ko = await run('딥시크가 오픈AI와 엔비디아를 흔들었다.');
    const en = await run('DeepSeek rattled OpenAI and Nvidia.');
    for (const id of ['company:deepseek', 'company:openai', 'company:nvidia']) {
      expect(entity(ko, id)).toBeDefined();
      expect(entity(en, id)).toBeDefined();
    }
    expect(entity(ko, 'company:deepseek')?.name).toBe('딥시크');
    expect(entity(en, 'company:deepseek')?.name).toBe('DeepSeek');
    expect(entity(ko, 'company:deepseek')?.aliases).toEqual(expect.arrayContaining(['딥시크', 'DeepSeek']));
    expect(entity(ko, 'company:deepseek')?.mentions[0]?.text).toBe('딥시크');
  });
  test('a name inside a longer word is not a mention (메타버스, 애플리케이션)', async () => {
    const x = await run('메타버스 애플리케이션 시장이 커졌다.');
    expect(entity(x, 'company:meta')).toBeUndefined();
    expect(entity(x, 'company:apple')).toBeUndefined();
  });
});

describe('a country word must stand for the country', () => {
  test('countries from the ISO package and the extra forms; Hanja keeps its span', async () => {
    const x = await run('美 정부와 대한민국, 일본은 협력한다. The U.S. and South Korea agreed.');
    expect(entity(x, 'country:us')?.mentions.map((m) => m.text)).toEqual(['美', 'U.S.']);
    expect(entity(x, 'country:kr')?.mentions.map((m) => m.text)).toEqual(['대한민국', 'South Korea']);
    expect(entity(x, 'country:jp')).toBeDefined();
  });
  test('미·중 and 한미 name two countries each', async () => {
    const x = await run('미·중 갈등 속에 한미 동맹이 중요해졌다.');
    expect(entity(x, 'country:us')?.mentions.length).toBe(2);
    expect(entity(x, 'country:cn')).toBeDefined();
    expect(entity(x, 'country:kr')).toBeDefined();
    expect(entity(await run('한미약품이 신약을 냈다.'), 'country:kr')).toBeUndefined();
  });
  test("'일 정부' is Japan, but a date's day before a state body is not ('7일 의회에')", async () => {
    expect(entity(await run('일 정부는 수출 규제를 강화했다.'), 'country:jp')).toBeDefined();
    expect(entity(await run('회사는 지난달 7일 의회에 서한을 보냈다.'), 'country:jp')).toBeUndefined();
  });
  test('ambiguous country names that are common words do not match (수단, Jordan)', async () => {
    expect(entity(await run('투자 수단으로 활용했다.'), 'country:sd')).toBeUndefined();
    expect(entity(await run('Michael Jordan spoke.'), 'country:jo')).toBeUndefined();
  });
  test('must NOT: 한국어 / 한국형 do not place a foreign company in Korea', async () => {
    const x = await run('메타의 라마는 한국어 성능이 낮고, 구글은 한국형 서비스를 준비한다.');
    expect(relationsOf(x, 'BASED_IN').filter((r) => r.endsWith('country:kr'))).toEqual([]);
  });
  test('must NOT: "US$" is a currency, not the country', async () => {
    expect(entity(await run('Cohere raised US$500 million from Nvidia.'), 'country:us')).toBeUndefined();
  });
  test('must NOT: 한국어, 한국형, 한국인 and 한국-organisations are no mention of Korea', async () => {
    const x = await run('이 챗봇은 한국어 질문에 강하다. 한국형 검색엔진과 한국인 개발자, 한국전력공사가 협력한다.');
    expect(entity(x, 'country:kr')).toBeUndefined();
  });
  test('must NOT: 스페인어, 중국산 are a language and an adjective', async () => {
    const x = await run('카카오 모델은 스페인어도 지원하고 중국산 부품을 쓰지 않는다.');
    expect(entity(x, 'country:es')).toBeUndefined();
    expect(entity(x, 'country:cn')).toBeUndefined();
  });
  test('한국은, 중국 정부, 韓 still name the country', async () => {
    const x = await run('한국은 반도체 강국이다. 중국정부는 보조금을 늘렸다. 韓 AI 투자 확대');
    expect(entity(x, 'country:kr')?.mentions.length).toBe(2);
    expect(entity(x, 'country:cn')).toBeDefined();
  });
});

describe("model families and versions; a chip's id says it is a product", () => {
  test('a model id carries its developer; family + version makes a new model', async () => {
    const x = await run(
      '알리바바의 큐원 2.5-맥스와 Qwen2.5-Max는 같은 모델이다. 구글은 Gemini 2.5 Flash를, 오픈AI는 GPT-4o-mini를 내놨다.',
    );
    expect(entity(x, 'model:alibaba/qwen-2.5-max')?.mentions.length).toBe(2);
    expect(entity(x, 'model:google/gemini-2.5-flash')?.type).toBe('Model');
    expect(entity(x, 'model:openai/gpt-4o-mini')).toBeDefined();
  });
  test('a tier word then a version names a model: "Mistral Small 3"', async () => {
    const x = await run('Mistral released Mistral Small 3 on Thursday.');
    expect(x.entities.some((e) => e.type === 'Model' && e.name === 'Mistral Small 3')).toBe(true);
  });
  test('chips in the lexicon are product:…', async () => {
    const x = await run('Nvidia sells the H800 and Huawei sells Ascend chips.');
    expect(entity(x, 'product:nvidia/h800')?.type).toBe('Product');
    expect(x.entities.some((e) => e.type === 'Product' && e.id.startsWith('model:'))).toBe(false);
  });
  test('a versioned chip family stays a product', async () => {
    const x = await run('화웨이의 어센드 920 칩이 나왔다.');
    expect(x.entities.find((e) => e.type === 'Product')?.id).toMatch(/^product:huawei\//);
  });
});

test('letters glued between two Hangul words join them and head no affiliate name', async () => {
  const x = await run('이재용X구광모X정의선 원팀, AI 스타트업에 공동 투자');
  // must NOT: "X구광모" read as an affiliate of a company written in letters
  expect(x.entities.filter((e) => e.type === 'Company').map((e) => e.name)).toEqual([]);
});

test('two known names joined by a hyphen are a pair, each a mention of its own', async () => {
  const x = await run('Analysts call it a Samsung-TSMC battle, and the UK-France talks went on.');
  expect(entity(x, 'company:samsung-electronics') ?? entity(x, 'company:samsung')).toBeDefined();
  expect(entity(x, 'company:tsmc')).toBeDefined();
  expect(entity(x, 'country:gb')).toBeDefined();
  expect(entity(x, 'country:fr')).toBeDefined();
  // must NOT: a hyphenated word with a lower-case part, or a model's version, splits into no pair
  const y = await run('Seoul-based startups use GPT-4o-mini.');
  expect(y.entities.map((e) => e.id)).toEqual(['model:openai/gpt-4o-mini']);
});

test('a mixture size (A22B), a capital letter after a number (910D, 1.5V) and 8x7B are version parts', async () => {
  const x = await run('Alibaba showed Qwen3-235B-A22B, Huawei an Ascend 910D chip, xAI Grok-1.5V and Mixtral 8x7B.');
  const names = x.entities.map((e) => e.name);
  expect(names).toEqual(expect.arrayContaining(['Qwen3-235B-A22B', 'Ascend 910D', 'Grok-1.5V', 'Mixtral 8x7B']));
  expect(entity(x, 'model:alibaba/qwen-3')).toBeUndefined();
});

test('a Korean tier after a version (라마4 매버릭) names the tiered model', async () => {
  const x = await run('메타의 라마4 매버릭은 경쟁 모델보다 점수가 높았다.');
  expect(entity(x, 'model:meta/llama-4-maverick')).toBeDefined();
});

test('an English word after a hyphen ends a model name (a ChatGPT-style bot); a tier does not', async () => {
  const x = await run('Users tried a ChatGPT-style bot at work.');
  expect(entity(x, 'model:openai/chatgpt')).toBeDefined();
  const y = await run('OpenAI released GPT-4o-mini today.');
  expect(entity(y, 'model:openai/gpt-4o')).toBeUndefined();
});

test('a tier after a versioned model names a model even where the lexicon lacks it (GPT-5 mini, 옴니-7B)', async () => {
  const x = await run('OpenAI sold GPT-5 mini; Moonshot made a Kimi K2 Turbo.');
  expect(entity(x, 'model:openai/gpt-5-mini')).toBeDefined();
  expect(entity(x, 'model:moonshot-ai/kimi-k2-turbo')).toBeDefined();
  const y = await run('알리바바의 큐원2.5-옴니-7B는 가벼운 모델이다.');
  expect(y.entities.map((e) => e.name)).toContain('큐원2.5-옴니-7B');
});

test('must NOT: a plan word after an unversioned name is no model (ChatGPT Plus); a preview is the same model', async () => {
  const x = await run('Users of ChatGPT Plus pay a monthly fee.');
  expect(x.entities.filter((e) => e.type === 'Model').map((e) => e.name)).toEqual(['ChatGPT']);
  const y = await run('알리바바는 큐웬3 맥스 프리뷰를 공개했고, 큐웬3 맥스는 1위에 올랐다.');
  expect(y.entities.filter((e) => e.type === 'Model')).toHaveLength(1);
});

test("a company's national arm after its name is a company of its own (사피온코리아, SKT 재팬, Google Korea)", async () => {
  const x = await run('리벨리온은 사피온코리아와 손잡았고 SKT 재팬도 움직였다.');
  expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['사피온코리아', 'SKT 재팬']));
  const y = await run('Google Korea opened an office.');
  expect(y.entities.map((e) => e.name)).toEqual(['Google Korea']);
});

test('must NOT: an adjective or a longer word after a company is no national arm (Samsung Korean rivals, 삼성 코리아텍)', async () => {
  const x = await run('Samsung Korean rivals cut prices.');
  expect(entity(x, 'company:samsung-electronics')).toBeDefined();
  expect(x.entities.map((e) => e.name)).not.toContain('Samsung Korea');
  const y = await run('삼성 코리아텍 캠퍼스가 열렸다.');
  expect(y.entities.map((e) => e.name)).not.toContain('삼성 코리아');
});

test('a former employer after "ex-" is named (ex-Apple), but not inside a hyphenated word (Tencent-to aside)', async () => {
  expect(entity(await run('He was an ex-Apple engineer.'), 'company:apple')).toBeDefined();
  expect(entity(await run('They met at the pre-Apple era café.'), 'company:apple')).toBeUndefined();
});

test('이란 glued after a closing quote, a bracket or letters is the particle, not Iran', async () => {
  const x = await run("중국이 내세운 '벌떼 작전'이란 무엇인가. 인공지능(AI)이란 말도 나왔다.");
  expect(entity(x, 'country:ir')).toBeUndefined();
  // must NOT: Iran in quotes or standing alone is still the country
  expect(entity(await run("미국은 '이란'과 협상했고 이란 정부는 답했다."), 'country:ir')).toBeDefined();
});
