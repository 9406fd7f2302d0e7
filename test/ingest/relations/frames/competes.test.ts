/**
 * COMPETES_WITH stated by a predicate (the frames of ingest/relations/frames/ko|en/competes.json,
 * run by the frame engine) through the whole pipeline: Korean and English rivalry verbs and nouns,
 * rival nouns like 경쟁사 reaching the subject or the article's company, and must-NOT sentences
 * where names meet without a rivalry. Sentences are our own.
 */
import { hasRelation, relationsOf, run } from '../../helpers.js';

describe('Korean predicates of rivalry', () => {
  test('Korean: X와 함께 경쟁하는 Y, Z', async () => {
    const x = await run('한국과 함께 경쟁하는 독일과 프랑스는 투자를 늘렸다.');
    expect(hasRelation(x, 'COMPETES_WITH', 'country:kr', 'country:de')).toBe(true);
    expect(hasRelation(x, 'COMPETES_WITH', 'country:kr', 'country:fr')).toBe(true);
  });
  test('Korean headline: 美中 패권 경쟁; coordinated subjects', async () => {
    expect(hasRelation(await run('AI 패권 美中 양강 구도'), 'COMPETES_WITH', 'country:us', 'country:cn')).toBe(true);
    expect(
      hasRelation(
        await run('네이버와 카카오가 AI 모델로 경쟁하고 있다.'),
        'COMPETES_WITH',
        'company:naver',
        'company:kakao',
      ),
    ).toBe(true);
  });
  test('"Y와 경쟁하고 있는 X" and 맞붙다', async () => {
    expect(
      hasRelation(
        await run('메모리 시장에서 마이크론과 경쟁하고 있는 SK하이닉스는 증설에 나섰다.'),
        'COMPETES_WITH',
        'company:micron',
        'company:sk-hynix',
      ),
    ).toBe(true);
    expect(
      hasRelation(
        await run('네이버는 카카오와 검색 시장에서 맞붙고 있다.'),
        'COMPETES_WITH',
        'company:naver',
        'company:kakao',
      ),
    ).toBe(true);
  });
});

describe("a rival noun (경쟁사) names the rivals of the subject or of the article's company", () => {
  test('"A, B 등 경쟁사들이": rivals of the subject', async () => {
    const x = await run('오픈AI가 새 모델을 내놓자 구글, 앤트로픽 등 경쟁사들이 잇달아 대응했다.');
    expect(hasRelation(x, 'COMPETES_WITH', 'company:openai', 'company:google')).toBe(true);
    expect(hasRelation(x, 'COMPETES_WITH', 'company:openai', 'company:anthropic')).toBe(true);
  });
  test('"경쟁사 X는" opening a sentence: a rival of the company the article is about', async () => {
    const x = await run('리벨리온은 새 칩을 공개했다. 경쟁사 퓨리오사AI는 양산을 서두르고 있다.');
    expect(hasRelation(x, 'COMPETES_WITH', 'company:rebellions', 'company:furiosaai')).toBe(true);
  });
  test('must NOT: "경쟁사" with no company subject before it', async () => {
    const x = await run('시장은 조용했다. 경쟁사 퓨리오사AI는 양산을 서두르고 있다.');
    expect(relationsOf(x, 'COMPETES_WITH')).toEqual([]);
  });
});

describe('English predicates of rivalry', () => {
  test('English: X competes with Y; X rivals Y; rivalry between X and Y', async () => {
    expect(
      hasRelation(
        await run('Huawei competes with Nvidia in China.'),
        'COMPETES_WITH',
        'company:huawei',
        'company:nvidia',
      ),
    ).toBe(true);
    expect(
      hasRelation(
        await run('Analysts say DeepSeek rivals OpenAI.'),
        'COMPETES_WITH',
        'company:deepseek',
        'company:openai',
      ),
    ).toBe(true);
    expect(
      hasRelation(
        await run('The rivalry between Google and Microsoft grew.'),
        'COMPETES_WITH',
        'company:google',
        'company:microsoft',
      ),
    ).toBe(true);
  });
});

describe('must NOT: names without a rivalry predicate, or with a look-alike word', () => {
  test('two companies without a trigger, or with 경쟁력, give nothing', async () => {
    expect(relationsOf(await run('삼성전자와 SK하이닉스가 실적을 발표했다.'), 'COMPETES_WITH')).toEqual([]);
    expect(relationsOf(await run('Google and Meta reported earnings.'), 'COMPETES_WITH')).toEqual([]);
    expect(relationsOf(await run('삼성전자는 엔비디아 덕분에 경쟁력을 높였다.'), 'COMPETES_WITH')).toEqual([]);
  });
  test('must NOT: 경쟁력, negated partnership words', async () => {
    expect(relationsOf(await run('삼성전자는 SK하이닉스 수준의 경쟁력을 갖추겠다고 했다.'), 'COMPETES_WITH')).toEqual(
      [],
    );
  });
});
