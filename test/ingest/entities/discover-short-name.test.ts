/** A firm's full name after a company noun, with one of its words repeated in brackets as its short name. */
import { run } from '../helpers.js';

const companies = async (text: string) =>
  (await run(text)).entities
    .filter((e) => e.type === 'Company')
    .map((e) => [...new Set([e.name, ...e.aliases])].sort());

test('a place, a name and a descriptor with the short name bracketed are one firm', async () => {
  const found = await companies(
    '중국 반도체 스타트업인 항저우 루미나 마이크로일렉트로닉스(루미나)는 투자를 받았다. 루미나는 칩을 판다.',
  );
  expect(found).toEqual([['루미나', '항저우 루미나 마이크로일렉트로닉스']]);
});

test('must NOT: a bracket that repeats no word of the run is an aside, not a short name', async () => {
  const found = await companies('국내 기업 세이렌 로보틱스(대표 김하늘)는 로봇을 만든다.');
  expect(found.flat()).not.toContain('세이렌 로보틱스');
});
