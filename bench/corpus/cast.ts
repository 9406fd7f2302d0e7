/**
 * The cast of one article: synthetic companies, people and models drawn from pools that grow
 * with the corpus (so the graph grows with N), plus lexicon entities in their usual forms.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enCompany, enPerson, koCompany, koPerson, modelName } from './names.js';
import type { Random } from './random.js';

type LexiconEntry = {
  id: string;
  ko: string[];
  en: string[];
  weak?: string[];
  employer?: string;
  title?: string;
  developer?: string;
};

const lexicon = (name: string): LexiconEntry[] =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../ingest/lexicon/${name}.json`, import.meta.url)), 'utf8'));

/** Lexicon entries with a non-weak form in both languages; weak forms need context we do not write. */
function usable(entries: LexiconEntry[]): { ko: string; en: string; entry: LexiconEntry }[] {
  return entries.flatMap((entry) => {
    const ok = (forms: string[]) => forms.find((f) => !entry.weak?.includes(f));
    const ko = ok(entry.ko);
    const en = ok(entry.en);
    return ko && en ? [{ ko, en, entry }] : [];
  });
}

const COMPANIES = usable(lexicon('companies'));
const ORGS = usable(lexicon('organizations'));
const companyById = new Map(COMPANIES.map((c) => [c.entry.id, c]));
/** Models whose developer we can name, so "구글은 … 제미나이를 고도화" pairs a model with its maker. */
const MODELS = usable(lexicon('models')).filter((m) => m.entry.developer && companyById.has(m.entry.developer));
/** People whose employer is a usable company, so "X 오픈AI CEO" reads right. */
const PEOPLE = usable(lexicon('people')).filter((p) => p.entry.employer && companyById.has(p.entry.employer));

export const COUNTRIES = [
  { ko: '미국', en: 'the United States', adjKo: '미국', adjEn: 'U.S.', city: 'San Francisco' },
  { ko: '중국', en: 'China', adjKo: '중국', adjEn: 'Chinese', city: 'Beijing' },
  { ko: '한국', en: 'South Korea', adjKo: '국내', adjEn: 'South Korean', city: 'Seoul' },
  { ko: '일본', en: 'Japan', adjKo: '일본', adjEn: 'Japanese', city: 'Tokyo' },
  { ko: '프랑스', en: 'France', adjKo: '프랑스', adjEn: 'French', city: 'Paris' },
  { ko: '영국', en: 'the United Kingdom', adjKo: '영국', adjEn: 'British', city: 'London' },
] as const;

export type Named = { ko: string; en: string };
export type Person = { name: string; surname: string; company: string; title: string };
export type Cast = {
  lang: 'ko' | 'en';
  country: (typeof COUNTRIES)[number];
  /** Synthetic: the subject, its rival, its investor. */
  main: string;
  rival: string;
  investor: string;
  ceo: Person;
  cto: Person;
  mainModel: string;
  rivalModel: string;
  /** Lexicon entities in the language of the article. */
  bigA: string;
  bigB: string;
  bigModel: string;
  regulator: string;
  known: Person;
};

export type Pools = { companies: number; people: number };

/** Pools grow with the corpus: about 0.4 companies and 0.4 people per article, per language. */
export function poolsFor(articles: number): Pools {
  const size = Math.max(20, Math.ceil(articles * 0.4));
  return { companies: size, people: size };
}

export function drawCast(random: Random, lang: 'ko' | 'en', pools: Pools): Cast {
  const company = lang === 'ko' ? koCompany : enCompany;
  const person = lang === 'ko' ? koPerson : enPerson;
  const mainIndex = random.skewed(pools.companies, 1.6);
  let rivalIndex = random.skewed(pools.companies, 1.6);
  if (rivalIndex === mainIndex) rivalIndex = (rivalIndex + 1) % pools.companies;
  const main = company(mainIndex);
  const rival = company(rivalIndex);
  // Investors come from a separate band of the pool so they are seldom also the subject.
  const investor = company(pools.companies + random.int(Math.ceil(pools.companies / 4)));
  const who = (i: number, at: string, title: string): Person => {
    const name = person(i);
    const surname = lang === 'ko' ? name.slice(0, 1) : (name.split(' ').pop() ?? name);
    return { name, surname, company: at, title };
  };
  const bigModel = random.pick(MODELS);
  const bigA = companyById.get(bigModel.entry.developer ?? '') ?? random.pick(COMPANIES);
  let bigB = random.pick(COMPANIES);
  if (bigB === bigA) bigB = COMPANIES[(COMPANIES.indexOf(bigA) + 1) % COMPANIES.length] ?? bigB;
  const known = random.pick(PEOPLE);
  const knownCompany = companyById.get(known.entry.employer ?? '');
  const form = (n: Named) => (lang === 'ko' ? n.ko : n.en);
  return {
    lang,
    country: random.pick(COUNTRIES),
    main,
    rival,
    investor,
    // The CEO belongs to the main company (its index ties person to company across articles).
    ceo: who(mainIndex, main, lang === 'ko' ? '대표' : 'CEO'),
    cto: who(pools.people + rivalIndex, rival, lang === 'ko' ? '최고기술책임자' : 'chief technology officer'),
    mainModel: modelName(mainIndex, random.int(3)),
    rivalModel: modelName(rivalIndex, random.int(3)),
    bigA: form(bigA),
    bigB: form(bigB),
    bigModel: form(bigModel),
    regulator: form(random.pick(ORGS)),
    known: {
      name: form(known),
      surname: '',
      company: knownCompany ? form(knownCompany) : '',
      // Lexicon titles are often Korean (대표); an English article needs an English one.
      title:
        lang === 'ko'
          ? (known.entry.title ?? '대표')
          : /^[A-Za-z ]+$/.test(known.entry.title ?? '')
            ? (known.entry.title ?? 'CEO')
            : 'CEO',
    },
  };
}
