/**
 * Person discovery (ingest/entities/discover-person.ts): names before a title and where that
 * phrase starts and ends, the employer between name and title, titles glued to their unit,
 * surnames referring back, a plural role noun before two names; must-NOT words before a title.
 */
import { relationsOf, run, typedNames } from '../helpers.js';

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

describe('the employer between a name and a title', () => {
  test('"김지훈 누리로보틱스 대표" discovers the company and the WORKS_FOR', async () => {
    const x = await run('김지훈 누리로보틱스 대표는 "내년 상장을 추진한다"고 말했다.');
    const org = x.entities.find((e) => e.name === '누리로보틱스');
    expect(org?.type).toBe('Company');
    expect(x.relations.some((r) => r.type === 'WORKS_FOR' && r.target === org?.id)).toBe(true);
  });
  test('a university is an Organization', async () => {
    expect(await typedNames('박서연 한빛대 교수는 이렇게 설명했다.')).toContain('Organization:한빛대');
  });
  test('must NOT: modifiers between name and title are no employer', async () => {
    expect((await typedNames('최민호 공동 대표는 회견을 열었다.')).filter((e) => !e.startsWith('Person'))).toEqual([]);
    expect((await typedNames('이도현 신임 장관은 취임했다.')).filter((e) => !e.startsWith('Person'))).toEqual([]);
  });
});

describe('names before a title, titles glued to their unit, and surnames referring back', () => {
  test('Korean person + organisation + title; the person is not a company', async () => {
    const x = await run('김민준 한빛로보틱스 대표는 새 투자를 발표했다. 김 대표는 "성장하겠다"고 말했다.');
    const p = x.entities.find((e) => e.name === '김민준');
    expect(p?.type).toBe('Person');
    expect(p?.id).toBe('person:gim-minjun');
    expect(p?.mentions.map((m) => m.text)).toEqual(['김민준', '김 대표']);
    expect(x.entities.some((e) => e.type === 'Company' && e.name.includes('김민준'))).toBe(false);
  });
  test('English title patterns and surname coreference', async () => {
    const x = await run('Acme Robotics CEO Jane Doakes said the chips were late. Doakes added that demand was strong.');
    const p = x.entities.find((e) => e.name === 'Jane Doakes');
    expect(p?.type).toBe('Person');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Jane Doakes', 'Doakes']);
    expect(x.entities.find((e) => e.name === 'Acme Robotics')?.type).toBe('Company');
  });
  test('a title glued to its unit: "AI전략실장", "제1차관"', async () => {
    const x = await run('박민수 카카오 AI전략실장은 이렇게 말했다. 정다은 과기정통부 제1차관도 참석했다.');
    expect(x.entities.some((e) => e.type === 'Person' && e.name === '박민수')).toBe(true);
    expect(x.entities.some((e) => e.type === 'Person' && e.name === '정다은')).toBe(true);
    expect(relationsOf(x, 'WORKS_FOR').some((r) => r.endsWith('>company:kakao'))).toBe(true);
  });
  test('a name ending in 한 before a known company and a title', async () => {
    expect(
      (await run('이정한 네이버 이사는 말했다.')).entities.some((e) => e.type === 'Person' && e.name === '이정한'),
    ).toBe(true);
  });
});

describe('must NOT: what stands before a title without being a name', () => {
  test('a word before a title that is not a name does not become a person', async () => {
    const x = await run('중국이 AI 강국으로 성장한 비결에 대해 하 센터장은 설명했다.');
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
  test('must NOT: an adnominal verb before a title is no name', async () => {
    expect((await run('정부가 선정한 대표 기업들이 모였다.')).entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('a plural role noun before two names', () => {
  test('plural role noun with two names; "co-founded by" gives WORKS_FOR', async () => {
    const x = await run(
      'Safe Superintelligence, co-founded by former OpenAI scientists Dani Yogatama and Yi Tay, sells models.',
    );
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Dani Yogatama', 'Yi Tay']));
    expect(relationsOf(x, 'WORKS_FOR').length).toBeGreaterThanOrEqual(2);
  });
});

test('must NOT: a title word before a firm noun describes a firm, not a person ("X, a partner firm")', async () => {
  const found = await typedNames('Tom Kessel is president of Northwind Digital, a partner firm of the chipmaker.');
  expect(found).toContain('Company:Northwind Digital');
  expect(found).not.toContain('Person:Northwind Digital');
});

test('a full name before a trade noun, or closing "said …", is a person ("X, a competition law expert"; said X.)', async () => {
  const found = await typedNames(
    'Maria Ostrova, a data privacy expert, spoke first. "It will pass," said Pavel Drozd. "It works," said Lena Korsak, who runs the unit.',
  );
  expect(found).toEqual(expect.arrayContaining(['Person:Maria Ostrova', 'Person:Pavel Drozd', 'Person:Lena Korsak']));
});

test('must NOT: a firm suffix or a single word after "said" is no person (said Tandem Robotics.; said Monday.)', async () => {
  const found = await typedNames('"It ships soon," said Tandem Robotics. The plan, he said Monday, holds.');
  expect(found.filter((n) => n.startsWith('Person:'))).toEqual([]);
});
