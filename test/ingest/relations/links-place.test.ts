/** BASED_IN from a phrase that says where a company sits (ingest/relations/links-place.ts), on our own sentences. */
import { hasRelation, relationsOf, run } from '../helpers.js';

test("Korean seat phrases: '…에 본사를 둔', '… 기반(의)', '…를 기반으로 한', '중국 항저우의'", async () => {
  const hq = await run('아랍에미리트에 본사를 둔 G42는 새 데이터센터를 지었다.');
  expect(hasRelation(hq, 'BASED_IN', 'company:g42', 'country:ae')).toBe(true);
  const base = await run('일본 도쿄 기반의 사카나AI는 새 모델을 내놓았다.');
  expect(hasRelation(base, 'BASED_IN', 'company:sakana-ai', 'country:jp')).toBe(true);
  const on = await run('프랑스 파리를 기반으로 한 AI 스타트업 미스트랄AI가 새 모델을 공개했다.');
  expect(hasRelation(on, 'BASED_IN', 'company:mistral', 'country:fr')).toBe(true);
  const city = await run('중국 항저우의 딥시크는 새 모델을 공개했다.');
  expect(hasRelation(city, 'BASED_IN', 'company:deepseek', 'country:cn')).toBe(true);
  const pred = await run('한국 정부가 지원한 퓨리오사AI는 서울에 본사를 두고 있다.');
  expect(hasRelation(pred, 'BASED_IN', 'company:furiosaai', 'country:kr')).toBe(true);
});

test("English seat phrases: 'Paris-based X', 'X, headquartered in Toronto', 'X, the Toronto-based startup'", async () => {
  const pre = await run('France cheers for Paris-based lab Mistral AI.');
  expect(hasRelation(pre, 'BASED_IN', 'company:mistral', 'country:fr')).toBe(true);
  const hq = await run('Cohere, headquartered in Toronto, is Canada’s largest AI lab.');
  expect(hasRelation(hq, 'BASED_IN', 'company:cohere', 'country:ca')).toBe(true);
  const ap = await run('Cohere, a Toronto-headquartered lab, hired staff across Canada.');
  expect(hasRelation(ap, 'BASED_IN', 'company:cohere', 'country:ca')).toBe(true);
});

test('must NOT: a city stands for no country the article never names; a phrase before another company', async () => {
  const x = await run('Anthropic, a Seattle-based lab, raised money.');
  expect(relationsOf(x, 'BASED_IN')).toEqual([]);
  const gov = await run('중국 베이징의 규제 당국이 엔비디아를 조사했다.');
  expect(hasRelation(gov, 'BASED_IN', 'company:nvidia', 'country:cn')).toBe(false);
  const other = await run('서울에 본사를 둔 네이버의 자회사 라인이 한국 시장을 넓혔다.');
  expect(relationsOf(other, 'BASED_IN').some((r) => r.includes('line'))).toBe(false);
});
