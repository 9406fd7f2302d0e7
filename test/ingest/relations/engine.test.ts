/**
 * The frame engine (ingest/relations/engine.ts): an investment noun with its investor in the
 * genitive right before it ("오픈AI에 대한 마이크로소프트의 투자") names that investor, never the
 * sentence's subject who only speaks about the investment; a frame that reads its target in the
 * genitive ("X의 지분") keeps it. A government body written with its country acts as that
 * country; a fund written with its kind ("sovereign fund X") is a noun, not an investment; an
 * adnominal predicate heading a nameless actor noun ("투자한 투자자들") takes no argument from
 * outside its clause. A predicate word inside a name ("Competition and Markets Authority") is none.
 */
import { hasRelation, namedPairs, relationsOf, run } from '../helpers.js';

test('a regulator examining an investment is no investor: the genitive owner of the investment is', async () => {
  const x = await run('EU 집행위원회는 오픈AI에 대한 마이크로소프트의 투자를 검토하고 있다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['마이크로소프트>오픈AI']);
});

test('a subject investing in its own words still invests', async () => {
  const x = await run('마이크로소프트는 오픈AI에 막대한 투자를 하고 있다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['마이크로소프트>오픈AI']);
});

test('the genitive of a stake is its target, not its holder', async () => {
  const x = await run('알리바바는 문샷AI와 미니맥스 등의 지분을 갖고 있다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['알리바바>문샷AI', '알리바바>미니맥스']);
});

describe('who acts: a government body for its country, a fund word for no one', () => {
  test('a government body named with its country regulates as that country (the eval GUIDE)', async () => {
    const x = await run('미국 상무부는 화웨이를 수출 통제 명단에 올렸다.');
    expect(hasRelation(x, 'REGULATES', 'country:us', 'company:huawei')).toBe(true);
    expect(hasRelation(x, 'REGULATES', 'org:us-commerce', 'company:huawei')).toBe(false);
  });
  test('an agency regulates as its country when another agency of that country is spelled with it', async () => {
    const x = await run('미국 법무부는 엔비디아를 조사했다. 연방거래위원회는 마이크로소프트를 조사했다.');
    expect(hasRelation(x, 'REGULATES', 'country:us', 'company:microsoft')).toBe(true);
    expect(hasRelation(x, 'REGULATES', 'org:ftc', 'company:microsoft')).toBe(false);
    // must NOT: with no agency of that country spelled so, the agency stays itself
    const alone = await run('연방거래위원회는 마이크로소프트를 조사했다.');
    expect(hasRelation(alone, 'REGULATES', 'org:ftc', 'company:microsoft')).toBe(true);
  });
  test('must NOT: "sovereign fund X" is a noun, not an investment in X', async () => {
    expect(relationsOf(await run("Microsoft works with Abu Dhabi's sovereign fund Mubadala."), 'INVESTS_IN')).toEqual(
      [],
    );
  });
});

test('an investment clause heading a nameless actor noun takes no investor from the sentence before', async () => {
  const x = await run(
    '퓨리오사AI와 딥엑스가 합병을 발표했다. 딥엑스에 투자한 벤처캐피탈 등 투자자들이 당일에야 소식을 들었다.',
  );
  expect(namedPairs(x, 'INVESTS_IN')).toEqual([]);
});

test('a copula after the actor noun makes the topic that actor', async () => {
  const x = await run('카카오벤처스는 퓨리오사AI에 투자한 벤처캐피탈이다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['카카오벤처스>퓨리오사AI']);
});

test('an actor noun with its own name after it is the investor', async () => {
  const x = await run('딥엑스에 투자한 벤처캐피탈 카카오벤처스가 후속 투자를 검토한다.');
  expect(namedPairs(x, 'INVESTS_IN')).toContain('카카오벤처스>딥엑스');
});

test('a state in the genitive before a regulation noun regulates, it is never regulated', async () => {
  const x = await run('말레이시아의 브로커들이 미국의 수출 통제를 피해 칩을 옮겼다.');
  expect(namedPairs(x, 'REGULATES')).toEqual([]);
  const y = await run('일본의 반도체 산업은 중국의 수출 규제 이후 위축됐다.');
  expect(namedPairs(y, 'REGULATES')).not.toContain('일본>중국');
});

test('a destination in 으로의 stays what the state regulates', async () => {
  const x = await run('미국은 중국으로의 수출을 허용하지 않는다.');
  expect(namedPairs(x, 'REGULATES')).toEqual(['미국>중국']);
});

test('a country before the noun of a named fund only says whose fund: the fund invests', async () => {
  const x = await run('The round was led by the Singapore sovereign wealth fund GIC, which invested in Anthropic.');
  expect(namedPairs(x, 'INVESTS_IN').some((p) => p.startsWith('Singapore>'))).toBe(false);
  // must NOT lose a state that invests itself
  const y = await run('Saudi Arabia invested $1 billion in xAI.');
  expect(namedPairs(y, 'INVESTS_IN')).toEqual(['Saudi Arabia>xAI']);
});

test('the owner of a round someone joined is the round the next participants join', async () => {
  const x = await run('카카오는 리벨리온의 시리즈A 라운드에 참여했다. 이어 KT와 네이버 등도 참여했다.');
  expect(namedPairs(x, 'INVESTS_IN')).toEqual(['KT>리벨리온', '네이버>리벨리온', '카카오>리벨리온']);
});

test('a predicate word inside a name is no predicate: the Competition and Markets Authority states no rivalry', async () => {
  const x = await run('The Competition and Markets Authority reviewed the partnership between Microsoft and Mistral.');
  expect(namedPairs(x, 'COMPETES_WITH')).toEqual([]);
  // the same pair with the word outside the name is a rivalry
  const y = await run('Microsoft and Mistral are in fierce competition for European customers.');
  expect(namedPairs(y, 'COMPETES_WITH').length).toBeGreaterThan(0);
});
