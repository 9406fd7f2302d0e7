/** Definite descriptions and group nouns as mentions of a named antecedent, with must-NOT cases. */
import type { Extraction } from '../../../graph/model.js';
import { entity, hasRelation, namedPairs, relationsOf, run } from '../helpers.js';

/** The entity ids a phrase was resolved to (every entity with a mention whose text is `phrase`). */
const referents = (x: Extraction, phrase: string) =>
  x.entities.filter((e) => e.mentions.some((m) => m.text === phrase)).map((e) => e.id);

describe('singular descriptions', () => {
  test('"the chipmaker" is the company of the sentence before, and the frames read it', async () => {
    const x = await run('Nvidia released a new chip on Monday. The chipmaker invested in xAI last year.');
    expect(referents(x, 'The chipmaker')).toEqual(['company:nvidia']);
    expect(hasRelation(x, 'INVESTS_IN', 'company:nvidia', 'company:xai')).toBe(true);
  });
  test('"the Chinese firm" and "the tech giant" carry their modifiers', async () => {
    const a = await run('DeepSeek shipped a reasoning model. The Chinese firm said demand was high.');
    expect(referents(a, 'The Chinese firm')).toEqual(['company:deepseek']);
    const b = await run('Google opened an office in Seoul. The tech giant hired local engineers.');
    expect(referents(b, 'The tech giant')).toEqual(['company:google']);
  });
  test('"the Bay Area firm": a place name modifies the description', async () => {
    const x = await run('Sequoia Capital has long bet on AI. The Bay Area firm put $50 million into xAI.');
    expect(referents(x, 'The Bay Area firm')).toEqual(['company:sequoia']);
    expect(hasRelation(x, 'INVESTS_IN', 'company:sequoia', 'company:xai')).toBe(true);
  });
  test('must NOT: "the Bay Area firm of a founder" is not a description of the company before', async () => {
    const x = await run('Sequoia Capital has long bet on AI. The Bay Area firm of a founder backs xAI.');
    expect(referents(x, 'The Bay Area firm')).toEqual([]);
  });
  test('Korean "이 회사", "해당 기업", "동사" refer back to the company', async () => {
    const x = await run('구글은 새 모델을 공개했다. 이 회사는 앤트로픽에 20억 달러를 투자했다.');
    expect(referents(x, '이 회사')).toEqual(['company:google']);
    expect(hasRelation(x, 'INVESTS_IN', 'company:google', 'company:anthropic')).toBe(true);
    const y = await run('네이버는 실적을 발표했다. 해당 기업은 올해 매출이 늘었다.');
    expect(referents(y, '해당 기업')).toEqual(['company:naver']);
    const z = await run('카카오는 새 서비스를 내놓았다. 동사의 주가는 올랐다.');
    expect(referents(z, '동사')).toEqual(['company:kakao']);
  });
  test('the evidence of a relation through a description is the sentence of the description', async () => {
    const x = await run('Nvidia released a new chip on Monday. The chipmaker invested in xAI last year.');
    const r = x.relations.find((e) => e.type === 'INVESTS_IN');
    expect(r?.evidence[0]?.sentence).toBe('The chipmaker invested in xAI last year.');
  });
  test('an agency description names an agency that was a subject before', async () => {
    const x = await run(
      'The Federal Trade Commission opened a study of AI deals. The agency asked Microsoft for documents.',
    );
    expect(referents(x, 'The agency')).toEqual(['org:ftc']);
  });
});

describe('model descriptions', () => {
  test('"이 모델" is the model named before, and the frames read it', async () => {
    const x = await run('네이버는 하이퍼클로바X를 공개했다. 이 모델은 오픈AI의 GPT-4o를 능가하는 성능을 보였다.');
    expect(referents(x, '이 모델')).toEqual(['model:naver-cloud/hyperclova-x']);
    expect(hasRelation(x, 'COMPETES_WITH', 'model:naver-cloud/hyperclova-x', 'model:openai/gpt-4o')).toBe(true);
  });
  test('"the model\'s performance" is the model of the sentence before', async () => {
    const x = await run("Alibaba released Qwen3 on Friday. The model's performance rivals OpenAI's o1.");
    expect(referents(x, 'The model')).toEqual(['model:alibaba/qwen-3']);
    expect(hasRelation(x, 'COMPETES_WITH', 'model:alibaba/qwen-3', 'model:openai/o1')).toBe(true);
  });
  test('must NOT: a model named only as what a new, unnamed one beats is not "this model"', async () => {
    const ko = await run(
      '딥시크는 GPT-4o를 능가하는 새 모델을 공개했다. 이 모델은 오픈AI의 o1과 비슷한 성능을 보였다.',
    );
    expect(referents(ko, '이 모델')).toEqual([]);
    expect(hasRelation(ko, 'COMPETES_WITH', 'model:openai/gpt-4o', 'model:openai/o1')).toBe(false);
    const en = await run(
      "Tests show that DeepSeek's new system beats GPT-4o on math. The model also rivals OpenAI's o1 in coding.",
    );
    expect(referents(en, 'The model')).toEqual([]);
  });
});

