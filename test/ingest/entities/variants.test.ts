/**
 * One name in several spellings is one entity (ingest/entities/variants.ts): a word the lexicon
 * has in another transliteration, and a discovered name that is a variant of a named entity.
 */
import { entity, run } from '../helpers.js';

test('a transliteration the lexicon lacks letter for letter is a mention of its entry, kept as an alias', async () => {
  const x = await run('세쿼이아캐피탈도 앤트로픽의 투자 라운드에 참여했다.');
  const sequoia = entity(x, 'company:sequoia');
  expect(sequoia?.aliases).toContain('세쿼이아캐피탈');
  expect(x.entities.filter((e) => e.type === 'Company').map((e) => e.id)).toEqual(
    expect.arrayContaining(['company:sequoia', 'company:anthropic']),
  );
  expect(x.entities.some((e) => e.id !== 'company:sequoia' && e.name.startsWith('세쿼이아'))).toBe(false);
});

test('spacing variants of a person name are the lexicon person', async () => {
  const x = await run('공동창업자 그렉 브록먼은 휴직을 마치고 오픈AI로 돌아왔다.');
  expect(entity(x, 'person:greg-brockman')).toBeDefined();
});

test('a discovered name spelled like a named entity is that entity, with both spellings', async () => {
  const x = await run('중국 AI 스타트업 지푸(Zhipu)가 새 모델을 공개했다. 지푸는 베이징에 본사를 둔다.');
  const zhipu = entity(x, 'company:zhipu-ai');
  expect(zhipu?.aliases).toEqual(expect.arrayContaining(['지푸', 'Zhipu']));
  expect(x.entities.filter((e) => e.type === 'Company')).toHaveLength(1);
});

test('must NOT: an ordinary word that is a firm name minus its ending, or a weak form, is no mention', async () => {
  const x = await run('계산 스케일의 중요한 지표다. 법무부가 제기한 소송이다.');
  expect(entity(x, 'company:scale-ai')).toBeUndefined();
  expect(entity(x, 'org:us-doj')).toBeUndefined();
});

test('must NOT: two different new names with close spellings stay two entities', async () => {
  const x = await run('스타트업 루미나랩과 스타트업 루미노랩이 손잡았다.');
  const names = x.entities.filter((e) => e.type === 'Company').map((e) => e.name);
  expect(names).toEqual(expect.arrayContaining(['루미나랩', '루미노랩']));
});

test('a variant spelling before 등 ends at the name, so its list keeps the particle after the head noun', async () => {
  // (the mention once took the space before 등 in, and the list lost its subject role)
  const x = await run('xAI는 새 자금을 모았다. 이 투자에는 엔드리슨 호로위츠 등 대형 벤처캐피털이 참여했다.');
  const a16z = x.entities.find((e) => e.id === 'company:andreessen-horowitz');
  expect(a16z?.mentions.map((m) => m.text)).toEqual(['엔드리슨 호로위츠']);
  expect(x.relations.filter((r) => r.type === 'INVESTS_IN').map((r) => r.source)).toContain(
    'company:andreessen-horowitz',
  );
});
