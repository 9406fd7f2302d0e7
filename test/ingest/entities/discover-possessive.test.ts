/** Persons named around a title in a known employer's possessive ("ORG의 … TITLE NAME", "ORG의 NAME TITLE"). */
import { namedPairs, run } from '../helpers.js';

const persons = async (text: string) =>
  (await run(text)).entities.filter((e) => e.type === 'Person').map((e) => e.name);

test('ORG의 unit title, then a foreign name with its particle: a person working there', async () => {
  const x = await run('테슬라의 자율주행 부문 부사장 카를로 벤티는 새 칩을 공개했다.');
  expect(namedPairs(x, 'WORKS_FOR')).toEqual(['카를로 벤티>테슬라']);
});

test('ORG의 foreign name, then the title: a person, however the analysis cuts the name', async () => {
  const x = await run('미스트랄의 카를로 멘슈 CEO는 투자 유치를 발표했다.');
  expect(namedPairs(x, 'WORKS_FOR')).toEqual(['카를로 멘슈>미스트랄AI']);
});

test('ORG의 two-syllable Chinese name before 총재: a person', async () => {
  const x = await run('센스타임의 왕레이 총재가 새 회사를 세웠다.');
  expect(namedPairs(x, 'WORKS_FOR')).toEqual(['왕레이>센스타임']);
});

test('must NOT: modifiers, dictionary nouns and verb phrases around the title are no names', async () => {
  expect(await persons('엔비디아의 차기 CEO는 아직 정해지지 않았다.')).toEqual([]);
  expect(await persons('엔비디아의 로봇 부문 부사장 출신 인사가 합류했다.')).toEqual([]);
  expect(await persons('구글의 클라우드 사업 부사장 자리를 노린다.')).toEqual([]);
  expect(await persons('메타의 공동 창업자는 말을 아꼈다.')).toEqual([]);
});
