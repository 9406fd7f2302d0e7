/**
 * REGULATES stated by a predicate (the frames of ingest/relations/frames/ko|en/regulates.json)
 * through the whole pipeline: sanctions, rules, fines and export controls in Korean and English,
 * the regulated firms listed after "such as", and must-NOT sentences that ask for deregulation.
 */
import { hasRelation, relationsOf, run } from '../../helpers.js';

describe('Korean predicates of regulation', () => {
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
});

describe('English predicates of regulation', () => {
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
  test('"regulate providers … such as X and Y"', async () => {
    const x = await run('The European Union will regulate makers of powerful models such as Google and Meta.');
    expect(hasRelation(x, 'REGULATES', 'org:eu', 'company:google')).toBe(true);
    expect(hasRelation(x, 'REGULATES', 'org:eu', 'company:meta')).toBe(true);
  });
});

describe('must NOT: asking for or granting deregulation', () => {
  test('companies asking for deregulation do not regulate', async () => {
    expect(relationsOf(await run('삼성전자와 네이버는 규제 완화를 요구했다.'), 'REGULATES')).toEqual([]);
    expect(relationsOf(await run('미국은 자국 기업에 대한 규제를 완화했다.'), 'REGULATES')).toEqual([]);
    expect(relationsOf(await run('OpenAI lobbied against regulation of Google.'), 'REGULATES')).toEqual([]);
  });
  test('must NOT: asking for deregulation', async () => {
    expect(relationsOf(await run('한국은 미국에 반도체 규제 완화를 요구했다.'), 'REGULATES')).toEqual([]);
  });
});
