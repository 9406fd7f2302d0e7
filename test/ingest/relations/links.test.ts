/** Attribute-like links (ingest/relations/links.ts, links-country.ts) on sentences of our own. */
import { hasRelation, namedPairs, relationsOf, run } from '../helpers.js';

test("a person's own company: 'X의 AI 스타트업 Y', 'X가 설립한 AI 기업 Y'", async () => {
  const own = await run('일론 머스크의 AI 스타트업 xAI가 새 투자를 받았다.');
  expect(hasRelation(own, 'WORKS_FOR', 'person:elon-musk', 'company:xai')).toBe(true);
  const founded = await run('샘 올트먼이 공동 설립한 AI 기업 오픈AI는 새 모델을 공개했다.');
  expect(hasRelation(founded, 'WORKS_FOR', 'person:sam-altman', 'company:openai')).toBe(true);
});

test("a copula description names the country: 'X는 중국의 인공지능(AI) 스타트업이다'", async () => {
  const x = await run('딥시크는 중국의 인공지능(AI) 스타트업이다.');
  expect(hasRelation(x, 'BASED_IN', 'company:deepseek', 'country:cn')).toBe(true);
});

test("'국내 기업' is Korea only when the article names Korea", async () => {
  const named = await run('한국 정부가 지원을 늘린다. 네이버와 KT 등 국내 기업이 참여했다.');
  expect(hasRelation(named, 'BASED_IN', 'company:naver', 'country:kr')).toBe(true);
  const unnamed = await run('네이버와 KT 등 국내 기업이 참여했다.');
  expect(unnamed.relations.filter((r) => r.type === 'BASED_IN')).toEqual([]);
});

test('a country right before a company with a short description, or its genitive, places the company there', async () => {
  const desc = await run('영국 반도체 설계 IP 기업 Arm은 새 칩을 공개했다.');
  expect(hasRelation(desc, 'BASED_IN', 'company:arm', 'country:gb')).toBe(true);
  const model = await run("미국의 '클로드' 개발사인 앤트로픽이 투자를 받았다.");
  expect(hasRelation(model, 'BASED_IN', 'company:anthropic', 'country:us')).toBe(true);
  const list = await run('미국의 오픈AI, 구글이 경쟁한다.');
  expect(hasRelation(list, 'BASED_IN', 'company:openai', 'country:us')).toBe(true);
  expect(hasRelation(list, 'BASED_IN', 'company:google', 'country:us')).toBe(true);
});

test('must NOT: the genitive reaches only the list it starts, not every company of the sentence', async () => {
  const x = await run('중국의 바이트댄스(틱톡의 모기업)로 데이터가 넘어갔다고 애플이 밝혔다.');
  expect(hasRelation(x, 'BASED_IN', 'company:bytedance', 'country:cn')).toBe(true);
  expect(hasRelation(x, 'BASED_IN', 'company:tiktok', 'country:cn')).toBe(false);
  expect(hasRelation(x, 'BASED_IN', 'company:apple', 'country:cn')).toBe(false);
});

test("English: 'Nvidia, a US chip designer' places Nvidia in the United States", async () => {
  const x = await run('Nvidia, a US chip designer, has a large share, according to Jefferies analysts.');
  expect(hasRelation(x, 'BASED_IN', 'company:nvidia', 'country:us')).toBe(true);
  expect(hasRelation(x, 'BASED_IN', 'company:jefferies', 'country:us')).toBe(false);
});

test('a lexicon person with a bare title works for the employer the article names', async () => {
  const x = await run('엔비디아가 새 칩을 내놓았다. 젠슨 황 최고경영자는 수요가 크다고 말했다.');
  expect(hasRelation(x, 'WORKS_FOR', 'person:jensen-huang', 'company:nvidia')).toBe(true);
  const none = await run('젠슨 황 최고경영자는 수요가 크다고 말했다.');
  expect(none.relations.filter((r) => r.type === 'WORKS_FOR')).toEqual([]);
});

test("English: 'an analyst with X', 'head of AI strategy at vendor X'", async () => {
  const x = await run('"Demand is high," said Jane Porter, an analyst with Acme Research.');
  expect(hasRelation(x, 'WORKS_FOR', 'person:jane-porter', 'company:acme-research')).toBe(true);
});

