/** Person discovery before a title: where the phrase before the title starts and ends. */
import { run } from '../helpers.js';

const persons = async (text: string) =>
  (await run(text)).entities.filter((e) => e.type === 'Person').map((e) => `${e.id}:${e.name}`);

test('a person named with a title is the lexicon person even when the bare name is weak', async () => {
  const found = await persons('박성현 리벨리온 대표는 투자를 받았다고 말했다.');
  expect(found).toEqual(['person:park-sung-hyun:박성현']);
});

test('must NOT: a word before a bare surname and title is no name ("배경엔 박 대표의 경험")', async () => {
  expect(await persons('회사가 커진 배경엔 박 대표의 경험이 있다.')).toEqual([]);
});

test('must NOT: the title walk stops at a sign and at another person ("권민수 기자 = 도널드 트럼프 대통령")', async () => {
  const found = await persons('[서울=한빛뉴스] 권민수 특파원 = 도널드 트럼프 대통령이 말했다.');
  expect(found).toEqual(['person:donald-trump:도널드 트럼프']);
});

test('must NOT: 차세대 before 리더 is no person', async () => {
  expect(await persons('[2025 차세대 리더] 한빛랩 대표 인터뷰')).toEqual([]);
});

test('a foreign name in Hangul, two words before a title, is a person working for the organisation before it', async () => {
  const x = await run('세일즈포스의 에밀리 카슨 최고기술책임자(CTO)는 말했다.');
  const p = x.entities.find((e) => e.name === '에밀리 카슨');
  expect(p?.type).toBe('Person');
  expect(
    x.relations.some((r) => r.type === 'WORKS_FOR' && r.source === p?.id && r.target === 'company:salesforce'),
  ).toBe(true);
});

test('must NOT: two ordinary words before a title are no foreign name ("서울 본사 대표", "업계 관계자")', async () => {
  expect(await persons('그는 서울 본사 대표를 맡았다. 국내 반도체 업계 관계자는 말했다.')).toEqual([]);
});

test('English: a title word like "adviser" before a full name makes a person', async () => {
  expect(await persons('Former national security adviser Matt Kowalski urged the ban.')).toEqual([
    'person:matt-kowalski:Matt Kowalski',
  ]);
});
