/**
 * INVESTS_IN stated by a predicate (the frames of ingest/relations/frames/ko|en/invests.json)
 * through the whole pipeline: money from a source in 로부터, shareholders, the investors of a
 * funding round, and must-NOT sentences (a denied investment, an acquisition offer, no target).
 */
import { hasRelation, relationsOf, run } from '../../helpers.js';

describe('Korean: investment from a source in 로부터', () => {
  test('every member of a 로부터 list invests; 등 before the particle is fine', async () => {
    const x = await run('리벨리온은 KT와 카카오벤처스 등으로부터 300억원을 유치했다.');
    expect(hasRelation(x, 'INVESTS_IN', 'company:kt', 'company:rebellions')).toBe(true);
    expect(hasRelation(x, 'INVESTS_IN', 'company:kakao-ventures', 'company:rebellions')).toBe(true);
  });
  test('"X로부터 투자를 받은 Y": the target follows the adnominal verb', async () => {
    const x = await run('텐센트로부터 투자를 받은 미니맥스는 새 모델을 냈다.');
    expect(hasRelation(x, 'INVESTS_IN', 'company:tencent', 'company:minimax')).toBe(true);
  });
});

describe('shareholders', () => {
  test('"counts A and B among its investors"', async () => {
    const x = await run('Databricks counts Nvidia and Andreessen Horowitz among its investors.');
    expect(hasRelation(x, 'INVESTS_IN', 'company:nvidia', 'company:databricks')).toBe(true);
    expect(hasRelation(x, 'INVESTS_IN', 'company:andreessen-horowitz', 'company:databricks')).toBe(true);
  });
  test('must NOT: a name that only modifies the next one is no investor', async () => {
    const x = await run('Figure AI counts Microsoft and Amazon founder Jeff Bezos among its backers.');
    expect(hasRelation(x, 'INVESTS_IN', 'person:jeff-bezos', 'company:figure-ai')).toBe(true);
    expect(hasRelation(x, 'INVESTS_IN', 'company:amazon', 'company:figure-ai')).toBe(false);
  });
  test('"Y의 최대 주주" and "A와 B가 주요 주주다"', async () => {
    expect(
      hasRelation(await run('네이버는 라인야후의 최대 주주다.'), 'INVESTS_IN', 'company:naver', 'company:line-yahoo'),
    ).toBe(true);
    const x = await run('업스테이지는 2020년 세워진 회사로, 카카오와 KT가 주요 주주다.');
    expect(hasRelation(x, 'INVESTS_IN', 'company:kakao', 'company:upstage')).toBe(true);
    expect(hasRelation(x, 'INVESTS_IN', 'company:kt', 'company:upstage')).toBe(true);
  });
  test('must NOT: "주주가 아니다"', async () => {
    expect(relationsOf(await run('카카오는 업스테이지의 주주가 아니다.'), 'INVESTS_IN')).toEqual([]);
  });
});

describe('funding rounds', () => {
  test('descriptors before the lead investor, and "with participation from"', async () => {
    const x = await run(
      'Sakana AI raised $100 million in a round led by the venture firm Lightspeed, with participation from Nvidia.',
    );
    expect(hasRelation(x, 'INVESTS_IN', 'company:lightspeed', 'company:sakana-ai')).toBe(true);
    expect(hasRelation(x, 'INVESTS_IN', 'company:nvidia', 'company:sakana-ai')).toBe(true);
  });
  test('investors after "a round that included"', async () => {
    const x = await run('Cohere raised $500 million in a round that included Nvidia and Salesforce.');
    expect(hasRelation(x, 'INVESTS_IN', 'company:nvidia', 'company:cohere')).toBe(true);
  });
});

describe('must NOT: denied, offered or targetless investments', () => {
  test('investment talk without a target gives nothing', async () => {
    expect(relationsOf(await run('삼성전자는 대규모 투자를 진행해야 한다.'), 'INVESTS_IN')).toEqual([]);
  });
  test('must NOT: a denied investment', async () => {
    expect(relationsOf(await run('네이버는 오픈AI에 대한 지분 투자는 하지 않기로 했다.'), 'INVESTS_IN')).toEqual([]);
  });
  test('must NOT: an acquisition offer is no investment', async () => {
    expect(relationsOf(await run('메타가 퓨리오사AI에 인수를 제안했지만 거절당했다.'), 'INVESTS_IN')).toEqual([]);
  });
});
