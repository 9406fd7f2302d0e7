/**
 * Company and model discovery (ingest/entities/discover-company.ts) on the constructions real news
 * uses: firm suffixes, appositions and place adjectives, quoted or bracketed names next to a model
 * word, and common nouns refused by the analysis.
 */
import { entity, run, typedNames } from '../helpers.js';

const names = typedNames;

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

test('a compound company noun, or one with the copula, heads a new name (제공업체 X, 분석 업체 X(Y), 공급업체인 X)', async () => {
  const found = await names(
    '데이터 제공업체 루미나랩에 따르면 투자가 늘었다. 분석 업체 카르벤(Carven)은 보고서를 냈다. 이 회사는 장비 공급업체인 토르메인의 계열사다.',
  );
  expect(found).toEqual(expect.arrayContaining(['Company:루미나랩', 'Company:카르벤', 'Company:토르메인']));
});

test('must NOT: a kind of firm, a verb made noun, an adverb or a noun with its particle is no company', async () => {
  const found = await names(
    '스타트업 정보업체 자료가 나왔다. 스타트업 옥석가리기가 시작됐다. 국내 기업 직접 영향은 없다. 모든 스타트업 뒤에는 빅테크가 있다. 빅테크 기업인 출신이 많다.',
  );
  expect(found.filter((n) => n.startsWith('Company:'))).toEqual([]);
});

test("must NOT: a quoted phrase of dictionary nouns after a company noun is no name ('제휴 경쟁')", async () => {
  const found = await names("스타트업과 기술기업 '제휴 경쟁'이 뜨겁다.");
  expect(found.filter((n) => n.startsWith('Company:'))).toEqual([]);
});

test('English firm names ending in Group or Communications', async () => {
  const found = await names('The round was led by state-owned Pelora Group, with Tarvex Communications joining.');
  expect(found).toEqual(expect.arrayContaining(['Company:Pelora Group', 'Company:Tarvex Communications']));
});

test('a firm name with a spaced financial suffix is one company: "X 인베스트먼트", "X 에쿼티 파트너스"', async () => {
  const x = await run('이번 투자에는 루미나 인베스트먼트와 카덴스 에쿼티 파트너스, 베리타온 캐피털 그룹이 참여했다.');
  const names = x.entities.filter((e) => e.type === 'Company').map((e) => e.name);
  expect(names).toEqual(
    expect.arrayContaining(['루미나 인베스트먼트', '카덴스 에쿼티 파트너스', '베리타온 캐피털 그룹']),
  );
  // a known company's fund arm is another company, placed where its parent is
  const arm = await run('시스코 인베스트먼트도 투자했다.');
  expect(arm.entities.map((e) => e.name)).toEqual(['시스코 인베스트먼트']);
});

test('must NOT: a verb or the group itself before 그룹 is no firm name', async () => {
  const x = await run('실적이 부진한 그룹은 구조조정을 내놓으면서 그룹 전체를 개편했다.');
  expect(x.entities.filter((e) => e.type === 'Company')).toEqual([]);
  const sk = await run('SK 그룹은 새 회사를 세웠다.');
  expect(sk.entities.map((e) => e.id)).toEqual(['company:sk-group']);
});

test('a known firm written with its suffix in Hangul is that firm ("알티미터캐피털" = Altimeter Capital)', async () => {
  const x = await run('알티미터캐피털이 앤스로픽에 투자했다.');
  expect(x.entities.map((e) => e.id)).toContain('company:altimeter');
});

describe('company appositions and place adjectives', () => {
  test('company appositions in Korean and English', async () => {
    const ko = await run('중국 스타트업 지평테크가 투자를 받았다. 지평테크는 성장 중이다.');
    expect(ko.entities.find((e) => e.name === '지평테크')?.mentions.length).toBe(2);
    const en = await run('Zhilan, a Chinese AI startup, raised money. French AI company Lumina also did.');
    expect(en.entities.find((e) => e.name === 'Zhilan')?.type).toBe('Company');
    expect(en.entities.find((e) => e.name === 'Lumina')?.type).toBe('Company');
  });
  test('an appositive between subject and verb; "from Berlin-based X Ventures"', async () => {
    const x = await run(
      'Cohere, founded by former Google researchers, has raised money from Toronto-based Radical Ventures.',
    );
    const vc = x.entities.find((e) => e.name === 'Radical Ventures');
    expect(vc?.type).toBe('Company');
    expect(
      x.relations.some((r) => r.type === 'INVESTS_IN' && r.source === vc?.id && r.target === 'company:cohere'),
    ).toBe(true);
  });
  test('a discovered company keeps a final 인 before a particle', async () => {
    const x = await run('의료 AI 스타트업 코어브레인의 대표가 말했다.');
    expect(x.entities.map((e) => e.name)).toContain('코어브레인');
  });
  test('a company whose apposition follows a line break is still found: "…FuriosaAI.\\n\\nTrianova, a … startup"', async () => {
    const x = await run(
      "Helalon's new model was built to take on RNGD from FuriosaAI.\n\nTrianova, a Tokyo-based AI startup, on Thursday unveiled Trianova's new model 'Apex-1'.",
    );
    expect(entity(x, 'company:trianova')).toBeDefined();
    expect(entity(x, 'model:trianova/apex-1')).toBeDefined();
  });
});

