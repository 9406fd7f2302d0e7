/** The relation stage as a whole (ingest/relations/index.ts): every relation it keeps fits the graph schema. */
import { run } from '../helpers.js';

describe('every relation fits the graph schema', () => {
  test('the schema drops what it does not allow', async () => {
    const x = await run('미국은 중국 대상 제재를 강화했다. 중국 스타트업 딥시크가 떴다.');
    for (const r of x.relations) {
      const s = x.entities.find((e) => e.id === r.source)?.type;
      if (r.type === 'REGULATES') expect(['Country', 'Organization']).toContain(s);
      if (r.type === 'BASED_IN') expect(x.entities.find((e) => e.id === r.target)?.type).toBe('Country');
    }
  });
});