describe('subjects and pronouns', () => {
  test('an opening adverbial does not hide the subject that decides between two companies', async () => {
    const x = await run(
      "Over the past year, Anthropic closed five deals with Amazon. The company's product competes with Google.",
    );
    expect(referents(x, 'The company')).toEqual(['company:anthropic']);
    expect(hasRelation(x, 'COMPETES_WITH', 'company:anthropic', 'company:google')).toBe(true);
  });
  test('"accused the firm of breaching" refers; "the firm of a judge" does not', async () => {
    const x = await run('Nvidia sells most AI chips. China recently accused the firm of breaching anti-monopoly laws.');
    expect(referents(x, 'the firm')).toEqual(['company:nvidia']);
    const y = await run('Nvidia sells most AI chips. Google hired the firm of a former judge.');
    expect(referents(y, 'the firm')).toEqual([]);
  });
  test('"X said it …" is X; a sentence-opening "Its" is the subject before', async () => {
    const x = await run('Scale AI said on Tuesday it had raised $1 billion in a round led by Accel.');
    expect(referents(x, 'it')).toEqual(['company:scale-ai']);
    const y = await run('Nvidia released new chips. Its rival AMD raised prices.');
    expect(referents(y, 'Its')).toEqual(['company:nvidia']);
    expect(hasRelation(y, 'COMPETES_WITH', 'company:amd', 'company:nvidia')).toBe(true);
  });
  test('must NOT: an expletive "it", a person\'s "it", an "its" inside a phrase', async () => {
    const x = await run('Google released a model. It is likely that Microsoft will respond.');
    expect(referents(x, 'It')).toEqual([]);
    const y = await run('Musk said it would take years.');
    expect(referents(y, 'it')).toEqual([]);
    const z = await run('Microsoft has poured $13 billion into its partnership with OpenAI.');
    expect(referents(z, 'its')).toEqual([]);
    expect(hasRelation(z, 'INVESTS_IN', 'company:microsoft', 'company:openai')).toBe(true);
  });
});

describe('groups', () => {
  test('"양사", "두 회사", "the two companies" name the pair listed before', async () => {
    const ko = await run('삼성전자와 SK하이닉스는 메모리를 만든다. 양사는 올해 투자를 늘렸다.');
    expect(referents(ko, '양사').sort()).toEqual(['company:samsung-electronics', 'company:sk-hynix']);
    const ko2 = await run('KT와 카카오가 손을 잡았다. 두 회사는 합작법인을 세운다.');
    expect(referents(ko2, '두 회사').sort()).toEqual(['company:kakao', 'company:kt']);
    const en = await run('Samsung Electronics and SK hynix make memory chips. The two companies raised prices.');
    expect(referents(en, 'The two companies').sort()).toEqual(['company:samsung-electronics', 'company:sk-hynix']);
  });
  test('must NOT: a group whose number no list or sentence before matches names no one', async () => {
    const x = await run('Samsung Electronics, SK hynix and Micron make memory chips. The two companies raised prices.');
    expect(referents(x, 'The two companies')).toEqual([]);
  });
});

describe('must NOT', () => {
  test('two companies before and no subject to choose: nothing', async () => {
    const x = await run('Investors in the round included Google and Amazon. The company plans to hire engineers.');
    expect(referents(x, 'The company')).toEqual([]);
  });
  test('the subject of its own clause is not the description in that clause', async () => {
    const x = await run('Google released a model. Microsoft will support the company with Azure.');
    expect(referents(x, 'the company')).toEqual([]);
  });
  test('a company noun modifying a name or another noun is no reference', async () => {
    const a = await run('Amazon hired the founders of the AI firm Adept in June.');
    expect(referents(a, 'the AI firm')).toEqual([]);
    const b = await run('Anthropic raised money. It has emerged as the leader in the AI start-up race.');
    expect(referents(b, 'the AI start-up')).toEqual([]);
  });
  test('a startup description does not take an agency, nor an agency one a company', async () => {
    const x = await run('The European Commission reviewed the deal. The startup said it would cooperate.');
    expect(referents(x, 'The startup')).toEqual([]);
    const y = await run('OpenAI was fined on Friday. The watchdog said the fine was fair.');
    expect(referents(y, 'The watchdog')).toEqual([]);
  });
  test('"이 회사들" (plural) and a description with no company before it stay unresolved', async () => {
    const x = await run('네이버와 카카오는 실적을 발표했다. 이 회사들은 투자를 늘렸다.');
    expect(referents(x, '이 회사')).toEqual([]);
    const y = await run('업계는 긴장하고 있다. 이 회사는 리벨리온에 50억원을 투자했다.');
    expect(referents(y, '이 회사')).toEqual([]);
  });
  test('the description is never an alias of its antecedent', async () => {
    const x = await run('Databricks released a model. The company raised money from Nvidia.');
    expect(entity(x, 'company:databricks')?.aliases).not.toContain('The company');
  });
});

