/** Lexicon matching: model sizes as versions, brand capitalisation, a dash after a company name. */
import { entity, run } from '../helpers.js';

test('a size with a decimal point is one version part: 엑사원 딥 7.8B and 32B are two models', async () => {
  const x = await run('LG AI연구원은 엑사원 딥 7.8B와 엑사원 딥 32B 모델을 공개했다.');
  const models = x.entities.filter((e) => e.type === 'Model').map((e) => e.name);
  expect(models).toEqual(expect.arrayContaining(['엑사원 딥 7.8B', '엑사원 딥 32B']));
});

test('a brand written in another capitalisation is the same model (HyperClova X Think)', async () => {
  const x = await run('네이버는 추론 모델 HyperClova X Think를 공개했다.');
  expect(entity(x, 'model:naver-cloud/hyperclova-x-think')).toBeDefined();
  expect(entity(x, 'model:naver-cloud/hyperclova-x')).toBeUndefined();
});

test('must NOT: an ordinary lower-case word is no brand (apple is not Apple)', async () => {
  expect(entity(await run('She ate an apple at the meeting.'), 'company:apple')).toBeUndefined();
});

test('a company name before a dash and a short word ends there ("Tencent-to")', async () => {
  const x = await run('Beijing told firms, including Alibaba and Tencent-to stop buying the chips.');
  expect(entity(x, 'company:tencent')).toBeDefined();
});

test('큐웬, the other Hangul spelling of Qwen, names the model and its versions', async () => {
  const x = await run('알리바바는 큐웬을 공개했고 이어 큐웬2.5와 큐웬3를 내놓았다.');
  const ids = x.entities.map((e) => e.id);
  expect(ids).toEqual(expect.arrayContaining(['model:alibaba/qwen', 'model:alibaba/qwen-2.5', 'model:alibaba/qwen-3']));
});

test('a tier word after a model the lexicon has with that tier names the tiered model (QWEN 2.5맥스, 소넷)', async () => {
  const x = await run('알리바바는 QWEN 2.5맥스가 경쟁 모델을 앞선다고 밝혔다.');
  expect(entity(x, 'model:alibaba/qwen-2.5-max')).toBeDefined();
  expect(entity(x, 'model:alibaba/qwen-2.5')).toBeUndefined();
  const y = await run("앤트로픽의 '클로드 3.5 소넷'을 능가한다고 주장했다.");
  expect(entity(y, 'model:anthropic/claude-3.5-sonnet')).toBeDefined();
});

test('must NOT: a tier word the lexicon has no model for leaves the model as it is', async () => {
  const x = await run('알리바바는 큐원2.5 프로 요금제를 내놓았다.');
  expect(entity(x, 'model:alibaba/qwen-2.5')).toBeDefined();
});

test('letters of a known company glued to a Hangul name make an affiliate: LG이노텍, KT인베스트먼트', async () => {
  const x = await run('LG이노텍과 KT인베스트먼트가 투자했다.');
  expect(x.entities.map((e) => e.name)).toEqual(['LG이노텍', 'KT인베스트먼트']);
  // must NOT: particles, 社, the group itself and a copula are no affiliate
  const y = await run('오픈AI사의 챗GPT와 KT그룹, MS였지만 xAI는 달랐다.');
  expect(y.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['company:openai', 'company:kt', 'company:xai']));
  expect(y.entities.some((e) => /사의|였지|KT그룹/.test(e.name))).toBe(false);
});
