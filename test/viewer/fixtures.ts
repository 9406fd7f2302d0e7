/**
 * Hand-made articles for the viewer tests: Korean and English names for the same entities,
 * relations of every kind, and one article whose title, names and sentence carry HTML that
 * must show as text (`<script>`, `<img onerror>`).
 */
import type { Graph } from '../../graph/driver.js';
import { writeExtraction } from '../../graph/write.js';
import { type EntitySpec, extraction } from '../support/fixtures.js';

export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_NAME = 'Acme <i>AI</i>';

const deepseek: EntitySpec = { id: 'company:deepseek', type: 'Company', name: '딥시크', aliases: ['DeepSeek'] };
const openai: EntitySpec = { id: 'company:openai', type: 'Company', name: '오픈AI', aliases: ['OpenAI'] };
const us: EntitySpec = { id: 'country:us', type: 'Country', name: '미국', aliases: ['United States'] };
const china: EntitySpec = { id: 'country:cn', type: 'Country', name: '중국', aliases: ['China'] };
const naver: EntitySpec = {
  id: 'company:naver-cloud',
  type: 'Company',
  name: '네이버클라우드',
  aliases: ['Naver Cloud'],
};
const ha: EntitySpec = { id: 'person:ha-jung-woo', type: 'Person', name: '하정우', aliases: ['Ha Jung-woo'] };
const gpt: EntitySpec = { id: 'model:openai/gpt-4o', type: 'Model', name: 'GPT-4o', aliases: [] };
const microsoft: EntitySpec = {
  id: 'company:microsoft',
  type: 'Company',
  name: 'Microsoft',
  aliases: ['마이크로소프트'],
};
const acme: EntitySpec = { id: 'company:acme', type: 'Company', name: XSS_NAME, aliases: ['Acme'] };

export const KOREAN = extraction({
  source: 'news/ko-rivalry.txt',
  title: '딥시크 충격과 한국의 AI 전략',
  lang: 'ko',
  publishedAt: '2025-01-28',
  text: '중국의 딥시크가 오픈AI와 경쟁하고 있다. 미국은 중국에 대한 수출 통제를 강화했다. 네이버클라우드의 하정우 센터장은 한국형 AI 투자를 강조했다.',
  entities: [deepseek, openai, us, china, naver, ha],
  relations: [
    { type: 'COMPETES_WITH', source: deepseek.id, target: openai.id },
    { type: 'BASED_IN', source: deepseek.id, target: china.id },
    { type: 'REGULATES', source: us.id, target: china.id },
    { type: 'WORKS_FOR', source: ha.id, target: naver.id },
  ],
});

export const ENGLISH = extraction({
  source: 'news/en-funding.txt',
  title: 'Microsoft doubles down on OpenAI',
  lang: 'en',
  publishedAt: '2025-03-02',
  text: 'OpenAI released GPT-4o to compete with DeepSeek. Microsoft invested $10 billion in OpenAI.',
  entities: [
    { ...openai, name: 'OpenAI', aliases: ['오픈AI'] },
    { ...deepseek, name: 'DeepSeek', aliases: ['딥시크'] },
    gpt,
    microsoft,
  ],
  relations: [
    { type: 'DEVELOPS', source: openai.id, target: gpt.id },
    { type: 'INVESTS_IN', source: microsoft.id, target: openai.id, amount: '10 billion', currency: 'USD' },
  ],
});

export const HOSTILE = extraction({
  source: 'news/hostile.html',
  title: `${XSS_SCRIPT} Acme news ${XSS_IMG}`,
  lang: 'en',
  publishedAt: '2025-06-10',
  text: `Acme ${XSS_SCRIPT} now competes with OpenAI ${XSS_IMG} in Seoul`,
  entities: [acme, { ...openai, name: 'OpenAI', aliases: [] }],
  relations: [{ type: 'COMPETES_WITH', source: acme.id, target: openai.id }],
});

export async function writeViewerFixtures(g: Graph): Promise<void> {
  for (const article of [KOREAN, ENGLISH, HOSTILE]) await writeExtraction(g, article);
}
