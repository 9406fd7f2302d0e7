/**
 * A skewed corpus of extractions, as real news is skewed: entity popularity follows a Zipf law,
 * so a handful of entities (and the facts between them) appear in 30–50% of all articles and the
 * same facts are restated day after day. It produces Extraction objects directly, so the store's
 * cost per new, changed and removed article is measured without the extractor's cost in it.
 * Every sentence is generated here from templates we wrote.
 */
import type { EntityType, ExtractedEntity, ExtractedRelation, Extraction, RelationType } from '../graph/model.js';
import { RELATION_SIGNATURES } from '../graph/model.js';
import { type Random, seeded } from './corpus/random.js';

/** Entities an article mentions (half by popularity, half from the long tail), and relations among them. */
const ENTITIES_PER_ARTICLE = 8;
const POPULAR_PER_ARTICLE = 4;
const RELATIONS_PER_ARTICLE = 6;
const EXPONENT = 1;

const TYPES: readonly EntityType[] = ['Company', 'Person', 'Model', 'Country', 'Organization', 'Product'];
/** Type by pool index, popular ranks first: mostly companies, a few countries, then the rest. */
const typeOf = (rank: number): EntityType =>
  rank < 12
    ? (['Company', 'Company', 'Country', 'Company', 'Model', 'Country'][rank % 6] as EntityType)
    : (TYPES[rank % 6] as EntityType);

const KO_SYLLABLES = ['가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '타', '파', '하', '온', '빛'];
const EN_SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ven',
  'tor',
  'sel',
  'dyn',
  'qua',
  'zen',
  'ori',
  'pax',
  'nex',
  'vi',
  'ul',
  'ar',
];

function spell(rank: number, syllables: readonly string[], joiner = ''): string {
  const parts: string[] = [];
  let n = rank + syllables.length;
  while (n > 0) {
    parts.push(syllables[n % syllables.length] as string);
    n = Math.floor(n / syllables.length);
  }
  return parts.join(joiner);
}

export type PoolEntity = { id: string; type: EntityType; ko: string; en: string };

export function poolEntity(rank: number): PoolEntity {
  const type = typeOf(rank);
  const en = spell(rank, EN_SYLLABLES);
  const ko = spell(rank, KO_SYLLABLES);
  const title = en.charAt(0).toUpperCase() + en.slice(1);
  return { id: `${type.toLowerCase()}:z${rank}`, type, ko: `${ko}${type === 'Company' ? '텍' : ''}`, en: title };
}

/** Zipf sampler over ranks [0, n) by inverse transform on the cumulative weights. */
function zipf(n: number, exponent: number): (r: Random) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + 1) ** exponent;
    cumulative[k] = total;
  }
  return (r) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const VERBS: Record<RelationType, { ko: string; en: string }> = {
  COMPETES_WITH: { ko: '와 경쟁한다', en: 'competes with' },
  REGULATES: { ko: '를 규제한다', en: 'regulates' },
  INVESTS_IN: { ko: '에 투자했다', en: 'invested in' },
  DEVELOPS: { ko: '를 개발했다', en: 'develops' },
  WORKS_FOR: { ko: '에서 일한다', en: 'works for' },
  BASED_IN: { ko: '에 본사를 두고 있다', en: 'is based in' },
};

export type ZipfCorpus = {
  /** Extraction of article i (deterministic in seed, i and the pool size). */
  article(i: number, revision?: number): Extraction;
  pool: number;
};

/** Pool size grows with the corpus (half an entity per article), so the graph grows with N. */
export function zipfCorpus(n: number, seed = 7): ZipfCorpus {
  const pool = Math.max(200, Math.ceil(n / 2));
  const draw = zipf(pool, EXPONENT);
  const article = (i: number, revision = 0): Extraction => {
    const r = seeded(seed * 7_919 + i);
    const lang = r.chance(0.6) ? 'ko' : 'en';
    const ranks = new Set<number>();
    while (ranks.size < POPULAR_PER_ARTICLE) ranks.add(draw(r));
    while (ranks.size < ENTITIES_PER_ARTICLE) ranks.add(r.int(pool));
    const cast = [...ranks].map(poolEntity);
    let text = '';
    const entities: ExtractedEntity[] = cast.map((e) => ({
      id: e.id,
      type: e.type,
      name: lang === 'ko' ? e.ko : e.en,
      aliases: [],
      mentions: [],
    }));
    const relations: ExtractedRelation[] = [];
    const day = new Date(Date.UTC(2024, 0, 1) + r.int(700) * 86_400_000).toISOString().slice(0, 10);
    const types = Object.keys(RELATION_SIGNATURES) as RelationType[];
    for (let k = 0; k < RELATIONS_PER_ARTICLE * 3 && relations.length < RELATIONS_PER_ARTICLE; k++) {
      const type = r.pick(types);
      const signature = RELATION_SIGNATURES[type];
      const sources = entities.filter((e) => signature.source.includes(e.type));
      const targets = entities.filter((e) => signature.target.includes(e.type));
      if (!sources.length || !targets.length) continue;
      const s = r.pick(sources);
      const t = r.pick(targets);
      if (s.id === t.id) continue;
      const verb = VERBS[type];
      const sentence = lang === 'ko' ? `${s.name}${verb.ko} ${t.name}.` : `${s.name} ${verb.en} ${t.name}.`;
      const start = text.length;
      text += `${sentence} `;
      s.mentions.push({ start, end: start + s.name.length, text: s.name });
      const at = start + sentence.indexOf(t.name, s.name.length);
      t.mentions.push({ start: at, end: at + t.name.length, text: t.name });
      const invest = type === 'INVESTS_IN' && r.chance(0.5);
      relations.push({
        type,
        source: s.id,
        target: t.id,
        confidence: [0.6, 0.7, 0.8, 0.9][r.int(4)] as number,
        ...(invest ? { amount: `${1 + r.int(50)}억`, currency: 'USD' } : {}),
        evidence: [{ sentence, start, end: start + sentence.length }],
      });
    }
    for (const e of entities) {
      if (!e.mentions.length) {
        const start = text.length;
        text += `${e.name}. `;
        e.mentions.push({ start, end: start + e.name.length, text: e.name });
      }
    }
    const source = `zipf/${String(i).padStart(6, '0')}.txt`;
    return {
      article: {
        id: `zipf${seed}-${i}-r${revision}-${'0'.repeat(8)}`,
        title: `${cast[0]?.en ?? ''} ${i}`,
        lang,
        source,
        publishedAt: day,
      },
      entities,
      // A revision drops the article's last relation and restates the rest: a corrected story.
      relations: revision ? relations.slice(0, -1) : relations,
    };
  };
  return { article, pool };
}

/** Share of articles that mention the most popular entity (reported with the figures). */
export function topShare(corpus: ZipfCorpus, n: number): number {
  let hits = 0;
  const top = poolEntity(0).id;
  for (let i = 0; i < n; i++) if (corpus.article(i).entities.some((e) => e.id === top)) hits++;
  return hits / n;
}
