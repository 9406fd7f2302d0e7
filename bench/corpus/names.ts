/**
 * Synthetic names beyond the lexicon, one per index (mixed radix, so index → name is unique
 * and stable). They are built to look like real Korean and English names that the extractor
 * has to discover from context ("스타트업 루나랩", "CEO Jane Halworth"), never from the lexicon.
 */
const digits = (i: number, radices: readonly number[]): number[] =>
  radices.map((r, k) => Math.floor(i / radices.slice(0, k).reduce((a, b) => a * b, 1)) % r);

const at = <T>(items: readonly T[], k: number | undefined): T => {
  const item = items[k ?? 0];
  if (item === undefined) throw new Error('name part out of range');
  return item;
};

// Last syllables avoid the first letters of Korean particles (이, 가, 는, 로 …): a name ending
// in one would be cut short by particle stripping, which real company names rarely risk.
// First syllables avoid Korean surnames (오, 서, 제 …): "오나랩 대표" would read as a person's name.
const KO_CO_A = [...'루미카테비세다엘아솔벨코티파네리휴큐젠브뮤크레디케쿠누'];
const KO_CO_B = [...'나미빈디오스키니라브베아엘시카타린마루토벡소'];
const KO_CO_C = [...'랩텍젠큐셀픽봇넷린브스온잇플랙엑웨크틱빗'];

export function koCompany(i: number): string {
  // The last syllable varies fastest, so a small pool does not end every name in the same one.
  const [c, a, b] = digits(i, [KO_CO_C.length, KO_CO_A.length, KO_CO_B.length]);
  return at(KO_CO_A, a) + at(KO_CO_B, b) + at(KO_CO_C, c);
}

const EN_CO_A = ['Zen', 'Lum', 'Vor', 'Quan', 'Nex', 'Aur', 'Cel', 'Tri', 'Hel', 'Syn', 'Orb', 'Kor', 'Vel', 'Pax'];
const EN_CO_A2 = ['Mir', 'Ast', 'Dyn', 'Fal', 'Gal', 'Hyp', 'Jun', 'Kin', 'Lyr', 'Mag', 'Oct', 'Pry', 'Rho', 'Tal'];
const EN_CO_B = ['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'ix', 'or', 'yn'];
const EN_CO_C = [
  'tix',
  'ra',
  'lon',
  'vex',
  'mind',
  'gen',
  'sys',
  'nova',
  'core',
  'loop',
  'wave',
  'byte',
  'path',
  'flow',
];

export function enCompany(i: number): string {
  const heads = [...EN_CO_A, ...EN_CO_A2];
  const [c, a, b] = digits(i, [EN_CO_C.length, heads.length, EN_CO_B.length]);
  return at(heads, a) + at(EN_CO_B, b) + at(EN_CO_C, c);
}

const KO_SURNAMES = [...'김이박최정강조윤장임한오서신권황안송류전'];
const KO_GIVEN_A = [...'민서지현준수예도하시은유채주태성우재영승'];
// No 한, 된, 될, 던, 는 at the end: the extractor reads those as verb endings, not names.
const KO_GIVEN_B = [...'준연우호아윤진빈원희석율혁훈경철미림솔규'];

export function koPerson(i: number): string {
  const [s, a, b] = digits(i, [KO_SURNAMES.length, KO_GIVEN_A.length, KO_GIVEN_B.length]);
  return at(KO_SURNAMES, s) + at(KO_GIVEN_A, a) + at(KO_GIVEN_B, b);
}

const EN_FIRST = [
  'Jane',
  'Daniel',
  'Olivia',
  'Marcus',
  'Priya',
  'Ethan',
  'Sofia',
  'Lucas',
  'Hannah',
  'Oscar',
  'Nadia',
  'Victor',
  'Grace',
  'Felix',
  'Amara',
  'Julian',
  'Leah',
  'Tobias',
  'Mei',
  'Rafael',
];
const EN_LAST_A = ['Hal', 'Brad', 'Cor', 'Dun', 'Ell', 'Fair', 'Gar', 'Hol', 'Ken', 'Lang', 'Mor', 'Pen', 'Ros', 'Wes'];
const EN_LAST_B = ['worth', 'ley', 'field', 'ston', 'ford', 'wick', 'more', 'dale', 'by', 'ridge', 'ton', 'well'];

export function enPerson(i: number): string {
  const [f, a, b] = digits(i, [EN_FIRST.length, EN_LAST_A.length, EN_LAST_B.length]);
  return `${at(EN_FIRST, f)} ${at(EN_LAST_A, a)}${at(EN_LAST_B, b)}`;
}

const MODEL_BASE = [
  'Nebula',
  'Orion',
  'Atlas',
  'Helix',
  'Aurora',
  'Vega',
  'Lyra',
  'Polaris',
  'Zephyr',
  'Titan',
  'Echo',
  'Pulse',
  'Quasar',
  'Nimbus',
  'Sirius',
  'Apex',
  'Cosmo',
  'Terra',
  'Luna',
  'Kestrel',
];

/** The j-th model of the i-th developer: names repeat across developers, as "R1" does in real news. */
export function modelName(i: number, j: number): string {
  return `${at(MODEL_BASE, (i * 7 + j) % MODEL_BASE.length)}-${(j % 9) + 1}`;
}

/** How many distinct names each maker can produce (pool sizes must stay below these). */
export const CAPACITY = {
  koCompany: KO_CO_A.length * KO_CO_B.length * KO_CO_C.length,
  enCompany: (EN_CO_A.length + EN_CO_A2.length) * EN_CO_B.length * EN_CO_C.length,
  koPerson: KO_SURNAMES.length * KO_GIVEN_A.length * KO_GIVEN_B.length,
  enPerson: EN_FIRST.length * EN_LAST_A.length * EN_LAST_B.length,
};
