/**
 * The store's cost per article on the skewed (Zipf) corpus, at each size: a graph of N
 * articles is built (in large chunks, timed), then new articles are added, known sources are
 * revised (changed) and articles are removed, the way users do each: as a batch (one
 * `kg ingest` of many files, one `kg remove` of many ids) and one at a time (a `kg ingest` or
 * `kg remove` of a single article). The kinds alternate in rounds, so a burst of load on a
 * shared machine hits all of them alike. Each figure is per article it is about, in wall time
 * and in Neo4j CPU, so changed/new and removed/new (like with like: batch with batch, single
 * with single) say whether cost depends on how many other articles state the same facts.
 */
import type { Graph } from '../graph/driver.js';
import type { Extraction } from '../graph/model.js';
import { removeArticles } from '../graph/remove.js';
import { writeExtractions } from '../graph/write.js';
import { topShare, zipfCorpus } from './corpus-zipf.js';
import { type Database, emptyDatabase, type GraphSize, graphSize } from './database.js';
import { round, type Timing, timed } from './measure.js';

/** A batch as `kg ingest` writes it (ingest/batch.ts); the graph is built in larger ones. */
const CHUNK = 64;
const BUILD_CHUNK = 500;
const ROUNDS = 4;
const INGESTED_AT = '2025-06-01T00:00:00.000Z';

export type CostPerArticle = { articles: number; wallMs: number; neo4jCpuMs: number | null };
type Kinds<T> = { added: T; changed: T; removed: T };

export type ProvenancePoint = Kinds<CostPerArticle> & {
  n: number;
  /** Share of articles that mention the most popular entity. */
  topEntityShare: number;
  buildMs: number;
  buildArticlesPerSec: number;
  graph: GraphSize;
  /** The batched figures' ratios (the three keys above are batches of CHUNK articles). */
  changedOverNew: number;
  removedOverNew: number;
  /** One article per transaction: one `kg ingest` of one edited file, one `kg remove` of one id. */
  single: Kinds<CostPerArticle> & { changedOverNew: number; removedOverNew: number };
};

async function write(g: Graph, extractions: Extraction[], chunk = CHUNK): Promise<void> {
  for (let i = 0; i < extractions.length; i += chunk) {
    const results = await writeExtractions(g, extractions.slice(i, i + chunk), { ingestedAt: INGESTED_AT });
    const failed = results.find((r) => r instanceof Error);
    if (failed) throw failed;
  }
}

const writeEach = async (g: Graph, extractions: Extraction[]) => {
  for (const x of extractions) await write(g, [x]);
};
const removeAll = (g: Graph, extractions: Extraction[]) =>
  removeArticles(
    g,
    extractions.map((x) => x.article.source),
  );
const removeEach = async (g: Graph, extractions: Extraction[]) => {
  for (const x of extractions) await removeArticles(g, [x.article.source]);
};

/** Sums of wall and Neo4j CPU time over the rounds, per kind. */
class Tally {
  private readonly sums = new Map<string, { articles: number; wallMs: number; neo4jCpuMs: number | null }>();
  async time(db: Database, kind: string, articles: number, work: () => Promise<unknown>): Promise<void> {
    const [, t]: [unknown, Timing] = await timed(db.pid, work);
    const sum = this.sums.get(kind) ?? { articles: 0, wallMs: 0, neo4jCpuMs: 0 };
    sum.articles += articles;
    sum.wallMs += t.wallMs;
    sum.neo4jCpuMs = sum.neo4jCpuMs === null || t.neo4jCpuMs === null ? null : sum.neo4jCpuMs + t.neo4jCpuMs;
    this.sums.set(kind, sum);
  }
  perArticle(kind: string): CostPerArticle {
    const s = this.sums.get(kind) ?? { articles: 0, wallMs: Number.NaN, neo4jCpuMs: null };
    return {
      articles: s.articles,
      wallMs: round(s.wallMs / s.articles, 1),
      neo4jCpuMs: s.neo4jCpuMs === null ? null : round(s.neo4jCpuMs / s.articles, 1),
    };
  }
}

