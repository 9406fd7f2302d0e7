/**
 * Coordination (ingest/relations/coordination.ts): a list of names goes on past what interrupts
 * one member (a bracketed name, a country or descriptor on the next member, a relative clause, a
 * legal suffix, a former name), and a describing country is no member. Every frame reads the same
 * lists, so investors, rivals and regulated firms are checked here alike. Sentences are our own.
 */
import type { RelationType } from '../../../graph/model.js';
import { hasRelation, namedPairs, relationsOf, run } from '../helpers.js';

const rel = async (text: string, type: RelationType) => namedPairs(await run(text), type);

test('a member written with its bracketed name keeps the list going after the bracket', async () => {
  expect(
    await rel('업스테이지는 카타르투자청(QIA), 블랙록(BlackRock), 소프트뱅크로부터 투자를 받았다.', 'INVESTS_IN'),
  ).toEqual(['블랙록>업스테이지', '소프트뱅크>업스테이지', '카타르투자청>업스테이지']);
  expect(
    await rel('Cohere raised $90 million from Qatar Investment Authority (QIA), BlackRock and SoftBank.', 'INVESTS_IN'),
  ).toEqual(['BlackRock>Cohere', 'Qatar Investment Authority>Cohere', 'SoftBank>Cohere']);
});

test('a country that says where the next member is neither breaks the list nor joins it', async () => {
  expect(
    await rel('퍼플렉시티는 엔비디아와 일본 소프트뱅크, 한국의 삼성전자로부터 투자를 받았다.', 'INVESTS_IN'),
  ).toEqual(['삼성전자>퍼플렉시티', '소프트뱅크>퍼플렉시티', '엔비디아>퍼플렉시티']);
  expect(await rel("Cohere raised $70 million from AMD, Samsung and Singapore's Temasek.", 'INVESTS_IN')).toEqual([
    'AMD>Cohere',
    'Samsung Electronics>Cohere',
    'Temasek>Cohere',
  ]);
  expect(await rel('미국은 화웨이와 중국 SMIC를 함께 제재했다.', 'REGULATES')).toEqual(['미국>SMIC', '미국>화웨이']);
});

test('a company owning the next member describes it: the list goes on past it', async () => {
  // (without it the list broke at the owner and its members before were lost)
  expect(await rel('로보택시 시장에서 테슬라는 웨이모, 아마존의 죽스와 맞붙는다.', 'COMPETES_WITH')).toEqual([
    '테슬라>웨이모',
    '테슬라>죽스',
  ]);
});

test('an amount after each member does not break the list', async () => {
  expect(
    await rel('The European Commission fined Google €2 billion and Meta €800 million last year.', 'REGULATES'),
  ).toEqual(['European Commission>Google', 'European Commission>Meta']);
});

test('a describing country is no rival of the members', async () => {
  expect(await rel("Meta, Microsoft and China's Baidu are competing in the chatbot race.", 'COMPETES_WITH')).toEqual([
    'Baidu>Meta',
    'Baidu>Microsoft',
    'Meta>Microsoft',
  ]);
});

test('a descriptor or a quoted epithet on the next member keeps the list going', async () => {
  expect(await rel('카카오는 리벨리온, 국내 AI 스타트업 업스테이지에 투자했다.', 'INVESTS_IN')).toEqual([
    '카카오>리벨리온',
    '카카오>업스테이지',
  ]);
  expect(await rel("카카오는 '신흥 강자' 리벨리온과 '토종 간판' 업스테이지에 투자했다.", 'INVESTS_IN')).toEqual([
    '카카오>리벨리온',
    '카카오>업스테이지',
  ]);
  expect(await rel('Mistral AI raised $90 million from Nvidia, chipmaker AMD and Salesforce.', 'INVESTS_IN')).toEqual([
    'AMD>Mistral AI',
    'Nvidia>Mistral AI',
    'Salesforce>Mistral AI',
  ]);
});