describe('quoted and bracketed names next to a model word', () => {
  test('quoted names next to 모델 / model are discovered', async () => {
    const x = await run(
      '중국 스타트업 지평테크가 새 모델 \'Zeta-2\'를 공개했다. Acme said its model "Orion Mini" ships soon.',
    );
    expect(x.entities.find((e) => e.name === 'Zeta-2')?.type).toBe('Model');
    expect(x.entities.find((e) => e.name === 'Orion Mini')?.type).toBe('Model');
  });
  test('quoted phrases that are not names stay out', async () => {
    const x = await run("딥시크는 '파괴적 혁신'으로 주목받았다. '가성비 AI'라는 개념이 퍼졌다.");
    expect(x.entities.map((e) => e.name)).toEqual(['딥시크']);
  });
  test('must NOT: "a feature called …" is no model', async () => {
    expect(await typedNames('Anthropic added a feature called "computer use" to its app.')).not.toContain(
      'Model:computer use',
    );
  });
  test('a bracketed second name is an alias, not part of the name', async () => {
    const x = await run("스타트업 루미랩은 '하이퍼노바(HyperNova)'라는 모델을 공개했다.");
    const m = x.entities.find((e) => e.type === 'Model');
    expect(m?.name).toBe('하이퍼노바');
    expect(m?.aliases).toContain('HyperNova');
  });
});

test('a firm name in two scripts after a company noun (넵튠AI, TD카우언), and an industry firm noun (반도체사)', async () => {
  const found = await names(
    '폴란드 AI 스타트업 넵튠AI가 투자를 받았다. 미국 투자은행 TD카우언은 보고서를 냈다. 이스라엘 반도체사 하늘칩스는 공장을 지었다.',
  );
  expect(found).toEqual(expect.arrayContaining(['Company:넵튠AI', 'Company:TD카우언', 'Company:하늘칩스']));
});

test('must NOT: letters with only a particle after a company noun are as likely an acronym (기업 GPU를)', async () => {
  const found = await names('중국 기업 GPU를 사들였다는 보도가 나왔다.');
  expect(found.filter((n) => n.startsWith('Company:'))).toEqual([]);
});

test('a plural firm noun heads a list of new names ("companies like A and B", "rivals such as A, B or C")', async () => {
  const found = await names(
    'Companies like Quillbot and Tabnine sell coding tools. Rivals such as Vexor, Corvex or Nimbly lag.',
  );
  expect(found).toEqual(
    expect.arrayContaining([
      'Company:Quillbot',
      'Company:Tabnine',
      'Company:Vexor',
      'Company:Corvex',
      'Company:Nimbly',
    ]),
  );
});

test("must NOT: a possessive after a firm noun names the firms' owner, not a firm (firms like Europe's banks)", async () => {
  const found = await names("Firms like Europe's banks cut costs this year.");
  expect(found.filter((n) => n.startsWith('Company:'))).toEqual([]);
});

test('a new name raising money is a firm ("Zephyr raised $48 million", "In May Zephyr closed a $5 million round")', async () => {
  expect(await names('Last month Zephyr raised $48 million from funds.')).toContain('Company:Zephyr');
  expect(await names('In May Corvex closed a $5 million round.')).toContain('Company:Corvex');
});

test('must NOT: a firm noun in capitals raising money is no new firm ("The Company raised $5 million")', async () => {
  const found = await names('The Company raised $5 million in its first year.');
  expect(found.filter((n) => n.startsWith('Company:'))).toEqual([]);
});
