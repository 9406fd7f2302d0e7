/** Persons named right after a founder or chief-executive noun, or after "founded … by". */
import { run } from '../helpers.js';

const persons = async (text: string) =>
  (await run(text)).entities.filter((e) => e.type === 'Person').map((e) => e.name);

test('a foreign name in Hangul after 창업자/공동창업자(인) is a person, its particle cut', async () => {
  expect(await persons('루나랩 공동창업자인 다니엘 로웰이 회사를 떠났다.')).toEqual(['다니엘 로웰']);
  expect(await persons('하늘소프트 창업자 켄 모리와 만났다.')).toEqual(['켄 모리']);
  expect(await persons('창립자 리 청이 방송에 나왔다.')).toEqual(['리 청']);
});

test('a Korean full name after 창업자 is a person', async () => {
  expect(await persons('빛소리 창업자 김하늘은 투자를 받았다고 말했다.')).toEqual(['김하늘']);
});

test('English founders after "founded (in YEAR) by", one or two', async () => {
  expect(await persons('Lumora, a startup founded in 2021 by Ada Brandt and Leo Marsh, raised money.')).toEqual([
    'Ada Brandt',
    'Leo Marsh',
  ]);
});

test('must NOT: ordinary words after a role noun, or a company after "founded by", make no person', async () => {
  expect(await persons('창업자 정신이 중요하다.')).toEqual([]);
  expect(await persons('공동창업자 모두 회사를 떠났다.')).toEqual([]);
  expect(await persons('The lab was founded by Google in 2015.')).toEqual([]);
});

test('must NOT: a connective before a company and its chief makes no person', async () => {
  expect(await persons('투자 유치와 동시에 하늘소프트 대표와 면담했다.')).toEqual([]);
  expect(await persons('국내를 넘어 나아가 빛소리 CEO가 해외를 찾았다.')).toEqual([]);
});