test('a relative clause, a legal suffix or a former name on a member stays with that member', async () => {
  expect(
    await rel('Mistral AI raised $600 million from Nvidia, which put in $90 million, and Samsung.', 'INVESTS_IN'),
  ).toEqual(['Nvidia>Mistral AI', 'Samsung Electronics>Mistral AI']);
  expect(await rel('Anthropic raised $80 million from Alibaba Group Holding Ltd. and Tencent.', 'INVESTS_IN')).toEqual([
    'Alibaba>Anthropic',
    'Tencent>Anthropic',
  ]);
  // the former name inside the apposition is the same investor, no second one
  expect(
    await rel(
      'HongShan, the former Sequoia China, as well as food delivery company Meituan also invested in Zhipu AI.',
      'INVESTS_IN',
    ),
  ).toEqual(['HongShan>Zhipu AI', 'Meituan>Zhipu AI']);
});

test('an apposition opened by an article, or a long noun phrase after "and", stays with its member', async () => {
  // "X Corp., a maker of …, and Y": the apposition describes X; the list goes on to Y
  expect(
    await rel(
      'Helsing raised $400 million from Accel, Nvidia Corp., a maker of graphics cards, and Samsung.',
      'INVESTS_IN',
    ),
  ).toEqual(['Accel>Helsing', 'Nvidia>Helsing', 'Samsung Electronics>Helsing']);
  // up to six words of description before the last member, place names and "-based" included
  expect(
    await rel(
      'Helsing raised $400 million from Accel and the young Munich-based defence investment firm Balderton.',
      'INVESTS_IN',
    ),
  ).toEqual(['Accel>Helsing', 'Balderton>Helsing']);
});

test('a "-based" place opens the next member\'s description and is no investor itself', async () => {
  expect(
    await rel('Cohere raised $500 million from Accel and the Japan-based investment group SoftBank.', 'INVESTS_IN'),
  ).toEqual(['Accel>Cohere', 'SoftBank>Cohere']);
  // must not: the place stays no investor even when the firm's name is unknown
  expect(
    await rel(
      'Cohere raised $500 million. Backers in the round included Accel and a small Singapore-based venture fund Vertex.',
      'INVESTS_IN',
    ),
  ).not.toContain('Singapore>Cohere');
});

test('members each in quotes, an amount in brackets after each, stay one list', async () => {
  expect(await rel("KT는 '업스테이지'(100억원), '리벨리온'(200억원) 등에 투자했다.", 'INVESTS_IN')).toEqual([
    'KT>리벨리온',
    'KT>업스테이지',
  ]);
  // must not: a quote that closes only one member is no list mark ("'업스테이지의 엔진', 리벨리온")
  expect(await rel("KT는 '업스테이지 전용 칩'을 만든 리벨리온에 투자했다.", 'INVESTS_IN')).toEqual(['KT>리벨리온']);
});

test('must not: an aside that is a reported-speech clause, or a noun phrase with a verb, joins nothing', async () => {
  expect(
    await rel(
      'Helsing raised $400 million from Accel, the company said, and Samsung later bought a stake in Mistral AI.',
      'INVESTS_IN',
    ),
  ).not.toContain('Samsung Electronics>Helsing');
  expect(
    await rel(
      'Helsing raised $400 million from Accel, and the firm said it was a good investment firm Nvidia liked.',
      'INVESTS_IN',
    ),
  ).not.toContain('Nvidia>Helsing');
});

test('a country in the head noun phrase after 등 describes the list and ends it', async () => {
  expect(await rel('미국은 화웨이, SMIC 등 중국 기업을 제재했다.', 'REGULATES')).toEqual(['미국>SMIC', '미국>화웨이']);
  expect(await rel('소프트뱅크는 오픈AI, 앤트로픽 등 미국 AI 기업에 투자했다.', 'INVESTS_IN')).toEqual([
    '소프트뱅크>앤트로픽',
    '소프트뱅크>오픈AI',
  ]);
  // two groups, each closed by its own head noun, rival each other, not themselves
  expect(
    await rel('오픈AI, 앤트로픽 등 미국 기업과 딥시크, 알리바바 등 중국 기업이 경쟁하고 있다.', 'COMPETES_WITH'),
  ).toEqual(['딥시크>오픈AI', '알리바바>앤트로픽', '알리바바>오픈AI', '앤트로픽>딥시크']);
});