test('a model written with its developer in front is developed by it (딥시크 R1)', async () => {
  const x = await run('딥시크의 점유율이 올랐다. 업계는 새 칩을 딥시크 R1 671B와 비교했다.');
  expect(hasRelation(x, 'DEVELOPS', 'company:deepseek', 'model:deepseek/r1')).toBe(true);
});

describe('DEVELOPS from possessives', () => {
  test("'P가 이끄는 ORG의 M': the model is the company's, not the leader's", async () => {
    const x = await run('샘 올트먼이 이끄는 오픈AI의 GPT-5가 선두를 지켰다.');
    expect(hasRelation(x, 'DEVELOPS', 'company:openai', 'model:openai/gpt-5')).toBe(true);
    expect(x.relations.filter((r) => r.type === 'DEVELOPS' && r.source === 'person:sam-altman')).toEqual([]);
  });
  test('possessives', async () => {
    expect(
      hasRelation(await run('알리바바의 큐원이 주목받았다.'), 'DEVELOPS', 'company:alibaba', 'model:alibaba/qwen'),
    ).toBe(true);
    expect(
      hasRelation(await run("OpenAI's o1 is a reasoning model."), 'DEVELOPS', 'company:openai', 'model:openai/o1'),
    ).toBe(true);
  });
});

describe('WORKS_FOR from titles and from leading or founding verbs', () => {
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
  test('"X를 이끄는 P 대표" links the person to X', async () => {
    const x = await run("AI 스타트업 '하늘데이터'를 이끄는 정우진 대표는 투자를 늘린다고 했다.");
    const org = x.entities.find((e) => e.name === '하늘데이터');
    expect(org).toBeDefined();
    expect(x.relations.some((r) => r.type === 'WORKS_FOR' && r.target === org?.id)).toBe(true);
  });
});

describe('BASED_IN from an apposition or a country before the company, never from co-occurrence', () => {
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
  test('"대만 TSMC" is a country and a company, and BASED_IN', async () => {
    const x = await run('대만 TSMC는 증설을 발표했다.');
    expect(hasRelation(x, 'BASED_IN', 'company:tsmc', 'country:tw')).toBe(true);
  });
  test('must NOT: "Canada\'s AI Safety Institute" is not evidence that Britain\'s is Canadian', async () => {
    const x = await run("Canada's AI Safety Institute signed a deal with Cohere.");
    expect(relationsOf(x, 'BASED_IN').filter((r) => r.startsWith('org:uk-aisi'))).toEqual([]);
  });
  test('must NOT: a company and a country in one sentence', async () => {
    const x = await run('미국 의회는 메타와 구글의 청소년 보호 조치를 문제 삼았다.');
    expect(relationsOf(x, 'BASED_IN')).toEqual([]);
    const y = await run("Meta's hiring drew questions from U.S. senators on Monday.");
    expect(relationsOf(y, 'BASED_IN')).toEqual([]);
  });
});

test("a country opening a noun phrase headed by a company noun: '대만의 대표적 반도체 위탁생산 업체인 TSMC'", async () => {
  const x = await run('대만의 대표적 반도체 위탁생산 업체인 TSMC가 새 공장을 열었다.');
  expect(hasRelation(x, 'BASED_IN', 'company:tsmc', 'country:tw')).toBe(true);
  const y = await run('중국 최대 검색 기업인 베이징 소재 바이두가 새 모델을 공개했다.');
  expect(hasRelation(y, 'BASED_IN', 'company:baidu', 'country:cn')).toBe(true);
});

test('a verb inside the phrase or a head that is no company noun names no country', async () => {
  const verb = await run('미국이 제재한 기업인 화웨이가 새 칩을 공개했다.');
  expect(hasRelation(verb, 'BASED_IN', 'company:huawei', 'country:us')).toBe(false);
  const market = await run('일본 시장 점유율 1위 바이두가 새 모델을 공개했다.');
  expect(hasRelation(market, 'BASED_IN', 'company:baidu', 'country:jp')).toBe(false);
});

test("a title after the organisation's bracketed spelling: 'X(Latin)의 설립자 Y'", async () => {
  // a firm and a person the lexicon does not know, so the frame and not a lexicon employer links them
  const x = await run('칩 분석 회사 루나애널리틱스(LunaAnalytics)의 설립자 딜런 파커는 새 보고서를 냈다.');
  expect(hasRelation(x, 'WORKS_FOR', 'person:dilreon-pakeo', 'company:runaaeneolritikseu')).toBe(true);
});

