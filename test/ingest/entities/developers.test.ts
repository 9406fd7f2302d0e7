/** Same name, different entity: a model's id follows the developer the text states. */
import { entity, hasRelation, run } from '../helpers.js';

const modelIds = (x: Awaited<ReturnType<typeof run>>) => x.entities.filter((e) => e.type === 'Model').map((e) => e.id);

test('Korean: two R1 models, each with its stated developer, are two entities', async () => {
  const x = await run('아크로봇이 개발한 R1은 물류 로봇용 모델이다. 딥시크의 R1과는 다른 모델이다.');
  expect(modelIds(x).sort()).toEqual(['model:akeurobot/r1', 'model:deepseek/r1']);
  expect(hasRelation(x, 'DEVELOPS', 'company:akeurobot', 'model:akeurobot/r1')).toBe(true);
  expect(hasRelation(x, 'DEVELOPS', 'company:deepseek', 'model:deepseek/r1')).toBe(true);
});

test("English: Arcrobot's R1 and DeepSeek's R1 are two entities", async () => {
  const x = await run("Arcrobot's R1 is a robotics model. It is unrelated to DeepSeek's R1, the reasoning model.");
  expect(modelIds(x).sort()).toEqual(['model:arcrobot/r1', 'model:deepseek/r1']);
  expect(hasRelation(x, 'DEVELOPS', 'company:arcrobot', 'model:arcrobot/r1')).toBe(true);
});

test('an unqualified R1 takes the developer stated before it, unless DeepSeek is named', async () => {
  const own = await run("Arcrobot's new model R1 sorts parcels. Warehouses say R1 cut costs.");
  expect(modelIds(own)).toEqual(['model:arcrobot/r1']);
  const deepseek = await run('DeepSeek released R1 in January. R1 matched o1 on math tests.');
  expect(modelIds(deepseek)).toContain('model:deepseek/r1');
  expect(modelIds(deepseek)).not.toContain('model:arcrobot/r1');
});

describe('an unqualified mention takes the developer named at another mention', () => {
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
});
