/** The lexicon trie (ingest/lexicon.ts): spacing of Korean names, with and without a space in the form. */
import { matchAt, readLexicon } from '../../ingest/lexicon.js';

const ids = (text: string) =>
  matchAt(text.toLowerCase(), 0).map(
    (m) => `${text.slice(0, m.end)}=${[...new Set(m.hits.map((h) => h.id))].join('/')}`,
  );

test('a spaced writing of a glued form matches, even when another form continues with a space', () => {
  // the lexicon has 세쿼이아캐피털 (glued) and 세쿼이아 차이나 (spaced, another entity)
  expect(ids('세쿼이아 캐피털이 참여했다')[0]).toBe('세쿼이아 캐피털=company:sequoia');
  expect(ids('세쿼이아 차이나가 참여했다')[0]).toBe('세쿼이아 차이나=company:hongshan');
  expect(ids('세쿼이아는')[0]).toBe('세쿼이아=company:sequoia');
});

test('must NOT: a space between Hangul and Latin letters is never dropped', () => {
  expect(ids('오픈 AI')).toEqual([]);
});

test("countries by the names news writes (CLDR's), not only the package's dated ones (폴랜드, 포르투칼)", () => {
  expect(ids('폴란드 정부는')[0]).toBe('폴란드=country:pl');
  expect(ids('포르투갈 정부는')[0]).toBe('포르투갈=country:pt');
  expect(ids('Czechia joined')[0]).toBe('Czechia=country:cz');
});

test("every lexicon id is listed once: a second entry would shadow the first one's forms and facts", () => {
  const files = ['companies.json', 'organizations.json', 'models.json', 'people.json'];
  const ids = files.flatMap((f) => readLexicon<{ id: string }[]>(f).map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});
