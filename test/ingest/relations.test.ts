import { hasRelation, relationsOf, run } from './helpers.js';

describe('COMPETES_WITH', () => {
  test('Korean: X가 … Y에 맞먹는 (a model stands for its maker against a maker)', async () => {
    const x = await run("중국 스타트업 딥시크가 오픈AI '챗GPT'에 맞먹는 모델을 내놨다.");
    expect(hasRelation(x, 'COMPETES_WITH', 'company:deepseek', 'company:openai')).toBe(true);
    expect(hasRelation(x, 'COMPETES_WITH', 'company:deepseek', 'model:openai/chatgpt')).toBe(false);
  });
  test('Korean: X와 함께 경쟁하는 Y, Z', async () => {
    const x = await run('한국과 함께 경쟁하는 독일과 프랑스는 투자를 늘렸다.');
    expect(hasRelation(x, 'COMPETES_WITH', 'country:kr', 'country:de')).toBe(true);
    expect(hasRelation(x, 'COMPETES_WITH', 'country:kr', 'country:fr')).toBe(true);
  });
  test('Korean headline: 美中 패권 경쟁; coordinated subjects', async () => {
    expect(hasRelation(await run('AI 패권 美中 양강 구도'), 'COMPETES_WITH', 'country:us', 'country:cn')).toBe(true);
    expect(
      hasRelation(
        await run('네이버와 카카오가 AI 모델로 경쟁하고 있다.'),
        'COMPETES_WITH',
        'company:naver',
        'company:kakao',
      ),
    ).toBe(true);
  });
  test('English: X competes with Y; X rivals Y; rivalry between X and Y', async () => {
    expect(
      hasRelation(
        await run('Huawei competes with Nvidia in China.'),
        'COMPETES_WITH',
        'company:huawei',
        'company:nvidia',
      ),
    ).toBe(true);
    expect(
      hasRelation(
        await run('Analysts say DeepSeek rivals OpenAI.'),
        'COMPETES_WITH',
        'company:deepseek',
        'company:openai',
      ),
    ).toBe(true);
    expect(
      hasRelation(
        await run('The rivalry between Google and Microsoft grew.'),
        'COMPETES_WITH',
        'company:google',
        'company:microsoft',
      ),
    ).toBe(true);
  });
  test('two companies without a trigger, or with 경쟁력, give nothing', async () => {
    expect(relationsOf(await run('삼성전자와 SK하이닉스가 실적을 발표했다.'), 'COMPETES_WITH')).toEqual([]);
    expect(relationsOf(await run('Google and Meta reported earnings.'), 'COMPETES_WITH')).toEqual([]);
    expect(relationsOf(await run('삼성전자는 엔비디아 덕분에 경쟁력을 높였다.'), 'COMPETES_WITH')).toEqual([]);
  });
});

describe('REGULATES', () => {
  test('Korean: X는 … Y 대상 제재; X가 Y에 대한 규제', async () => {
    expect(hasRelation(await run('미국은 중국 대상 제재를 강화했다.'), 'REGULATES', 'country:us', 'country:cn')).toBe(
      true,
    );
    expect(hasRelation(await run('EU가 메타에 대한 규제에 나섰다.'), 'REGULATES', 'org:eu', 'company:meta')).toBe(true);
  });
  test('Korean passive: X가 Y의 제재를 받았다', async () => {
    expect(hasRelation(await run('화웨이가 미국의 제재를 받았다.'), 'REGULATES', 'country:us', 'company:huawei')).toBe(
      true,
    );
  });
  test('English: export controls on X; X was fined by Y', async () => {
    expect(
      hasRelation(await run('The U.S. imposed export controls on China.'), 'REGULATES', 'country:us', 'country:cn'),
    ).toBe(true);
    expect(
      hasRelation(
        await run('Meta was fined by the European Commission.'),
        'REGULATES',
        'org:european-commission',
        'company:meta',
      ),
    ).toBe(true);
  });
  test('companies asking for deregulation do not regulate', async () => {
    expect(relationsOf(await run('삼성전자와 네이버는 규제 완화를 요구했다.'), 'REGULATES')).toEqual([]);
    expect(relationsOf(await run('미국은 자국 기업에 대한 규제를 완화했다.'), 'REGULATES')).toEqual([]);
    expect(relationsOf(await run('OpenAI lobbied against regulation of Google.'), 'REGULATES')).toEqual([]);
  });
});

describe('INVESTS_IN', () => {
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
  test('investment talk without a target gives nothing', async () => {
    expect(relationsOf(await run('삼성전자는 대규모 투자를 진행해야 한다.'), 'INVESTS_IN')).toEqual([]);
  });
});

describe('DEVELOPS, WORKS_FOR, BASED_IN', () => {
  test('possessives and development verbs', async () => {
    expect(
      hasRelation(await run('알리바바의 큐원이 주목받았다.'), 'DEVELOPS', 'company:alibaba', 'model:alibaba/qwen'),
    ).toBe(true);
    expect(
      hasRelation(await run("OpenAI's o1 is a reasoning model."), 'DEVELOPS', 'company:openai', 'model:openai/o1'),
    ).toBe(true);
    expect(
      hasRelation(await run("딥시크는 AI 모델 'R1'을 개발했다."), 'DEVELOPS', 'company:deepseek', 'model:deepseek/r1'),
    ).toBe(true);
    expect(
      hasRelation(
        await run('LG AI Research developed Exaone 3.5.'),
        'DEVELOPS',
        'company:lg-ai-research',
        'model:lg-ai-research/exaone-3.5',
      ),
    ).toBe(true);
  });
  test('using a chip is not developing it', async () => {
    expect(
      relationsOf(await run('딥시크는 H800을 사용해 모델을 개발했다.'), 'DEVELOPS').filter((r) =>
        r.startsWith('company:deepseek'),
      ),
    ).toEqual([]);
  });
  test('person titles: Korean and English orders', async () => {
    expect(
      hasRelation(
        await run('하정우 네이버클라우드 AI 이노베이션 센터장은 말했다.'),
        'WORKS_FOR',
        'person:ha-jung-woo',
        'company:naver-cloud',
      ),
    ).toBe(true);
    expect(
      hasRelation(await run('Nvidia CEO Jensen Huang spoke.'), 'WORKS_FOR', 'person:jensen-huang', 'company:nvidia'),
    ).toBe(true);
    const x = await run('Jane Doakes, chief executive of Acme Robotics, spoke.');
    expect(x.relations.find((r) => r.type === 'WORKS_FOR')?.target).toBe('company:acme-robotics');
  });
  test('appositions give BASED_IN', async () => {
    expect(hasRelation(await run('중국 스타트업 딥시크가 떴다.'), 'BASED_IN', 'company:deepseek', 'country:cn')).toBe(
      true,
    );
    expect(
      hasRelation(await run('Mistral AI, a French startup, spoke.'), 'BASED_IN', 'company:mistral', 'country:fr'),
    ).toBe(true);
    expect(
      hasRelation(await run('Chinese startup DeepSeek spoke.'), 'BASED_IN', 'company:deepseek', 'country:cn'),
    ).toBe(true);
  });
  test('the schema drops what it does not allow', async () => {
    const x = await run('미국은 중국 대상 제재를 강화했다. 중국 스타트업 딥시크가 떴다.');
    for (const r of x.relations) {
      const s = x.entities.find((e) => e.id === r.source)?.type;
      if (r.type === 'REGULATES') expect(['Country', 'Organization']).toContain(s);
      if (r.type === 'BASED_IN') expect(x.entities.find((e) => e.id === r.target)?.type).toBe('Country');
    }
  });
});
