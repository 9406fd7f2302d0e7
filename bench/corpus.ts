/**
 * Deterministic generator of Korean and English AI-industry articles (~2–6 KB each by default). The same
 * (seed, n) always gives byte-identical files; entity pools grow with n, so the graph grows too.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Cast, drawCast, type Pools, poolsFor } from './corpus/cast.js';
import { type Random, seeded } from './corpus/random.js';
import { EN, enDateLine, enTitle } from './corpus/templates-en.js';
import { KO, koDateLine, koTitle } from './corpus/templates-ko.js';

export const MIN_BYTES = 2048;
export const MAX_BYTES = 6144;
/** Article sizes in bytes: each aims at a size from min to max − 1 KB and never passes max. */
export type Sizes = { min: number; max: number };
const DEFAULT_SIZES: Sizes = { min: MIN_BYTES, max: MAX_BYTES };
/** Articles of 5 KB on average, the size the extraction throughput target is stated for. */
export const FIVE_KB: Sizes = { min: 4480, max: 6528 };
/** Share of Korean articles: the product reads Korean news first. */
const KOREAN_SHARE = 0.6;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function shuffled<T>(items: readonly T[], r: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function isoDay(r: Random): string {
  const day = new Date(Date.UTC(2024, 0, 1) + r.int(700) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** One article: a title, a date line, then stories (a fresh cast each) until the target size. */
export function generateArticle(
  seed: number,
  index: number,
  pools: Pools,
  sizes: Sizes = DEFAULT_SIZES,
): { lang: 'ko' | 'en'; text: string } {
  const r = seeded(seed * 1_000_003 + index);
  const lang = r.chance(KOREAN_SHARE) ? 'ko' : 'en';
  const style = lang === 'ko' ? KO : EN;
  const target = sizes.min + r.int(sizes.max - sizes.min - 1024);
  const first: Cast = drawCast(r, lang, pools);
  const head = [
    lang === 'ko' ? koTitle(first) : enTitle(first),
    lang === 'ko' ? koDateLine(isoDay(r)) : enDateLine(isoDay(r)),
    '',
  ];
  const paragraphs: string[] = [];
  let size = bytes(head.join('\n'));
  for (let cast = first; size < target; cast = drawCast(r, lang, pools)) {
    for (const write of [style.first, ...shuffled(style.body, r)]) {
      const paragraph = write(cast, r);
      if (size + bytes(paragraph) + 2 > sizes.max) return { lang, text: [...head, ...paragraphs].join('\n\n') };
      paragraphs.push(paragraph);
      size += bytes(paragraph) + 2;
      if (size >= target) break;
    }
  }
  return { lang, text: `${[...head.slice(0, 2), '', paragraphs.join('\n\n')].join('\n')}\n` };
}

export type Corpus = { dir: string; files: string[]; bytes: number; korean: number };

/** Writes n articles to dir (which must exist or be creatable) as 000001.txt … */
export function writeCorpus(dir: string, n: number, seed = 1, sizes: Sizes = DEFAULT_SIZES): Corpus {
  mkdirSync(dir, { recursive: true });
  const pools = poolsFor(n);
  const files: string[] = [];
  let total = 0;
  let korean = 0;
  for (let i = 0; i < n; i++) {
    const { lang, text } = generateArticle(seed, i, pools, sizes);
    const file = join(dir, `${String(i + 1).padStart(6, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
    total += bytes(text);
    if (lang === 'ko') korean++;
  }
  return { dir, files, bytes: total, korean };
}

/** Edits a file the way a corrected story is edited: same source, a new sentence at the end. */
export function reviseArticle(file: string, revision: number): void {
  const text = readFileSync(file, 'utf8');
  const note = /[가-힣]/.test(text.slice(0, 200))
    ? `[수정] 기사 내용 일부를 보완했습니다. (${revision})`
    : `Update: this story has been corrected. (${revision})`;
  writeFileSync(file, `${text}\n${note}\n`);
}
