/** DEVELOPS from a development verb (ingest/relations/links-develops.ts) on sentences of our own. */
import { hasRelation, relationsOf, run } from '../helpers.js';

describe('DEVELOPS from a development verb', () => {
  test('the subject develops the object, in Korean and in English', async () => {
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
  test("the passive: 'M, developed by X'", async () => {
    const x = await run('Exaone 3.5, developed by LG AI Research, tops the chart.');
    expect(hasRelation(x, 'DEVELOPS', 'company:lg-ai-research', 'model:lg-ai-research/exaone-3.5')).toBe(true);
  });
  test('must NOT: using a chip is not developing it', async () => {
    expect(
      relationsOf(await run('딥시크는 H800을 사용해 모델을 개발했다.'), 'DEVELOPS').filter((r) =>
        r.startsWith('company:deepseek'),
      ),
    ).toEqual([]);
  });
  test('must NOT: "X를 바탕으로 Y를 만들었다" gives no DEVELOPS to X', async () => {
    const x = await run("뤼튼은 메타의 라마 3를 기반으로 새 모델 '뤼튼 2'를 학습시켰다.");
    expect(hasRelation(x, 'DEVELOPS', 'company:wrtn', 'model:meta/llama-3')).toBe(false);
    expect(hasRelation(x, 'DEVELOPS', 'company:meta', 'model:meta/llama-3')).toBe(true);
  });
});
