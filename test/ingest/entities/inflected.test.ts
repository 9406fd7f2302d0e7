/** Verb forms and nouns with case particles are no names, whichever discovery pattern meets them. */
import { typedNames } from '../helpers.js';

test('must NOT: a noun with a case particle and a verb form before 대표 make no person or firm', async () => {
  expect(await typedNames('두 회사는 세계 시장 경쟁에 나설 국가대표 기업을 함께 만들기로 했다.')).toEqual([]);
});

test('must NOT: a clause-final verb before a headed list is no member of it', async () => {
  const names = await typedNames('인텔·퀄컴 등이 TSMC의 대항마로 떠올랐고, 애플·구글 등 빅테크 고객사가 칩을 만든다.');
  expect(names).not.toContain('Company:떠올랐고');
  expect(names).toEqual(expect.arrayContaining(['Company:애플', 'Company:구글']));
});

test('a Korean name before its employer and title is still a person', async () => {
  expect(await typedNames('강도윤 아르고반도체 대표는 새 칩을 공개했다.')).toEqual(
    expect.arrayContaining(['Person:강도윤', 'Company:아르고반도체']),
  );
});

test('must NOT: a compound of vocabulary after a firm noun is no firm (prefix, suffix, two Sino-Korean nouns)', async () => {
  expect(await typedNames('올해 국내 스타트업 투자시장이 크게 얼어붙었다.')).toEqual([]);
  expect(await typedNames('당국은 빅테크 갑질 문제를 다시 따져 보기로 했다.')).toEqual([]);
  expect(await typedNames('여러 나라가 AI 스타트업 대규모 인수를 살피고 있다.')).toEqual([]);
});

test('a new name after a firm noun that the analysis cuts into nouns is still a firm', async () => {
  expect(await typedNames('AI 스타트업 코어브레인이 새 투자를 받았다.')).toEqual(['Company:코어브레인']);
});

test('must NOT: time words, adverbs and 국가대표 before a title make no person', async () => {
  expect(await typedNames('그는 지난해 8월부터 한빛랩 연구원으로 일했다.')).not.toContain('Person:지난해');
  expect(await typedNames('두 회사는 이른바 국가대표 AI 선발전에 나섰다.')).toEqual([]);
});
