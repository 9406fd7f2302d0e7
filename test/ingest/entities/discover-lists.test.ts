/** Members of a list of firms that a company noun closes: new names beside known companies. */
import { run } from '../helpers.js';

const companies = async (text: string) =>
  (await run(text)).entities.filter((e) => e.type === 'Company').map((e) => e.name);

test('a list closed by "등 … 통신사" with a known member makes its other members companies', async () => {
  const found = await companies('도르텔·소프트뱅크·카렌텔 등 글로벌 통신사가 연합을 꾸렸다.');
  expect(found).toEqual(expect.arrayContaining(['도르텔', '소프트뱅크', '카렌텔']));
});

test('members may carry a country in brackets, and the head noun a count ("등 3개 법인")', async () => {
  const a = await companies('도르텔(독일), 소프트뱅크(일본), 카렌텔(싱가포르) 등 주요 통신사와 손잡았다.');
  expect(a).toEqual(expect.arrayContaining(['도르텔', '카렌텔']));
  const b = await companies('스캐터랩, 미르웨이브, 앤트로픽 등 3개 법인에 출자했다.');
  expect(b).toContain('미르웨이브');
});

test('must NOT: without a known company in it, or with ordinary words, a list makes no company', async () => {
  expect(await companies('반도체·바이오 등 기업에 투자했다.')).toEqual([]);
  expect(await companies('루멘타·카렌텔 등 기업에 투자했다.')).toEqual([]);
  const mixed = await companies('소프트뱅크·반도체·투자 등 기업이 모였다.');
  expect(mixed).toEqual(['소프트뱅크']);
});
