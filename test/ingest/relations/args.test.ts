/**
 * Argument roles of lists (ingest/relations/args.ts): after 등 the head noun ("유럽 국가들도",
 * "메모리 3사가", "플랫폼 기업에") carries the particle, and so the role, of the whole list.
 */
import { hasRelation, relationsOf, run } from '../helpers.js';

describe('"X, Y 등 … 들도": the head noun after 등 gives the list its role', () => {
  test('the list is the subject of the rivalry', async () => {
    const x = await run('삼성전자와 SK하이닉스, 마이크론 등 메모리 3사가 HBM 시장을 두고 경쟁한다.');
    expect(hasRelation(x, 'COMPETES_WITH', 'company:samsung-electronics', 'company:micron')).toBe(true);
    expect(hasRelation(x, 'COMPETES_WITH', 'company:sk-hynix', 'company:micron')).toBe(true);
  });
  test('the list is the regulator; "X 사용을 금지" names the target', async () => {
    const x = await run('독일과 네덜란드 등 유럽 국가들도 공공기관의 딥시크 사용을 금지했다.');
    expect(hasRelation(x, 'REGULATES', 'country:de', 'company:deepseek')).toBe(true);
    expect(hasRelation(x, 'REGULATES', 'country:nl', 'company:deepseek')).toBe(true);
  });
  test('must NOT: a list after 등 with a dative is no subject', async () => {
    const x = await run('정부는 네이버와 카카오 등 플랫폼 기업에 경쟁 촉진을 요구했다.');
    expect(relationsOf(x, 'COMPETES_WITH')).toEqual([]);
  });
});

describe('"A은 물론 B, C 등의 투자": an additive connective joins A to a genitive list closed by 등', () => {
  test('every owner of the investment is an investor, and A is no raiser', async () => {
    const x = await run('업스테이지는 네이버는 물론 일본 소프트뱅크와 구글 등의 투자를 유치했다.');
    for (const from of ['company:naver', 'company:google', 'company:softbank'])
      expect(hasRelation(x, 'INVESTS_IN', from, 'company:upstage')).toBe(true);
    expect(relationsOf(x, 'INVESTS_IN').filter((r) => r.endsWith('>company:naver'))).toEqual([]);
    // the country describing 소프트뱅크 is no owner of the investment
    expect(hasRelation(x, 'INVESTS_IN', 'country:jp', 'company:upstage')).toBe(false);
  });
  test('뿐만 아니라 joins the same way', async () => {
    const x = await run('리벨리온은 KT뿐만 아니라 아람코, 미국 엔비디아 등의 투자를 받았다.');
    expect(hasRelation(x, 'INVESTS_IN', 'company:kt', 'company:rebellions')).toBe(true);
    expect(hasRelation(x, 'INVESTS_IN', 'country:us', 'company:rebellions')).toBe(false);
  });
  test('must NOT: a genitive without 등 owns one noun; A keeps no investment', async () => {
    const x = await run('업스테이지는 네이버는 물론 구글의 지원도 받았다.');
    expect(relationsOf(x, 'INVESTS_IN')).toEqual([]);
  });
});
