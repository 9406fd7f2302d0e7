/**
 * Rules added after the benchmark corpus (bench/corpus.ts) showed bogus entities: everyday nouns
 * after 회사/기업 taken for company names, and synthetic models whose developer was named only at a
 * later mention. Sentences in the corpus' style, each rule with must-NOT cases.
 */
import { entity, hasRelation, run } from './helpers.js';

const companies = async (text: string) =>
  (await run(text)).entities.filter((e) => e.type === 'Company').map((e) => e.id);

describe('an everyday noun after a company noun is no company name', () => {
  test.each([
    '성능을 크게 끌어올렸다고 회사 측은 설명했다.',
    '회사 측으로부터 답변을 받지 못했다.',
    '"기업 고객이 바로 쓸 수 있는 서비스"라고 말했다.',
    '기업 고객들에게 먼저 제공한다.',
    '회사 관계자는 말을 아꼈다.',
    '회사 내부에서는 우려가 나온다.',
    '회사 내부적으로 검토하고 있다.',
    '기업 전체의 매출이 늘었다.',
    '스타트업 대표들이 모였다.',
    '기업 맞춤형 모델을 내놨다.',
    '스타트업 중에서는 처음이다.',
    '기업 간의 협력이 늘고 있다.',
    '회사 입장에서는 부담이다.',
  ])('must NOT: %s', async (text) => {
    expect(await companies(text)).toEqual([]);
  });

  test('a name after the same nouns is still a company', async () => {
    expect(await companies('중국 AI 스타트업 루나랩은 새 모델을 공개했다.')).toEqual(['company:runaraep']);
    expect(await companies('투자사 미나셀은 300억원을 투자했다.')).toEqual(['company:minasel']);
  });
});

describe('a discovered model takes the developer named at another mention', () => {
  test("\"X는 … 모델 'M'을 공개했다. X의 새 모델 'M'은\": one model, developed by X", async () => {
    const x = await run(
      "한국 AI 스타트업 루나랩은 3일 자체 개발한 거대언어모델 'Quasar-1'을 공개했다. 루나랩의 새 모델 'Quasar-1'은 성능을 끌어올렸다.",
    );
    expect(entity(x, 'model:runaraep/quasar-1')).toBeDefined();
    expect(entity(x, 'model:quasar-1')).toBeUndefined();
    expect(hasRelation(x, 'DEVELOPS', 'company:runaraep', 'model:runaraep/quasar-1')).toBe(true);
  });

  test('must NOT: two makers of a same-named model leave the bare mention without a developer', async () => {
    const x = await run(
      "스타트업 루나랩의 새 모델 'Quasar-2'는 빠르다. 스타트업 비나틱의 새 모델 'Quasar-2'도 나왔다. 업계는 'Quasar-2' 모델을 주목한다.",
    );
    expect(entity(x, 'model:runaraep/quasar-2')).toBeDefined();
    expect(entity(x, 'model:binatik/quasar-2')).toBeDefined();
    expect(entity(x, 'model:quasar-2')).toBeDefined();
  });

  test('a company whose apposition follows a line break is still found: "…FuriosaAI.\\n\\nTrianova, a … startup"', async () => {
    const x = await run(
      "Helalon's new model was built to take on RNGD from FuriosaAI.\n\nTrianova, a Tokyo-based AI startup, on Thursday unveiled Trianova's new model 'Apex-1'.",
    );
    expect(entity(x, 'company:trianova')).toBeDefined();
    expect(entity(x, 'model:trianova/apex-1')).toBeDefined();
  });
});