describe('a noun phrase referring back to the subject company of an earlier sentence', () => {
  test('"이 회사는" is the company the previous sentence was about', async () => {
    const x = await run('네이버는 새 검색 모델을 공개했다. 이 회사는 2023년 업스테이지에 100억원을 투자했다.');
    expect(hasRelation(x, 'INVESTS_IN', 'company:naver', 'company:upstage')).toBe(true);
  });
  test('"the startup" is the subject company of an earlier sentence', async () => {
    const x = await run(
      'Mistral AI released a coding model on Tuesday. The startup raised money from Nvidia last year.',
    );
    expect(hasRelation(x, 'INVESTS_IN', 'company:nvidia', 'company:mistral')).toBe(true);
  });
  test('must NOT: no company subject before it, no antecedent', async () => {
    const x = await run('업계는 긴장하고 있다. 이 회사는 리벨리온에 50억원을 투자했다.');
    expect(relationsOf(x, 'INVESTS_IN')).toEqual([]);
  });
  test('must NOT: an apposition is not a back reference', async () => {
    const x = await run('Cohere released a model. Nvidia, the company that makes GPUs, invested in Groq.');
    expect(hasRelation(x, 'INVESTS_IN', 'company:cohere', 'company:groq')).toBe(false);
  });
  test('a description after an opening adverbial and its comma is the subject, not an apposition', async () => {
    const x = await run('MGX is a fund from Abu Dhabi. In March, the firm invested in Cohere.');
    expect(referents(x, 'the firm')).toEqual(['company:mgx']);
    expect(hasRelation(x, 'INVESTS_IN', 'company:mgx', 'company:cohere')).toBe(true);
    // must NOT: a name right before the comma makes it an apposition of that name
    const y = await run('Cohere released a model. Nvidia, the firm behind GPUs, invested in Groq.');
    expect(referents(y, 'the firm')).toEqual([]);
  });
  test("a paragraph opening on a description goes on about the article's focus, not the last subject", async () => {
    const lead =
      'MGX backs G42. MGX also backs Cohere. MGX is based in Abu Dhabi. Thrive Capital led a round for Mistral AI.';
    const x = await run(`${lead}\nThe firm invested in Groq.`);
    expect(hasRelation(x, 'INVESTS_IN', 'company:mgx', 'company:groq')).toBe(true);
    expect(hasRelation(x, 'INVESTS_IN', 'company:thrive-capital', 'company:groq')).toBe(false);
    // in the same paragraph the subject of the sentence before is still the antecedent
    const y = await run(`${lead} The firm invested in Groq.`);
    expect(hasRelation(y, 'INVESTS_IN', 'company:mgx', 'company:groq')).toBe(false);
    // must NOT: with no company named more often than the others there is no focus, so nothing
    const tie =
      'MGX backs G42. MGX also backs Cohere. Mistral AI hired staff. Thrive Capital led a round for Mistral AI.';
    const z = await run(`${tie}\nThe firm invested in Groq.`);
    expect(relationsOf(z, 'INVESTS_IN').filter((r) => r.endsWith('>company:groq'))).toEqual([]);
  });
  test('the coreferring phrase is never an alias', async () => {
    const x = await run('Databricks released a model. The company raised money from Nvidia.');
    expect(entity(x, 'company:databricks')?.aliases).not.toContain('The company');
  });
});

describe('the subject of a sentence after an opening prepositional phrase', () => {
  test('a name inside the opening phrase is not the subject the next sentence refers to', async () => {
    const x = await run(
      'On the benchmark that OpenAI published last year, built to probe logic, Gemini 3 Pro reached 37 percent. Its closest rival, GPT-5.1, reached 26 percent.',
    );
    const pairs = namedPairs(x, 'COMPETES_WITH').map((p) => p.split('>').sort().join('|'));
    expect(pairs).toEqual(['GPT-5.1|Gemini 3 Pro']);
  });
  test('"It" after such a sentence is the company after the phrase', async () => {
    const x = await run(
      'In a filing with the SEC last week, Zhipu AI listed its backers. It raised $50 million in a round led by Huafa Group.',
    );
    expect(namedPairs(x, 'INVESTS_IN')).toEqual(['Huafa Group>Zhipu AI']);
  });
});
