/** WORKS_FOR from founding and ownership phrases (ingest/relations/links-founders.ts), on our own sentences. */
import { hasRelation, run } from '../helpers.js';

test("English possessive: 'Elon Musk's xAI', 'Cohere, Aidan Gomez's new AI venture'", async () => {
  const x = await run("Investors rushed into Elon Musk's xAI this year.");
  expect(hasRelation(x, 'WORKS_FOR', 'person:elon-musk', 'company:xai')).toBe(true);
  const y = await run("Funds flowed to Cohere, Aidan Gomez's new AI venture, in May.");
  expect(hasRelation(y, 'WORKS_FOR', 'person:aidan-gomez', 'company:cohere')).toBe(true);
  // must NOT: the possessive owns a thing named after the company, not the company
  const z = await run("Elon Musk's Anthropic lawsuit dragged on.");
  expect(hasRelation(z, 'WORKS_FOR', 'person:elon-musk', 'company:anthropic')).toBe(false);
});

test("English: 'X, a startup founded in 2019 by A and B'", async () => {
  const x = await run('Cohere, a startup founded in 2019 by Aidan Gomez and Nick Frosst, raised money.');
  expect(hasRelation(x, 'WORKS_FOR', 'person:aidan-gomez', 'company:cohere')).toBe(true);
  expect(hasRelation(x, 'WORKS_FOR', 'person:nick-frosst', 'company:cohere')).toBe(true);
  // must NOT: a company merely backed by the person
  const y = await run('Cohere, a startup backed by Aidan Gomez and Nick Frosst, raised money.');
  expect(hasRelation(y, 'WORKS_FOR', 'person:nick-frosst', 'company:cohere')).toBe(false);
});

test("Korean: 'X는 A 대표와 B CTO가 공동 창업한 스타트업이다'", async () => {
  const x = await run('퓨리오사AI는 2019년 박지훈 대표와 이수진 CTO가 공동 창업한 칩 설계 스타트업이다.');
  expect(hasRelation(x, 'WORKS_FOR', 'person:bak-jihun', 'company:furiosaai')).toBe(true);
  expect(hasRelation(x, 'WORKS_FOR', 'person:i-sujin', 'company:furiosaai')).toBe(true);
  // must NOT: the topic invested in a company the person founded
  const y = await run('퓨리오사AI는 박지훈 대표가 창업한 회사에 투자했다.');
  expect(hasRelation(y, 'WORKS_FOR', 'person:bak-jihun', 'company:furiosaai')).toBe(false);
});

test("Korean: when and where between the founders and the verb ('지난 2021년 3월 판교에서 설립한')", async () => {
  const x = await run('리벨리온은 한지우 대표와 서민재 CTO가 지난 2021년 3월 판교에서 설립한 AI 인프라 기업이다.');
  expect(hasRelation(x, 'WORKS_FOR', 'person:han-jiu', 'company:rebellions')).toBe(true);
  expect(hasRelation(x, 'WORKS_FOR', 'person:seo-minjae', 'company:rebellions')).toBe(true);
});
