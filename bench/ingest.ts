/**
 * End-to-end `ingestBatch` (what `kg ingest` runs): a new corpus at each scale point into an
 * emptied database; at the largest one, the same corpus again (all unchanged) and then with
 * 10% of the articles revised in place (changed versions of known sources).
 */
import { join } from 'node:path';
import { ingestBatch } from '../ingest/batch.js';
import { reviseArticle, writeCorpus } from './corpus.js';
import { type Database, emptyDatabase, type GraphSize, graphSize } from './database.js';
import { rate, round, type Timing, timed } from './measure.js';

export type IngestRun = Timing & {
  articles: number;
  articlesPerSec: number;
  msPerArticle: number;
  counts: Record<string, number>;
};

export type ScalePoint = IngestRun & {
  megabytes: number;
  /** Cost per article over the last eighth of the corpus: how expensive an article is once the graph is big. */
  marginalMsPerArticle: number;
  graph: GraphSize;
};

export type IngestResult = {
  scaling: ScalePoint[];
  /** Cost per article at each N over the cost at the smallest N (flat = 1). */
  costGrowth: number[];
  largest: { n: number; fresh: ScalePoint; unchanged: IngestRun; changed: IngestRun & { revised: number } };
};

async function ingestRun(db: Database, dir: string, onEach?: (done: number) => void): Promise<IngestRun> {
  const [summary, timing] = await timed(db.pid, () =>
    ingestBatch(db.g, [dir], { onOutcome: (_o, done) => onEach?.(done) }),
  );
  const n = summary.outcomes.length;
  return {
    ...timing,
    articles: n,
    articlesPerSec: rate(n, timing.wallMs),
    msPerArticle: round(timing.wallMs / n, 3),
    counts: summary.counts,
  };
}

export async function benchIngest(
  db: Database,
  workDir: string,
  sizes: number[],
  log: (line: string) => void,
): Promise<IngestResult> {
  const scaling: ScalePoint[] = [];
  let last: { n: number; dir: string; files: string[] } | undefined;
  for (const n of sizes) {
    const dir = join(workDir, `corpus-${n}`);
    const corpus = writeCorpus(dir, n);
    await emptyDatabase(db.g);
    // Timestamps of the outcomes past 7/8 of the corpus give the marginal cost.
    const tailFrom = Math.floor((n * 7) / 8);
    let tailStart = 0;
    const run = await ingestRun(db, dir, (done) => {
      if (done === tailFrom) tailStart = performance.now();
    });
    const tailMs = performance.now() - tailStart;
    const graph = await graphSize(db.g);
    scaling.push({
      ...run,
      megabytes: round(corpus.bytes / 1e6, 3),
      marginalMsPerArticle: round(tailMs / (n - tailFrom), 3),
      graph,
    });
    log(
      `  ingest N=${n}: ${run.articlesPerSec} articles/s, ${graph.nodes} nodes, ${graph.relationships} relationships`,
    );
    last = { n, dir, files: corpus.files };
  }
  if (!last) throw new Error('no scale points');
  const fresh = scaling[scaling.length - 1] as ScalePoint;
  const unchanged = await ingestRun(db, last.dir);
  log(`  re-ingest unchanged N=${last.n}: ${unchanged.articlesPerSec} articles/s`);
  const revised = last.files.filter((_f, i) => i % 10 === 0);
  revised.forEach((file, i) => {
    reviseArticle(file, i + 1);
  });
  const changed = await ingestRun(db, last.dir);
  log(`  re-ingest with ${revised.length} changed: ${changed.articlesPerSec} articles/s`);
  const base = scaling[0]?.msPerArticle ?? Number.NaN;
  return {
    scaling,
    costGrowth: scaling.map((p) => round(p.msPerArticle / base, 3)),
    largest: { n: last.n, fresh, unchanged, changed: { ...changed, revised: revised.length } },
  };
}
