/**
 * Korean slot selectors (ingest/relations/slots.ts) through the whole pipeline: the possessor of
 * the regulated thing ("X의 메모리 판매를 규제") is the regulation target; the subjects of an embedded
 * "…는지(에 대해서도)" clause are what a regulator acts on.
 */
import { hasRelation, namedPairs, run } from '../helpers.js';

describe('a possessor before the regulated thing is its owner', () => {
  test('"X의 … 판매를 규제": the owner of the regulated thing is the target', async () => {
    expect(
      hasRelation(await run('중국은 마이크론의 메모리 판매를 규제했다.'), 'REGULATES', 'country:cn', 'company:micron'),
    ).toBe(true);
  });
});

describe('an embedded "…는지" clause gives what a regulator acts on', () => {
  test('"A와 B가 …했는지에 대해서도 X가 조사": both subjects of the clause are regulated', async () => {
    const x = await run(
      '마이크로소프트와 오픈AI가 제휴로 반독점법을 어겼는지에 대해서도 미국 연방거래위원회가 조사하고 있다.',
    );
    expect(hasRelation(x, 'REGULATES', 'country:us', 'company:microsoft')).toBe(true);
    expect(hasRelation(x, 'REGULATES', 'country:us', 'company:openai')).toBe(true);
  });
  test('the same clause closed by "여부를"', async () => {
    const x = await run('미국 정부는 엔비디아가 수출 규정을 어겼는지 여부를 조사하고 있다.');
    expect(hasRelation(x, 'REGULATES', 'country:us', 'company:nvidia')).toBe(true);
  });
});

test('a list of investors closed by 등에서 is where the money comes from', async () => {
  expect(
    namedPairs(await run('퓨리오사AI가 블랙록·시스코·카카오 등에서 900억원 투자를 유치했다.'), 'INVESTS_IN'),
  ).toEqual(['블랙록>퓨리오사AI', '시스코>퓨리오사AI', '카카오>퓨리오사AI']);
});
