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

test('a title and a name in brackets after an office name the holder ("위원회(위원장 김도윤)")', async () => {
  expect(await persons('방송통신위원회(위원장 김도윤)는 조사에 착수했다.')).toEqual(['person:gim-doyun:김도윤']);
});

test('a foreign name in Hangul with the employer and a modifier before the title', async () => {
  const found = await persons('블루스톤의 라이언 마틴 벤처투자 공동 책임자는 말했다.');
  expect(found.map((p) => p.split(':').pop())).toEqual(['라이언 마틴']);
});

test('English: "X, a former BIS official" and "X, the startup\'s co-founder" are persons', async () => {
  const a = await persons('"It is clear," said Laura Finch, a former BIS official now with a law firm.');
  expect(a).toEqual(['person:laura-finch:Laura Finch']);
  const b = await persons('According to Tom Reyes, the startup’s co-founder, demand is high.');
  expect(b).toEqual(['person:tom-reyes:Tom Reyes']);
});

test('English: a full name joined by "and" to a person is a person; a company is not', async () => {
  const x = await persons('Google hired CEO Maya Lind and Omar De Silva—both of whom had left it.');
  expect(x.map((p) => p.split(':').pop()).sort()).toEqual(['Maya Lind', 'Omar De Silva']);
  // must NOT: a known company after "and" stays a company
  const y = await run('The deal was signed by CEO Maya Lind and Nvidia Corporation last year.');
  expect(y.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Maya Lind']);
});

test('must NOT: a title word inside a known organisation name (LG AI 연구원) heads no person', async () => {
  const x = await run('1차 평가에서 압도적인 성능을 보인 LG AI 연구원이 1위를 차지했다.');
  expect(x.entities.map((e) => e.id)).toEqual(['company:lg-ai-research']);
});
