/** WORKS_FOR from a bare company title in an article about one company (ingest/relations/links-topic.ts), on our own sentences. */
import { namedPairs, run } from '../helpers.js';

test('a bare title in an article about one company: the person works there', async () => {
  const en = await run(
    'Upstage raised new money on Monday. Upstage will hire engineers in Seoul. Investors like Upstage. CEO Jane Doe said the round closed fast.',
  );
  expect(namedPairs(en, 'WORKS_FOR')).toContain('Jane Doe>Upstage');
  const ko = await run(
    '리벨리온은 새 칩을 공개했다. 리벨리온은 내년에 상장한다. 업계는 리벨리온을 주목한다. 김도윤 공동창업자는 양산이 순조롭다고 말했다.',
  );
  expect(namedPairs(ko, 'WORKS_FOR')).toContain('김도윤>리벨리온');
});

test('must NOT: no company dominates, or the title is no company title', async () => {
  const even = await run(
    'Upstage and Naver signed a deal. Upstage and Naver will share data. Upstage and Naver met again. CEO Jane Doe said it went well.',
  );
  expect(namedPairs(even, 'WORKS_FOR')).not.toContain('Jane Doe>Upstage');
  const minister = await run(
    '리벨리온은 새 칩을 공개했다. 리벨리온은 내년에 상장한다. 업계는 리벨리온을 주목한다. 김도윤 장관은 지원을 약속했다.',
  );
  expect(namedPairs(minister, 'WORKS_FOR')).not.toContain('김도윤>리벨리온');
});
