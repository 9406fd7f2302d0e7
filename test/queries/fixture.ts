/**
 * A small, hand-made news graph in Korean and English for the query tests: three articles on
 * three dates, every relation type, entities named in one language and found by the other.
 */
import type { Graph } from '../../graph/driver.js';
import type { Extraction } from '../../graph/model.js';
import { writeExtraction } from '../../graph/write.js';
import { entitySpec, extraction, FIXED, relationSpec } from '../support/fixtures.js';

// Each article names entities in its own language; the other language is an alias.
const KO = {
  deepseek: entitySpec('company:deepseek', '딥시크', ['DeepSeek']),
  openai: entitySpec('company:openai', '오픈AI', ['OpenAI']),
  us: entitySpec('country:us', '미국', ['United States']),
  cn: entitySpec('country:cn', '중국', ['China']),
  liang: entitySpec('person:liang-wenfeng', '량원펑', ['Liang Wenfeng']),
  r1: entitySpec('model:deepseek/r1', 'R1', ['DeepSeek-R1']),
  ha: entitySpec('person:ha-jung-woo', '하정우', ['Ha Jung-woo']),
  naver: entitySpec('company:naver-cloud', '네이버클라우드', ['Naver Cloud']),
  hcx: entitySpec('model:naver-cloud/hyperclova-x', '하이퍼클로바X', ['HyperCLOVA X']),
  kr: entitySpec('country:kr', '한국', ['South Korea']),
};
const EN = {
  deepseek: entitySpec('company:deepseek', 'DeepSeek', ['딥시크']),
  openai: entitySpec('company:openai', 'OpenAI', ['오픈AI']),
  us: entitySpec('country:us', 'United States', ['미국']),
  softbank: entitySpec('company:softbank', 'SoftBank', ['소프트뱅크']),
  gpt4o: entitySpec('model:openai/gpt-4o', 'GPT-4o'),
  altman: entitySpec('person:sam-altman', 'Sam Altman', ['샘 올트먼']),
};

/**
 * The shared fixture helper cites the sentence of the source's first mention; here each
 * relation cites the first sentence that names both of its ends, as an extractor would.
 */
function citing(x: Extraction, text: string): Extraction {
  const sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({
    sentence: m[0].trim(),
    start: (m.index ?? 0) + m[0].length - m[0].trimStart().length,
  }));
  const named = (id: string, s: { start: number; sentence: string }) =>
    x.entities
      .find((e) => e.id === id)
      ?.mentions.some((m) => m.start >= s.start && m.end <= s.start + s.sentence.length);
  return {
    ...x,
    relations: x.relations.map((r) => {
      const s = sentences.find((c) => named(r.source, c) && named(r.target, c));
      if (!s) throw new Error(`no sentence names both ${r.source} and ${r.target}`);
      return { ...r, evidence: [{ sentence: s.sentence, start: s.start, end: s.start + s.sentence.length }] };
    }),
  };
}

const article = (options: Parameters<typeof extraction>[0]) => citing(extraction(options), options.text);

export const ARTICLES = {
  deepseek: article({
    source: 'news/ko-deepseek.txt',
    title: '딥시크 충격',
    lang: 'ko',
    publishedAt: '2025-01-28',
    text: '딥시크는 오픈AI와 경쟁한다. 미국은 중국에 수출 통제를 가했다. 딥시크의 본사는 중국에 있다. 량원펑은 딥시크의 창업자다. 딥시크는 R1 모델을 개발했다.',
    entities: [KO.deepseek, KO.openai, KO.us, KO.cn, KO.liang, KO.r1],
    relations: [
      relationSpec('company:deepseek', 'COMPETES_WITH', 'company:openai'),
      relationSpec('country:us', 'REGULATES', 'country:cn'),
      relationSpec('company:deepseek', 'BASED_IN', 'country:cn'),
      relationSpec('person:liang-wenfeng', 'WORKS_FOR', 'company:deepseek'),
      relationSpec('company:deepseek', 'DEVELOPS', 'model:deepseek/r1'),
    ],
  }),
  openai: article({
    source: 'news/en-openai.txt',
    title: 'SoftBank bets on OpenAI',
    lang: 'en',
    publishedAt: '2025-03-02',
    text: 'SoftBank will invest $40 billion in OpenAI. OpenAI develops GPT-4o. Sam Altman works for OpenAI. OpenAI is based in the United States. DeepSeek competes with OpenAI on price.',
    entities: [EN.softbank, EN.openai, EN.gpt4o, EN.altman, EN.us, EN.deepseek],
    relations: [
      relationSpec('company:softbank', 'INVESTS_IN', 'company:openai', { amount: '40 billion', currency: 'USD' }),
      relationSpec('company:openai', 'DEVELOPS', 'model:openai/gpt-4o'),
      relationSpec('person:sam-altman', 'WORKS_FOR', 'company:openai'),
      relationSpec('company:openai', 'BASED_IN', 'country:us'),
      relationSpec('company:deepseek', 'COMPETES_WITH', 'company:openai'),
    ],
  }),
  naver: article({
    source: 'news/ko-naver.txt',
    title: '네이버클라우드 인터뷰',
    lang: 'ko',
    publishedAt: '2025-05-10',
    text: '하정우는 네이버클라우드에서 일한다. 네이버클라우드는 하이퍼클로바X를 개발했다. 네이버클라우드의 본사는 한국에 있다. 한국 정부는 네이버클라우드에 1조 원을 투자한다. 네이버클라우드는 딥시크와 경쟁한다.',
    entities: [KO.ha, KO.naver, KO.hcx, KO.kr, KO.deepseek],
    relations: [
      relationSpec('person:ha-jung-woo', 'WORKS_FOR', 'company:naver-cloud'),
      relationSpec('company:naver-cloud', 'DEVELOPS', 'model:naver-cloud/hyperclova-x'),
      relationSpec('company:naver-cloud', 'BASED_IN', 'country:kr'),
      relationSpec('country:kr', 'INVESTS_IN', 'company:naver-cloud', { amount: '1조', currency: 'KRW' }),
      relationSpec('company:naver-cloud', 'COMPETES_WITH', 'company:deepseek'),
    ],
  }),
} satisfies Record<string, Extraction>;

export async function writeFixture(g: Graph): Promise<void> {
  for (const x of Object.values(ARTICLES)) await writeExtraction(g, x, FIXED);
}
