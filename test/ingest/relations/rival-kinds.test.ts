/**
 * Rivalry pairs like with like (ingest/relations/rival-kinds.ts): a maker set against another
 * maker's model written with its possessive rivals that maker, never the model; models rival
 * models; a model written without its maker stays as written; a state never rivals a product.
 */
import { hasRelation, namedPairs, run } from '../helpers.js';

test("a maker against other makers' models rivals the makers, never their models", async () => {
  const x = await run("Meta is now in direct competition with OpenAI's GPT-5 and Anthropic's Claude Opus 4.");
  expect(namedPairs(x, 'COMPETES_WITH')).toEqual(['Anthropic>Meta', 'Meta>OpenAI']);
});

test("a list of makers' models compared among themselves pairs no maker with another's model", async () => {
  const x = await run("OpenAI's GPT-5 and Anthropic's Claude Opus 4 are competing for enterprise customers.");
  const pairs = namedPairs(x, 'COMPETES_WITH');
  expect(pairs).not.toContain('OpenAI>Claude Opus 4');
  expect(pairs).not.toContain('Anthropic>GPT-5');
});

test('한국어: 다른 회사의 모델을 능가했다는 회사는 그 모델의 개발사와 경쟁한다', async () => {
  const x = await run("업스테이지의 새 모델은 오픈AI의 'GPT-4o'를 능가하는 성능을 보였다.");
  const pairs = namedPairs(x, 'COMPETES_WITH');
  expect(pairs).not.toContain('업스테이지>GPT-4o');
});

test('a model set against a maker written alone stays as written', async () => {
  const x = await run('R1은 오픈AI에 맞먹는 성능을 보였다.');
  expect(namedPairs(x, 'COMPETES_WITH')).toEqual(['오픈AI>R1']);
});

test('a state never rivals a product', async () => {
  const x = await run("미국은 화웨이가 엔비디아의 'H100'에 버금가는 칩을 만들었다고 경계했다.");
  expect(namedPairs(x, 'COMPETES_WITH').filter((p) => p.startsWith('미국') || p.endsWith('미국'))).toEqual([]);
});

describe("comparisons pair a model's maker with a maker, and a model with models", () => {
  test('Korean: X가 … Y에 맞먹는 (a model stands for its maker against a maker)', async () => {
    const x = await run("중국 스타트업 딥시크가 오픈AI '챗GPT'에 맞먹는 모델을 내놨다.");
    expect(hasRelation(x, 'COMPETES_WITH', 'company:deepseek', 'company:openai')).toBe(true);
    expect(hasRelation(x, 'COMPETES_WITH', 'company:deepseek', 'model:openai/chatgpt')).toBe(false);
  });
  test('"cheaper than", "lagged behind": model against model, never model against company', async () => {
    const x = await run("Grok 3 was cheaper than OpenAI's o3 and Google's Gemini 2.5 Pro.");
    expect(hasRelation(x, 'COMPETES_WITH', 'model:xai/grok-3', 'model:openai/o3')).toBe(true);
    expect(hasRelation(x, 'COMPETES_WITH', 'model:xai/grok-3', 'model:google/gemini-2.5-pro')).toBe(true);
    expect(hasRelation(x, 'COMPETES_WITH', 'model:xai/grok-3', 'company:openai')).toBe(false);
  });
});

describe("English: a model against makers' models has its maker, when named, rival those makers", () => {
  test('the maker named before the model rivals the possessors', async () => {
    const x = await run(
      "Anthropic unveiled Claude 3 on Monday. It surpassed Google's Gemini and OpenAI's GPT-4 on coding tests.",
    );
    const pairs = namedPairs(x, 'COMPETES_WITH');
    expect(pairs).toContain('Anthropic>Google');
    expect(pairs).toContain('Anthropic>OpenAI');
    expect(pairs).toContain('Claude 3>GPT-4');
  });
  test('a maker the article never names is not added', async () => {
    const x = await run("Claude 3 beat OpenAI's GPT-4 on coding tests.");
    expect(namedPairs(x, 'COMPETES_WITH').filter((p) => p.includes('Anthropic'))).toEqual([]);
  });
});

describe('English: a product (not a model) against a company also stands for its named maker', () => {
  test('the maker named before rivals the company', async () => {
    const x = await run('Microsoft sells Azure to banks. Azure goes up against Google Cloud in Japan.');
    expect(namedPairs(x, 'COMPETES_WITH')).toContain('Google Cloud>Microsoft');
  });
  test('a maker the article never names is not added, and a model stays as written', async () => {
    const x = await run('Azure goes up against Google Cloud in Japan.');
    expect(namedPairs(x, 'COMPETES_WITH').filter((p) => p.includes('Microsoft'))).toEqual([]);
    const y = await run('Anthropic sells Claude to banks. Claude goes up against Cohere in Canada.');
    expect(namedPairs(y, 'COMPETES_WITH').filter((p) => p.includes('Anthropic'))).toEqual([]);
  });
});

test("a parent's possessive before its company ('Amazon's AWS') only says whose it is", async () => {
  const x = await run("Cohere hopes to go up against Amazon's AWS and other giants.");
  const pairs = namedPairs(x, 'COMPETES_WITH');
  expect(pairs).toContain('AWS>Cohere');
  expect(pairs.filter((p) => p.includes('Amazon'))).toEqual([]);
});