test("English: 'the chief investment officer of private equity at X', 'vice president of data and AI at X'", async () => {
  const x = await run('"We are excited," said Jane Park, the chief investment officer of private equity at GIC.');
  expect(hasRelation(x, 'WORKS_FOR', 'person:jane-park', 'company:gic')).toBe(true);
  const y = await run('"We like it," said Swami Sivasubramanian, vice president of data and AI at AWS.');
  expect(hasRelation(y, 'WORKS_FOR', 'person:swami-sivasubramanian', 'company:aws')).toBe(true);
  // must NOT: a person who only spoke about the company
  const z = await run('"We like it," said Jane Park, who spoke about GIC.');
  expect(hasRelation(z, 'WORKS_FOR', 'person:jane-park', 'company:gic')).toBe(false);
});

test("a country in brackets right after the name: 'TSMC(대만)', 'X(미국 법인)'", async () => {
  const x = await run('이번 협의체에는 TSMC(대만), 바이두(중국) 등이 함께했다.');
  expect(hasRelation(x, 'BASED_IN', 'company:tsmc', 'country:tw')).toBe(true);
  expect(hasRelation(x, 'BASED_IN', 'company:baidu', 'country:cn')).toBe(true);
  // must NOT: a bracket that says more than the country is no statement of the base
  const y = await run('바이두(중국 매출 1위)가 새 모델을 냈다.');
  expect(hasRelation(y, 'BASED_IN', 'company:baidu', 'country:cn')).toBe(false);
});

test("the country's bracketed spelling and the name's quote: '대만(Taiwan)의 … 업체인 TSMC', \"… 업체 'TSMC'\"", async () => {
  const x = await run('대만(Taiwan)의 반도체 위탁생산 업체인 TSMC가 증설에 나섰다.');
  expect(hasRelation(x, 'BASED_IN', 'company:tsmc', 'country:tw')).toBe(true);
  const q = await run("대만 반도체 위탁생산 업체 'TSMC'가 증설에 나섰다.");
  expect(hasRelation(q, 'BASED_IN', 'company:tsmc', 'country:tw')).toBe(true);
  // must NOT: a quoted name right after the country, with no description, names a project or product
  const p = await run("그 계획은 대만 'TSMC' 프로젝트로 불린다.");
  expect(hasRelation(p, 'BASED_IN', 'company:tsmc', 'country:tw')).toBe(false);
});

test("English: a bracketed abbreviation among the descriptors, and 'manufacturer'", async () => {
  const x = await run('Baidu, a Chinese internet technology (ICT) company, cut its prices.');
  expect(hasRelation(x, 'BASED_IN', 'company:baidu', 'country:cn')).toBe(true);
  const y = await run('Taiwanese chip manufacturer TSMC raised its forecast.');
  expect(hasRelation(y, 'BASED_IN', 'company:tsmc', 'country:tw')).toBe(true);
  // must NOT: the descriptor words run into a verb before the name
  const z = await run('Chinese manufacturer demand lifted Nvidia shares.');
  expect(hasRelation(z, 'BASED_IN', 'company:nvidia', 'country:cn')).toBe(false);
});

test("Korean: a title in apposition ('X의 최고기술책임자(CTO)인 Y'), a unit the person runs ('X 서버 부문을 총괄하는 Y')", async () => {
  const x = await run('퓨리오사AI의 최고기술책임자(CTO)인 이수진 박사는 말했다.');
  expect(hasRelation(x, 'WORKS_FOR', 'person:i-sujin', 'company:furiosaai')).toBe(true);
  const y = await run('인텔 서버 부문을 총괄하는 박지훈 부사장은 말했다.');
  expect(hasRelation(y, 'WORKS_FOR', 'person:bak-jihun', 'company:intel')).toBe(true);
  // must NOT: a person who only criticised the unit
  const z = await run('인텔 서버 부문을 비판한 박지훈 교수는 말했다.');
  expect(hasRelation(z, 'WORKS_FOR', 'person:bak-jihun', 'company:intel')).toBe(false);
});

test("English: 'Jane Doe, Acme executive vice president' without a possessive", async () => {
  const x = await run('"We agreed," said Judith Marsh, Microsoft executive vice president for sales.');
  expect(hasRelation(x, 'WORKS_FOR', 'person:judith-marsh', 'company:microsoft')).toBe(true);
  // must NOT: a person listed with companies, no title after them
  const y = await run('Elon Musk, Microsoft and Google all spoke at the summit.');
  expect(hasRelation(y, 'WORKS_FOR', 'person:elon-musk', 'company:microsoft')).toBe(false);
});