export async function benchProvenance(
  db: Database,
  sizes: number[],
  sample: number,
  log: (line: string) => void,
): Promise<ProvenancePoint[]> {
  const points: ProvenancePoint[] = [];
  const batch = Math.max(1, Math.floor(sample / ROUNDS));
  const singles = Math.max(1, Math.floor(batch / 8));
  for (const n of sizes) {
    const perRound = batch + singles;
    const warm = Math.max(4, Math.floor(batch / 4));
    const corpus = zipfCorpus(n + ROUNDS * perRound + warm);
    await emptyDatabase(db.g);
    const started = performance.now();
    await write(
      db.g,
      Array.from({ length: n }, (_, i) => corpus.article(i)),
      BUILD_CHUNK,
    );
    const buildMs = performance.now() - started;
    log(`  zipf N=${n}: graph built in ${round(buildMs / 1000, 1)} s`);
    const graph = await graphSize(db.g);
    const fresh = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => corpus.article(n + from + i));
    // Known sources spread over the whole graph, each revised once.
    const stride = Math.max(1, Math.floor(n / (ROUNDS * perRound + warm)));
    const revised = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => corpus.article(((from + i) * stride + 1) % n, 1));

    // Every statement planned once before the clock runs (a plan is compiled on first use).
    const warmNew = fresh(ROUNDS * perRound, warm);
    const warmChanged = revised(ROUNDS * perRound, warm);
    await write(db.g, warmNew.slice(0, -2));
    await writeEach(db.g, warmNew.slice(-2));
    await write(db.g, warmChanged.slice(0, -2));
    await writeEach(db.g, warmChanged.slice(-2));
    await removeAll(db.g, warmNew.slice(0, -2));
    await removeEach(db.g, warmNew.slice(-2));

    const tally = new Tally();
    for (let round = 0; round < ROUNDS; round++) {
      const at = round * perRound;
      const added = fresh(at, batch);
      const addedOne = fresh(at + batch, singles);
      const changed = revised(at, batch);
      const changedOne = revised(at + batch, singles);
      await tally.time(db, 'added', batch, () => write(db.g, added));
      await tally.time(db, 'changed', batch, () => write(db.g, changed));
      await tally.time(db, 'single.added', singles, () => writeEach(db.g, addedOne));
      await tally.time(db, 'single.changed', singles, () => writeEach(db.g, changedOne));
      // The articles just added go again: ordinary articles of the graph.
      await tally.time(db, 'removed', batch, () => removeAll(db.g, added));
      await tally.time(db, 'single.removed', singles, () => removeEach(db.g, addedOne));
    }
    const kinds = (prefix: string): Kinds<CostPerArticle> => ({
      added: tally.perArticle(`${prefix}added`),
      changed: tally.perArticle(`${prefix}changed`),
      removed: tally.perArticle(`${prefix}removed`),
    });
    const ratios = (k: Kinds<CostPerArticle>) => ({
      changedOverNew: round(k.changed.wallMs / k.added.wallMs, 2),
      removedOverNew: round(k.removed.wallMs / k.added.wallMs, 2),
    });
    const batched = kinds('');
    const single = kinds('single.');
    const point: ProvenancePoint = {
      n,
      topEntityShare: round(topShare(corpus, Math.min(n, 2000)), 2),
      buildMs: round(buildMs),
      buildArticlesPerSec: round(n / (buildMs / 1000), 1),
      graph,
      ...batched,
      ...ratios(batched),
      single: { ...single, ...ratios(single) },
    };
    log(
      `  zipf N=${n}: batch of ${batch}: new ${batched.added.wallMs}, changed ${batched.changed.wallMs}, removed ${batched.removed.wallMs} ms; ` +
        `one each: new ${single.added.wallMs}, changed ${single.changed.wallMs}, removed ${single.removed.wallMs} ms per article`,
    );
    points.push(point);
  }
  return points;
}
