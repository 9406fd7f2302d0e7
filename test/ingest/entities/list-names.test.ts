/**
 * Names no lexicon has inside lists (ingest/entities/list-names.ts): bulleted investor lists
 * ("▲A(금액) ▲B 등으로부터") and comma lists between known companies make their unknown items
 * entities and relation arguments; bullets that list no makers make none. Members may carry their
 * amount in brackets ("A(150억원), B(100억원) 등에"), and datives in a series share one 투자
 * (slots.ts).
 */
import { namedPairs, run } from '../helpers.js';

const investors = async (text: string) => namedPairs(await run(text), 'INVESTS_IN');

test('every item of a bulleted investor list is an investor, known or not', async () => {
  expect(
    await investors('리벨리온은 ▲한빛벤처스(50억원) ▲카카오(30억원) ▲새솔자산운용 등으로부터 투자를 유치했다.'),
  ).toEqual(['새솔자산운용>리벨리온', '카카오>리벨리온', '한빛벤처스>리벨리온']);
});

test('bullets of phrases are no names', async () => {
  const x = await run('과기정통부는 ▲이미 충분한 자료 확보 ▲신고 목적일 경우 조사 생략을 허용했다.');
  expect(x.entities.filter((e) => e.type === 'Company')).toEqual([]);
});

test('an unknown one-word name between known investors joins their list', async () => {
  expect(
    await investors('퓨리오사AI는 투자 유치를 마쳤다. 네이버, IMM인베스트먼트, 카카오 등이 투자를 확정했다.'),
  ).toEqual(['IMM인베스트먼트>퓨리오사AI', '네이버>퓨리오사AI', '카카오>퓨리오사AI']);
});

test('members with amounts in brackets are one list, unknown names in it become companies', async () => {
  const x = await investors(
    '네이버는 올해 초 루나랩(80억원), 하늘소(40억원), 업스테이지(60억원) 등에 200억원을 투자했다.',
  );
  expect(x).toEqual(['네이버>루나랩', '네이버>업스테이지', '네이버>하늘소']);
  const after = await investors('카카오벤처스는 리벨리온(30억원), 달빛공방(10억원) 등에 새로 투자했다.');
  expect(after).toEqual(['카카오벤처스>달빛공방', '카카오벤처스>리벨리온']);
});

test('several datives, each with its amount, share one investment predicate', async () => {
  const x = await investors('구글은 앤트로픽에 20억 달러, 토종 기업인 업스테이지에 3억 달러를 각각 투자했다.');
  expect(x).toEqual(['구글>앤트로픽', '구글>업스테이지']);
});

test('must NOT: bracketed figures that are not investments make no companies', async () => {
  const sales = await run('매출은 1분기(30억원), 2분기(40억원), 삼성전자(50억원) 순으로 늘었다.');
  expect(sales.entities.map((e) => e.name)).toEqual(['삼성전자']);
  const two = await investors('구글은 앤트로픽에 투자했고, 메타는 미스트랄AI에 2억 달러를 빌려줬다.');
  expect(two).toEqual(['구글>앤트로픽']);
});

const companies = async (text: string) =>
  (await run(text)).entities.filter((e) => e.type === 'Company').map((e) => e.name);

test('a list closed by "등 … 통신사" with a known member makes its other members companies', async () => {
  const found = await companies('도르텔·소프트뱅크·카렌텔 등 글로벌 통신사가 연합을 꾸렸다.');
  expect(found).toEqual(expect.arrayContaining(['도르텔', '소프트뱅크', '카렌텔']));
});

test('members may carry a country in brackets, and the head noun a count ("등 3개 법인")', async () => {
  const a = await companies('도르텔(독일), 소프트뱅크(일본), 카렌텔(싱가포르) 등 주요 통신사와 손잡았다.');
  expect(a).toEqual(expect.arrayContaining(['도르텔', '카렌텔']));
  const b = await companies('스캐터랩, 미르웨이브, 앤트로픽 등 3개 법인에 출자했다.');
  expect(b).toContain('미르웨이브');
});

test('must NOT: without a known company in it, or with ordinary words, a list makes no company', async () => {
  expect(await companies('반도체·바이오 등 기업에 투자했다.')).toEqual([]);
  expect(await companies('루멘타·카렌텔 등 기업에 투자했다.')).toEqual([]);
  const mixed = await companies('소프트뱅크·반도체·투자 등 기업이 모였다.');
  expect(mixed).toEqual(['소프트뱅크']);
});

test('in a sentence about a round, fund names of two or three words join the list of investors', async () => {
  expect(
    await investors(
      '퓨리오사AI가 800억원을 조달했다. 이번 라운드에는 네이버, XYZ 글로벌, 새솔 인베스트먼트 그룹, 카카오 등이 참여했다.',
    ),
  ).toEqual(['XYZ 글로벌>퓨리오사AI', '네이버>퓨리오사AI', '새솔 인베스트먼트 그룹>퓨리오사AI', '카카오>퓨리오사AI']);
});

test('a member written in its own brackets does not end the list', async () => {
  expect(
    await investors(
      '퓨리오사AI가 800억원을 조달했다. 이번 투자에는 엔비디아(NVIDIA), XYZ 글로벌, 카카오 등이 참여했다.',
    ),
  ).toEqual(['XYZ 글로벌>퓨리오사AI', '엔비디아>퓨리오사AI', '카카오>퓨리오사AI']);
});

test('ordinary words in a list of a round are no fund names', async () => {
  const x = await run('퓨리오사AI가 800억원을 조달했다. 이번 라운드에는 네이버, 반도체 기업, 카카오 등이 참여했다.');
  expect(x.entities.map((e) => e.name).sort()).toEqual(['네이버', '카카오', '퓨리오사AI']);
});

test('a firm bracketed in letters after its Hangul name is one investor, not two', async () => {
  const x = await run(
    '퓨리오사AI가 새 투자를 받았다. 이 투자에는 피델리티 파트너스(Fidelity Partners), 토렌 캐피탈(Toren Capital) 등 투자사가 새로 참여했다.',
  );
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['토렌 캐피탈>퓨리오사AI', '피델리티 파트너스>퓨리오사AI']);
  expect(x.entities.map((e) => e.name)).not.toContain('Toren Capital');
  expect(x.entities.map((e) => e.name)).not.toContain('피델리티');
});

test('a known firm followed by 그룹 or 홀딩스 keeps its particle in view', async () => {
  expect(
    await investors('리벨리온은 새 투자를 받았다. 네이버와 텐센트 홀딩스도 지난달 이 회사의 투자 라운드에 참여했다.'),
  ).toEqual(['네이버>리벨리온', '텐센트>리벨리온']);
});

test('a one-word fund name longer than twelve letters is still a list member', async () => {
  expect(
    await investors('업스테이지는 투자를 받았다. 네이버와 카카오벤처스, 누리솔루션앤드리서치코리아 등이 투자했다.'),
  ).toEqual(['네이버>업스테이지', '누리솔루션앤드리서치코리아>업스테이지', '카카오벤처스>업스테이지']);
});