test("two names after one title share the employer: 'X의 공동 대표(CEO)인 A와 B'", async () => {
  const x = await run('구글의 공동 최고경영자(CEO)인 케이트 마와카나와 이반 페트로프는 논문을 냈다.');
  const works = relationsOf(x, 'WORKS_FOR');
  expect(works.length).toBe(2);
  expect(works.every((w) => w.endsWith('>company:google'))).toBe(true);
});

test("the country of a firm through an industry noun or a bracketed spelling: '이스라엘 반도체사 X', '미국 벤처캐피털(VC) X'", async () => {
  const chip = await run('이스라엘 반도체사 하늘칩스가 새 칩을 공개했다.');
  expect(relationsOf(chip, 'BASED_IN')).toEqual([expect.stringMatching(/>country:il$/)]);
  const vc = await run('투자에는 영국 대형 벤처캐피털(VC) 아틀라스벤처스도 나섰다.');
  expect(relationsOf(vc, 'BASED_IN')).toEqual([expect.stringMatching(/>country:gb$/)]);
});

test("a plural title is shared by every name of the list after it: 'OpenAI co-founders A, B and C'", async () => {
  const x = await run('OpenAI co-founders Ilya Sutskever, John Schulman and Andrej Karpathy all left over the years.');
  for (const p of ['person:ilya-sutskever', 'person:john-schulman', 'person:andrej-karpathy'])
    expect(hasRelation(x, 'WORKS_FOR', p, 'company:openai')).toBe(true);
  // must NOT: one singular title, and the second name is known at another company
  const y = await run('Nvidia CEO Jensen Huang and Sam Altman met in Taipei.');
  expect(hasRelation(y, 'WORKS_FOR', 'person:jensen-huang', 'company:nvidia')).toBe(true);
  expect(hasRelation(y, 'WORKS_FOR', 'person:sam-altman', 'company:nvidia')).toBe(false);
});

describe('WORKS_FOR: spaced C-level titles, a holder in brackets, curly possessives', () => {
  test("'X의 최고 경영자인 Y', 'ORG(위원장 Y)', 'Acme’s co-founders, A and B'", async () => {
    const spaced = await run('인텔의 최고 경영자인 팻 겔싱어는 새 공장을 발표했다.');
    expect(namedPairs(spaced, 'WORKS_FOR')).toContain('팻 겔싱어>인텔');
    const bracket = await run('공정거래위원회(위원장 한기정)는 플랫폼 조사를 시작했다.');
    expect(namedPairs(bracket, 'WORKS_FOR')).toContain('한기정>공정거래위원회');
    const plural = await run('Investors met Upstage’s two founders, Ilya Sutskever and Daniel Levy, in 2024.');
    expect(namedPairs(plural, 'WORKS_FOR')).toContain('Daniel Levy>Upstage');
  });
  test('must NOT: a bracket that is no title, a possessive of a thing', async () => {
    const x = await run('공정거래위원회(한기정 위원장 취임 이후)는 조사를 늘렸다.');
    expect(relationsOf(x, 'WORKS_FOR').length).toBeLessThanOrEqual(1);
    const y = await run('Nvidia’s chips, not Jane Doe, drew the crowd.');
    expect(namedPairs(y, 'WORKS_FOR')).not.toContain('Jane Doe>Nvidia');
  });
});

test("'ORG(Latin)의 A(Latin) 수석 애널리스트': brackets of spelling on either side keep the employer", async () => {
  const x = await run(
    '루나 클라우드 그룹(Luna Cloud Group)의 마크 정(Mark Jung) 수석 애널리스트는 칩 시장을 평가했다.',
  );
  expect(namedPairs(x, 'WORKS_FOR')).toEqual(['마크 정>Luna Cloud Group']);
  const mine = await run('엔비디아의 마크 정(Mark Jung) 수석 애널리스트는 말했다.');
  expect(namedPairs(mine, 'WORKS_FOR')).toEqual(['마크 정>엔비디아']);
  // must NOT: no title after the bracket, no employment
  const none = await run('엔비디아의 마크 정(Mark Jung)은 화웨이 칩을 평가했다.');
  expect(namedPairs(none, 'WORKS_FOR')).toEqual([]);
});
