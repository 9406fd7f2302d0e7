/**
 * The store's cost per article on the skewed (Zipf) corpus, at each size: a graph of N
 * articles is built, then a sample of new articles is added, a sample of known sources is
 * revised (changed) and a sample of articles is removed, one `kg remove` each. Each figure is
 * per article it is about, in wall time and in Neo4j CPU, so the ratios changed/new and
 * removed/new say whether cost depends on how many other articles state the same facts.
 */
import type { Graph } from '../graph/driver.js';
import type { Extraction } from '../graph/model.js';
import { removeArticles } from '../graph/remove.js';
import { writeExtractions } from '../graph/write.js';
import { topShare, zipfCorpus } from './corpus-zipf.js';
import { type Database, emptyDatabase, type GraphSize, graphSize } from './database.js';
import { round, timed } from './measure.js';

const CHUNK = 64;
const INGESTED_AT = '2025-06-01T00:00:00.000Z';

export type CostPerArticle = { articles: number; wallMs: number; neo4jCpuMs: number | null };

export type ProvenancePoint = {
  n: number;
  /** Share of articles that mention the most popular entity. */
  topEntityShare: number;
  buildMs: number;
  graph: GraphSize;
  added: CostPerArticle;
  changed: CostPerArticle;
  removed: CostPerArticle;
  changedOverNew: number;
  removedOverNew: number;
};

async function writeAll(g: Graph, extractions: Extraction[]): Promise<void> {
  for (let i = 0; i < extractions.length; i += CHUNK) {
    const results = await writeExtractions(g, extractions.slice(i, i + CHUNK), { ingestedAt: INGESTED_AT });
    const failed = results.find((r) => r instanceof Error);
    if (failed) throw failed;
  }
}

async function cost(db: Database, articles: number, work: () => Promise<unknown>): Promise<CostPerArticle> {
  const [, t] = await timed(db.pid, work);
  return {
    articles,
    wallMs: round(t.wallMs / articles, 3),
    neo4jCpuMs: t.neo4jCpuMs === null ? null : round(t.neo4jCpuMs / articles, 3),
  };
}

async function removeEach(g: Graph, extractions: Extraction[]): Promise<void> {
  for (const x of extractions) await removeArticles(g, [x.article.source]);
}

export async function benchProvenance(
  db: Database,
  sizes: number[],
  sample: number,
  log: (line: string) => void,
): Promise<ProvenancePoint[]> {
  const points: ProvenancePoint[] = [];
  for (const n of sizes) {
    const warm = Math.max(4, Math.floor(sample / 10));
    const corpus = zipfCorpus(n + sample + warm);
    await emptyDatabase(db.g);
    const started = performance.now();
    await writeAll(
      db.g,
      Array.from({ length: n }, (_, i) => corpus.article(i)),
    );
    const buildMs = performance.now() - started;
    const graph = await graphSize(db.g);
    // Every statement planned once before the clock runs (a plan is compiled on first use).
    const stride = Math.max(1, Math.floor(n / (sample + warm)));
    const known = (k: number) => (k * stride + 1) % n;
    await writeAll(
      db.g,
      Array.from({ length: warm }, (_, i) => corpus.article(n + sample + i)),
    );
    await writeAll(
      db.g,
      Array.from({ length: warm }, (_, i) => corpus.article(known(sample + i), 1)),
    );
    await removeEach(
      db.g,
      Array.from({ length: warm }, (_, i) => corpus.article(n + sample + i)),
    );

    const fresh = Array.from({ length: sample }, (_, i) => corpus.article(n + i));
    const added = await cost(db, sample, () => writeAll(db.g, fresh));
    const revised = Array.from({ length: sample }, (_, i) => corpus.article(known(i), 2));
    const changed = await cost(db, sample, () => writeAll(db.g, revised));
    // The articles just added go again: ordinary articles, each a `kg remove` of its own.
    const removed = await cost(db, sample, () => removeEach(db.g, fresh));
    const point: ProvenancePoint = {
      n,
      topEntityShare: round(topShare(corpus, Math.min(n, 2000)), 2),
      buildMs: round(buildMs),
      graph,
      added,
      changed,
      removed,
      changedOverNew: round(changed.wallMs / added.wallMs, 2),
      removedOverNew: round(removed.wallMs / added.wallMs, 2),
    };
    log(
      `  zipf N=${n}: new ${added.wallMs} ms, changed ${changed.wallMs} ms, removed ${removed.wallMs} ms per article`,
    );
    points.push(point);
  }
  return points;
}
