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
