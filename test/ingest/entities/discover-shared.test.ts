/**
 * The stop lists of entity discovery (ingest/entities/discover-shared.ts): an everyday noun after
 * 회사/기업/스타트업 (측, 관계자, 고객, 내부, 맞춤형 …) is no company name; a name there still is.
 */
import { run } from '../helpers.js';

const companies = async (text: string) =>
  (await run(text)).entities.filter((e) => e.type === 'Company').map((e) => e.id);

describe('an everyday noun after a company noun is no company name', () => {
  test('common words after a company noun are not companies', async () => {
    const x = await run('정부는 국내 AI 기업 육성에 나섰다. 주요 기업 가운데 일부는 반발했다.');
    expect(x.entities.filter((e) => e.type === 'Company')).toEqual([]);
  });
  test.each([
    '성능을 크게 끌어올렸다고 회사 측은 설명했다.',
    '회사 측으로부터 답변을 받지 못했다.',
    '"기업 고객이 바로 쓸 수 있는 서비스"라고 말했다.',
    '기업 고객들에게 먼저 제공한다.',
    '회사 관계자는 말을 아꼈다.',
    '회사 내부에서는 우려가 나온다.',
    '회사 내부적으로 검토하고 있다.',
    '기업 전체의 매출이 늘었다.',
    '스타트업 대표들이 모였다.',
    '기업 맞춤형 모델을 내놨다.',
    '스타트업 중에서는 처음이다.',
    '기업 간의 협력이 늘고 있다.',
    '회사 입장에서는 부담이다.',
  ])('must NOT: %s', async (text) => {
    expect(await companies(text)).toEqual([]);
  });
  test('a name after the same nouns is still a company', async () => {
    expect(await companies('중국 AI 스타트업 루나랩은 새 모델을 공개했다.')).toEqual(['company:runaraep']);
    expect(await companies('투자사 미나셀은 300억원을 투자했다.')).toEqual(['company:minasel']);
  });
});
