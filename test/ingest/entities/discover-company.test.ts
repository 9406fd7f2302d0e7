/** Company discovery on the constructions real news uses: firm suffixes, and common nouns refused by the analysis. */
import { run } from '../helpers.js';

const names = async (text: string) => (await run(text)).entities.map((e) => `${e.type}:${e.name}`);

test('Korean firm names by their financial suffix, in a bulleted investor list', async () => {
  const found = await names('루나랩은 ▲바람벤처스(20억원) ▲푸른솔자산운용 ▲한결투자증권 등으로부터 투자를 받았다.');
  expect(found).toEqual(
    expect.arrayContaining(['Company:바람벤처스', 'Company:푸른솔자산운용', 'Company:한결투자증권']),
  );
});

test('must NOT: a common noun before a firm suffix is a common compound (벤처캐피탈)', async () => {
  const found = await names('국내 벤처캐피탈 업계는 올해 투자를 줄였다.');
  expect(found.filter((n) => n.startsWith('Company:'))).toEqual([]);
});

test('must NOT: a dictionary noun after a company noun is no company (기업 분할, 회사 설립, 스타트업 역사상)', async () => {
  const found = await names(
    '법원은 기업 분할을 명령했다. 회사 설립 첫해에 적자를 냈다. 스타트업 역사상 최대 규모다. 빅테크 협업 사업은 이어진다.',
  );
  expect(found.filter((n) => n.startsWith('Company:'))).toEqual([]);
});

test('a new name the dictionary cuts into pieces still follows a company noun (스타트업 하늘데이터)', async () => {
  expect(await names('AI 스타트업 하늘데이터는 새 모델을 내놓았다.')).toContain('Company:하늘데이터');
});

test('must NOT: letters, a country or a descriptor before an ordinary suffix make no firm (AI반도체, 중국반도체, 빅테크그룹)', async () => {
  const found = await names(
    'AI반도체 시장이 커졌다. 중국반도체 굴기가 이어진다. 빅테크그룹 간 경쟁이 붙었다. 시스템반도체도 있다.',
  );
  expect(found.filter((n) => n.startsWith('Company:'))).toEqual([]);
});

test('a proper-noun stem before an ordinary suffix names a firm (퀀텀랩스)', async () => {
  expect(await names('퀀텀랩스는 투자를 받았다.')).toContain('Company:퀀텀랩스');
});
