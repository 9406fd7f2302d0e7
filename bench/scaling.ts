/**
 * Extraction cost against the length of one input: a long report or a concatenated feed must
 * cost about linearly more, not quadratically (issue 14: 1 MB took 15 s, 4.9 MB 9 minutes).
 * One English and one Korean text of 1 MB and 4 MB, made from the bench corpus generator,
 * extracted in this thread; the figure is the 4 MB / 1 MB ratio of CPU time (linear is 4×;
 * CPU, because wall time on a shared machine mostly measures the neighbours).
 */
import { extract } from '../ingest/pipeline.js';
import { poolsFor } from './corpus/cast.js';
import { generateArticle } from './corpus.js';
import { ratio, round, timed } from './measure.js';

export type ScalingPoint = { megabytes: number; wallMs: number; cpuMs: number; entities: number; relations: number };
export type ScalingResult = {
  lang: 'ko' | 'en';
  small: ScalingPoint;
  large: ScalingPoint;
  /** large.cpuMs / small.cpuMs; the target is at most 5 for 4× the text. */
  ratio: number;
  wallRatio: number;
};

/** One long text in one language: generated articles of that language joined until `bytes`. */
export function longText(lang: 'ko' | 'en', bytes: number, seed = 7): string {
  const pools = poolsFor(2000);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const article = generateArticle(seed, i, pools);
    if (article.lang !== lang) continue;
    parts.push(article.text);
    size += Buffer.byteLength(article.text, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

async function point(text: string): Promise<ScalingPoint> {
  const [extraction, time] = await timed(undefined, async () => extract({ source: 'long.txt', text, format: 'txt' }));
  return {
    megabytes: round(Buffer.byteLength(text, 'utf8') / 1024 / 1024, 2),
    wallMs: time.wallMs,
    cpuMs: time.cpuMs,
    entities: extraction.entities.length,
    relations: extraction.relations.length,
  };
}

export async function benchScaling(
  sizes: { smallMb: number; largeMb: number } = { smallMb: 1, largeMb: 4 },
  log: (line: string) => void = () => {},
): Promise<ScalingResult[]> {
  const results: ScalingResult[] = [];
  for (const lang of ['en', 'ko'] as const) {
    // A short warm-up so the first point does not pay for the JIT and the lexicon's lazy tables.
    await extract({ source: 'warm.txt', text: longText(lang, 64 * 1024), format: 'txt' });
    log(`scaling: ${lang} ${sizes.smallMb} MB`);
    const small = await point(longText(lang, sizes.smallMb * 1024 * 1024));
    log(`scaling: ${lang} ${sizes.largeMb} MB`);
    const large = await point(longText(lang, sizes.largeMb * 1024 * 1024));
    results.push({
      lang,
      small,
      large,
      ratio: ratio(large.cpuMs, small.cpuMs),
      wallRatio: ratio(large.wallMs, small.wallMs),
    });
  }
  return results;
}

/** The figure as lines for the bench table. */
export function renderScaling(results: ScalingResult[]): string {
  const lines = ['', 'Extraction of one long input (CPU ms; target: 4x the text costs at most 5x)'];
  for (const r of results) {
    lines.push(
      `  ${r.lang}  ${r.small.megabytes} MB ${r.small.cpuMs} ms  ->  ${r.large.megabytes} MB ${r.large.cpuMs} ms  ratio ${r.ratio}x (wall ${r.wallRatio}x)${r.ratio <= 5 ? '' : '  OVER TARGET'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
