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
