/** Attribute-like links (ingest/relations/links.ts, links-country.ts) on sentences of our own. */
import { hasRelation, run } from '../helpers.js';

test("a person's own company: 'X의 AI 스타트업 Y', 'X가 설립한 AI 기업 Y'", async () => {
  const own = await run('일론 머스크의 AI 스타트업 xAI가 새 투자를 받았다.');
  expect(hasRelation(own, 'WORKS_FOR', 'person:elon-musk', 'company:xai')).toBe(true);
  const founded = await run('샘 올트먼이 공동 설립한 AI 기업 오픈AI는 새 모델을 공개했다.');
  expect(hasRelation(founded, 'WORKS_FOR', 'person:sam-altman', 'company:openai')).toBe(true);
});

test("a copula description names the country: 'X는 중국의 인공지능(AI) 스타트업이다'", async () => {
  const x = await run('딥시크는 중국의 인공지능(AI) 스타트업이다.');
  expect(hasRelation(x, 'BASED_IN', 'company:deepseek', 'country:cn')).toBe(true);
});

test("'국내 기업' is Korea only when the article names Korea", async () => {
  const named = await run('한국 정부가 지원을 늘린다. 네이버와 KT 등 국내 기업이 참여했다.');
  expect(hasRelation(named, 'BASED_IN', 'company:naver', 'country:kr')).toBe(true);
  const unnamed = await run('네이버와 KT 등 국내 기업이 참여했다.');
  expect(unnamed.relations.filter((r) => r.type === 'BASED_IN')).toEqual([]);
});
