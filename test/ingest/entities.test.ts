import { entity, run } from './helpers.js';

describe('lexicon matching', () => {
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
  test('ambiguous country names that are common words do not match (수단, Jordan)', async () => {
    expect(entity(await run('투자 수단으로 활용했다.'), 'country:sd')).toBeUndefined();
    expect(entity(await run('Michael Jordan spoke.'), 'country:jo')).toBeUndefined();
  });
});

describe('models and versions', () => {
  test('a model id carries its developer; family + version makes a new model', async () => {
    const x = await run(
      '알리바바의 큐원 2.5-맥스와 Qwen2.5-Max는 같은 모델이다. 구글은 Gemini 2.5 Flash를, 오픈AI는 GPT-4o-mini를 내놨다.',
    );
    expect(entity(x, 'model:alibaba/qwen-2.5-max')?.mentions.length).toBe(2);
    expect(entity(x, 'model:google/gemini-2.5-flash')?.type).toBe('Model');
    expect(entity(x, 'model:openai/gpt-4o-mini')).toBeDefined();
  });
  test('short names like R1 need support: the developer or a model cue', async () => {
    expect(entity(await run('딥시크의 R1이 화제다.'), 'model:deepseek/r1')).toBeDefined();
    expect(entity(await run('AI 모델 R1을 공개했다.'), 'model:deepseek/r1')).toBeDefined();
    expect(entity(await run('The R1 road was closed.'), 'model:deepseek/r1')).toBeUndefined();
  });
  test('quoted names next to 모델 / model are discovered', async () => {
    const x = await run(
      '중국 스타트업 지평테크가 새 모델 \'Zeta-2\'를 공개했다. Acme said its model "Orion Mini" ships soon.',
    );
    expect(x.entities.find((e) => e.name === 'Zeta-2')?.type).toBe('Model');
    expect(x.entities.find((e) => e.name === 'Orion Mini')?.type).toBe('Model');
  });
  test('quoted phrases that are not names stay out', async () => {
    const x = await run("딥시크는 '파괴적 혁신'으로 주목받았다. '가성비 AI'라는 개념이 퍼졌다.");
    expect(x.entities.map((e) => e.name)).toEqual(['딥시크']);
  });
});

describe('discovery of unknown entities', () => {
  test('Korean person + organisation + title; the person is not a company', async () => {
    const x = await run('김민준 한빛로보틱스 대표는 새 투자를 발표했다. 김 대표는 "성장하겠다"고 말했다.');
    const p = x.entities.find((e) => e.name === '김민준');
    expect(p?.type).toBe('Person');
    expect(p?.id).toBe('person:gim-minjun');
    expect(p?.mentions.map((m) => m.text)).toEqual(['김민준', '김 대표']);
    expect(x.entities.some((e) => e.type === 'Company' && e.name.includes('김민준'))).toBe(false);
  });
  test('English title patterns and surname coreference', async () => {
    const x = await run('Acme Robotics CEO Jane Doakes said the chips were late. Doakes added that demand was strong.');
    const p = x.entities.find((e) => e.name === 'Jane Doakes');
    expect(p?.type).toBe('Person');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Jane Doakes', 'Doakes']);
    expect(x.entities.find((e) => e.name === 'Acme Robotics')?.type).toBe('Company');
  });
  test('company appositions in Korean and English', async () => {
    const ko = await run('중국 스타트업 지평테크가 투자를 받았다. 지평테크는 성장 중이다.');
    expect(ko.entities.find((e) => e.name === '지평테크')?.mentions.length).toBe(2);
    const en = await run('Zhilan, a Chinese AI startup, raised money. French AI company Lumina also did.');
    expect(en.entities.find((e) => e.name === 'Zhilan')?.type).toBe('Company');
    expect(en.entities.find((e) => e.name === 'Lumina')?.type).toBe('Company');
  });
  test('common words after a company noun are not companies', async () => {
    const x = await run('정부는 국내 AI 기업 육성에 나섰다. 주요 기업 가운데 일부는 반발했다.');
    expect(x.entities.filter((e) => e.type === 'Company')).toEqual([]);
  });
  test('a word before a title that is not a name does not become a person', async () => {
    const x = await run('중국이 AI 강국으로 성장한 비결에 대해 하 센터장은 설명했다.');
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});
