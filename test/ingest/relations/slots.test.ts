/**
 * Korean slot selectors (ingest/relations/slots.ts) through the whole pipeline: the possessor of
 * the regulated thing ("X의 메모리 판매를 규제") is the regulation target.
 */
import { hasRelation, run } from '../helpers.js';

describe('a possessor before the regulated thing is its owner', () => {
  test('"X의 … 판매를 규제": the owner of the regulated thing is the target', async () => {
    expect(
      hasRelation(await run('중국은 마이크론의 메모리 판매를 규제했다.'), 'REGULATES', 'country:cn', 'company:micron'),
    ).toBe(true);
  });
});
