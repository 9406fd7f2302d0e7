/**
 * The rivalry selectors of ingest/relations/slots-contest.ts through the whole pipeline: the listed
 * or grouped participants of a contest pair within the list (and only when nothing makes the list
 * one side), "이 모델은" / "the model" / "It" stand for the model named just before, the maker of a
 * compared kind ("X의 최신 GPU보다") is the rival, and a quoted headline aim pairs its actor.
 */
import { namedPairs, run } from '../helpers.js';

const cw = async (text: string) => namedPairs(await run(text), 'COMPETES_WITH');
const unordered = (pairs: string[]) => pairs.map((p) => p.split('>').sort().join('~')).sort();

describe('contest', () => {
  test('a list of makers as the subject of the clauses up to the contest noun pairs every member', async () => {
    const pairs = await cw(
      '새 과제에 삼성전자·SK하이닉스·DB하이텍 등 국내 업체들이 대거 지원하며 치열한 경쟁이 예고됐다.',
    );
    expect(unordered(pairs)).toEqual(['DB하이텍~SK하이닉스', 'DB하이텍~삼성전자', 'SK하이닉스~삼성전자']);
  });

  test('"이들" before the contest noun stands for the list of the sentence before', async () => {
    const pairs = await cw('정부는 주관사로 네이버와 카카오를 골랐다. 이들은 내년까지 성능을 놓고 경쟁한다.');
    expect(unordered(pairs)).toEqual(['네이버~카카오']);
  });

  test('a partner or an opponent between the list and the contest noun makes the list one side', async () => {
    expect(await cw('네이버·카카오 등 국내 기업들이 힘을 모아 해외 업체와의 경쟁에 나선다.')).toEqual([]);
    expect(await cw('네이버·카카오 등 국내 기업들이 함께 글로벌 경쟁에 나선다.')).toEqual([]);
  });

  test('a relative clause on a new subject takes the contest from the list', async () => {
    expect(await cw('국내 과제에 삼성전자·SK하이닉스 등이 투자한 스타트업들이 지원하며 경쟁이 벌어졌다.')).toEqual([]);
  });

  test('"이들" with no list of makers before it pairs no one', async () => {
    expect(await cw('정부는 새 과제를 발표했다. 이들은 내년까지 성능을 놓고 경쟁한다.')).toEqual([]);
  });
});

describe('thisModel', () => {
  test('"이 모델은" is the model the sentence before named, not its maker', async () => {
    const pairs = await cw('업스테이지는 새 모델 솔라를 공개했다. 이 모델은 시험에서 70점을 받아 GPT-4o를 앞섰다.');
    expect(unordered(pairs)).toEqual(['GPT-4o~솔라']);
  });

  test('"the model" and a sentence-opening "It" after a model compare that model', async () => {
    // (its maker, named before, rivals the possessor: rival-kinds.ts)
    expect(await cw("Baidu released Ernie 4.5 on Monday. The model outperformed OpenAI's o1 on coding tests.")).toEqual(
      ['Baidu>OpenAI', 'Ernie 4.5>o1'],
    );
    const it = await cw("Baidu released Ernie 4.5 on Monday. It beat OpenAI's o3 on key benchmarks.");
    expect(unordered(it)).toEqual(['Baidu~OpenAI', 'Ernie 4.5~o3']);
  });

  test('"It" after a company is no model', async () => {
    const pairs = await cw("Ernie 4.5 came out in March from Baidu. It beat OpenAI's o3 on key benchmarks.");
    expect(pairs.some((p) => p.includes('Ernie 4.5'))).toBe(false);
  });
});

describe('thanKind and quoted aims', () => {
  test('the maker of a compared kind is the rival', async () => {
    const pairs = await cw('리벨리온의 새 칩은 엔비디아의 최신 GPU보다 뛰어난 성능을 보였다.');
    expect(unordered(pairs)).toEqual(['리벨리온~엔비디아']);
  });

  test('a maker whose chip is only used is no rival', async () => {
    expect(await cw('리벨리온은 엔비디아의 GPU를 써서 이전 모델보다 뛰어난 성능을 냈다.')).toEqual([]);
  });

  test('a quoted aim pairs the name after the quote with the name inside it, up to the comma', async () => {
    const pairs = await cw('‘인텔 잡는다’ 퀄컴, 일본 업체와 노트북 칩 출시');
    expect(unordered(pairs)).toEqual(['인텔~퀄컴']);
    expect(await cw('카카오는 “고객부터 잡겠다”며 네이버 출신 임원을 영입했다.')).toEqual([]);
  });
});

describe('rivalOwner', () => {
  test('"A 등 경쟁업체의 …로 X가": the rivals listed before the noun are the later subject\'s', async () => {
    expect(unordered(await cw('퀄컴 등 경쟁업체의 문제 제기로 인텔이 당국의 조사를 받았다.'))).toEqual(['인텔~퀄컴']);
  });

  test('"A, B 등 경쟁사들이": the rivals of the subject before them', async () => {
    const pairs = await cw('카카오는 성장했지만 네이버, 구글 등 경쟁사들이 검색을 이끈다.');
    expect(unordered(pairs)).toEqual(['구글~카카오', '네이버~카카오']);
  });

  test('"X의 칩은 경쟁기업인 A": the rivals after the noun are the possessor\'s', async () => {
    expect(unordered(await cw('마이크론의 칩은 경쟁기업인 삼성전자의 칩으로 바뀔 수 있다.'))).toEqual([
      '마이크론~삼성전자',
    ]);
  });

  test('"양사의 … 경쟁사인 A": a group word before the rivals owns them for each company it stands for', async () => {
    const pairs = await cw('삼성전자와 LG전자는 새 폰을 냈지만 양사의 점유율은 경쟁사인 애플에 밀렸다.');
    expect(unordered(pairs)).toEqual(['LG전자~애플', '삼성전자~애플']);
  });

  test('a list of rivals with no one else named pairs no one', async () => {
    expect(await cw('네이버, 카카오 등 경쟁사들이 새 모델을 내놓았다.')).toEqual([]);
  });
});
