/** Persons in apposition after a title with 인, spelled in brackets, or opened by a known given name. */
import { run } from '../helpers.js';

const persons = async (text: string) =>
  (await run(text)).entities.filter((e) => e.type === 'Person').map((e) => e.name);

test('a foreign name in Hangul after "TITLE인" is a person, two of them joined by 와', async () => {
  expect(await persons('루나랩 정책 책임자인 다나 리브스는 규제를 비판했다.')).toEqual(['다나 리브스']);
  expect(await persons('하늘소프트의 공동 대표(CEO)인 케이트 마와카나와 이반 페트로프는 입장을 냈다.')).toEqual([
    '케이트 마와카나',
    '이반 페트로프',
  ]);
});

test('a Hangul name with its Latin spelling in brackets is a person', async () => {
  expect(await persons('이 회사는 토마스 벨(Thomas Bell)과 한나 리(Hanna Lee)가 세웠다.')).toEqual([
    '토마스 벨',
    '한나 리',
  ]);
});

test('a known given name and a plain word before a title or a particle make a person', async () => {
  expect(await persons('이날 엘리자베스 워렌 상원의원은 법안을 냈다.')).toEqual(['엘리자베스 워렌']);
  expect(await persons('이날 마이클 맥콜 하원 외교위원장은 서한을 보냈다.')).toEqual(['마이클 맥콜']);
  expect(await persons('루나랩 기술을 총괄하는 포리스트 노로드는 새 칩을 공개했다.')).toEqual(['포리스트 노로드']);
});

test('must NOT: adjectives, verb forms, object words and parties make no person', async () => {
  expect(await persons('점수를 매기는 사회적 스코어링(Social Scoring)은 금지된다.')).toEqual([]);
  expect(await persons('그는 책임자인 만큼 책임 있게 행동했다.')).toEqual([]);
  expect(await persons('일리노이주 민주당 의원은 규정을 요구했다.')).toEqual([]);
  expect(await persons('루나랩은 위텍을 사외이사로 임명했다.')).toEqual([]);
});

test('must NOT: a given name that is also an ordinary word opens no person (칼 "knife")', async () => {
  expect(await persons('구글에 칼 겨누는 미국, 이번엔 광고 사업을 들여다본다')).toEqual([]);
  expect(await persons('그는 모르는 척 넘어갔다.')).toEqual([]);
});
