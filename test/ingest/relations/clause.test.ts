/**
 * Clause structure for the frames (ingest/relations/clause.ts). The investments stated in the
 * sentences before (noteInvestment / investmentOf, read by the engine's carried slots): an elided
 * argument keeps the side it stood on — the investors of the sentence before are no raiser, their
 * target is; a raiser carried into an investor's slot gives way to its investors. The opening
 * topic: a headline's first name set off by a comma is the subject of the predicate after it.
 */
import { hasRelation, namedPairs, run } from '../helpers.js';

test('participants after an investment join the same target, not the investors before them', async () => {
  const x = await run('카카오와 네이버는 리벨리온에 투자했다. 이번 투자에는 KT와 LG도 참여했다.');
  const pairs = namedPairs(x, 'INVESTS_IN');
  expect(pairs).toContain('KT>리벨리온');
  expect(pairs.filter((p) => p.endsWith('>카카오') || p.endsWith('>네이버'))).toEqual([]);
});

test('an investor elided after its target was the subject keeps investing', async () => {
  const x = await run(
    'SK텔레콤은 앤트로픽에 1000억원을 투자했다. 앤트로픽은 클로드를 SK텔레콤에 공급한다. 스캐터랩에는 150억원을 투자했다.',
  );
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['SK텔레콤>스캐터랩', 'SK텔레콤>앤트로픽']);
});

test('a subject that was no side of an investment is still carried', async () => {
  const x = await run('리벨리온은 시리즈B 투자를 유치했다. 이번 투자에는 KT와 LG도 참여했다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['KT>리벨리온', 'LG그룹>리벨리온']);
});

test('quoted speech carries no subject from the narrative before it', async () => {
  const plain = await run('카카오는 새 기술을 공개했다. 스캐터랩에 150억원을 투자했다.');
  expect(namedPairs(plain, 'INVESTS_IN')).toEqual(['카카오>스캐터랩']);
  // must NOT: the quote is someone's words, its elided subject is the speaker's, not 카카오's
  const quoted = await run('카카오는 새 기술을 공개했다. "스캐터랩에 150억원을 투자했다."');
  expect(namedPairs(quoted, 'INVESTS_IN')).toEqual([]);
});

describe("a headline's opening topic set off by a comma", () => {
  test('headline topic with a comma: "X, … Y와 경쟁"', async () => {
    expect(
      hasRelation(
        await run('LG전자, 삼성전자와 AI 가전 경쟁'),
        'COMPETES_WITH',
        'company:lg-electronics',
        'company:samsung-electronics',
      ),
    ).toBe(true);
  });
});

test('the nearest subject is carried, a model too: no company from further back jumps over it', async () => {
  const x = await run(
    '카카오는 새 모델 카나나를 공개했다. 카나나는 한국어 시험에서 높은 점수를 받았다. 수학 시험에서도 GPT-4o를 크게 앞질렀다.',
  );
  const pairs = namedPairs(x, 'COMPETES_WITH').map((p) => p.split('>').sort().join('|'));
  expect(pairs).toEqual(['GPT-4o|카나나']);
});

test('a name in 의 owning the subject noun is the subject carried on', async () => {
  const x = await run('리벨리온의 성장세가 무섭다. 삼성전자로부터 투자를 유치했다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['삼성전자>리벨리온']);
});

test('a subject the text names by no mention ends the carried chain', async () => {
  // must NOT: 업계는 is what the last sentence is about; 카카오 from before it invests in nothing here
  const x = await run('카카오는 새 기술을 공개했다. 업계는 이를 반겼다. 스캐터랩에 150억원을 투자했다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual([]);
  // a person's title, a pronoun: names stand in the subject, or it refers back
  const person = await run(
    '카카오는 새 기술을 공개했다. 정신아 카카오 대표가 이를 소개했다. 스캐터랩에 150억원을 투자했다.',
  );
  expect(namedPairs(person, 'INVESTS_IN')).toEqual(['카카오>스캐터랩']);
  const pronoun = await run('카카오는 새 기술을 공개했다. 이는 업계 최초다. 스캐터랩에 150억원을 투자했다.');
  expect(namedPairs(pronoun, 'INVESTS_IN')).toEqual(['카카오>스캐터랩']);
});

test('a sentence opening on a quoted name in a list is narrative: the subject before carries into it', async () => {
  const x = await run(
    "카카오는 AI 분야에 투자를 늘리고 있다. '리벨리온'(100억원), '업스테이지'(50억원) 등 국내 AI 기업에 투자한 금액만 150억원이 넘는다.",
  );
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['카카오>리벨리온', '카카오>업스테이지']);
});

test("must NOT: a sentence opening on someone's quoted words takes no subject from before", async () => {
  const x = await run("카카오는 AI 분야에 투자를 늘리고 있다. '업스테이지에 곧 투자하겠다'고 그는 말했다.");
  expect(namedPairs(x, 'INVESTS_IN')).toEqual([]);
});