test('must not: a clause that the comma opens, or a clause before the descriptor, ends the list', async () => {
  // the name after the comma is the subject of a new clause
  expect(await rel('Cohere raised $90 million from SoftBank, chipmaker Nvidia said on Monday.', 'INVESTS_IN')).toEqual([
    'SoftBank>Cohere',
  ]);
  // "경쟁하는 스타트업": a clause before the noun, 오픈AI is the clause's, no co-investee
  expect(await rel('카카오는 오픈AI와 경쟁하는 스타트업 업스테이지에 투자했다.', 'INVESTS_IN')).toEqual([
    '카카오>업스테이지',
  ]);
  // a country on its own before a company with nothing before it says where, and no list forms
  expect(await rel('미국 엔비디아가 업스테이지에 투자했다.', 'INVESTS_IN')).toEqual(['엔비디아>업스테이지']);
});

describe('a country that describes a member is no member', () => {
  test('"invested about $N in X"; "Japan\'s SoftBank" invests, Japan does not', async () => {
    expect(
      hasRelation(
        await run('Nvidia has invested about $2 billion in xAI since 2023.'),
        'INVESTS_IN',
        'company:nvidia',
        'company:xai',
      ),
    ).toBe(true);
    const x = await run("Perplexity raised $500 million in a round led by Japan's SoftBank.");
    expect(hasRelation(x, 'INVESTS_IN', 'company:softbank', 'company:perplexity')).toBe(true);
    expect(relationsOf(x, 'INVESTS_IN').some((r) => r.startsWith('country:'))).toBe(false);
  });
});

test('a maker in brackets after a model only says who made it: the models are the rivals', async () => {
  const text = '라마4는 수학 시험에서 GPT-4o(오픈AI), 제미나이(구글)를 모두 앞섰다.';
  expect(await rel(text, 'COMPETES_WITH')).toEqual(['라마4>GPT-4o', '제미나이>라마4']);
  expect(await rel(text, 'DEVELOPS')).toEqual(['구글>제미나이', '오픈AI>GPT-4o']);
});

test('an owner with an affiliate noun before the next member describes it; a clause heads the members before it', async () => {
  // (before, KT was read as investing in SK텔레콤, the owner written before its affiliate)
  expect(
    await rel('KT가 300억원을 투자한 리벨리온과 SK텔레콤(SKT) 계열사 한빛칩스가 손을 잡았다.', 'INVESTS_IN'),
  ).toEqual(['KT>리벨리온']);
  expect(await rel('카카오가 투자한 업스테이지와 네이버 자회사 라인야후가 협업한다.', 'INVESTS_IN')).toEqual([
    '카카오>업스테이지',
  ]);
  // a plain list stays whole under the clause
  expect(await rel('카카오가 투자한 리벨리온과 퓨리오사AI가 손을 잡았다.', 'INVESTS_IN')).toEqual([
    '카카오>리벨리온',
    '카카오>퓨리오사AI',
  ]);
});

test('an adnominal modifier after 등 ("대표적인") leaves the head noun to give the list its role', async () => {
  // (the 인 of 대표적인 was read as the list's particle, and the investors had no subject role)
  expect(
    await rel(
      '리벨리온은 새 자금을 받았다. 이 투자에는 카카오와 코슬라 벤처스 등 대표적인 벤처캐피털들이 참여했다.',
      'INVESTS_IN',
    ),
  ).toEqual(['카카오>리벨리온', '코슬라벤처스>리벨리온']);
});
