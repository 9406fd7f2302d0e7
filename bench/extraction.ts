/** Extraction throughput: one core in this thread, then all cores with worker_threads. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../graph/model.js';
import { extract, type RawArticle } from '../ingest/pipeline.js';
import type { WorkerReply, WorkerRequest } from './extract-worker.js';
import { rate, ratio, round, timed } from './measure.js';

export type ExtractionResult = {
  articles: number;
  megabytes: number;
  entities: number;
  relations: number;
  singleCore: { wallMs: number; cpuMs: number; articlesPerSec: number; mbPerSec: number; articlesPerCpuSec: number };
  allCores: { workers: number; wallMs: number; articlesPerSec: number; mbPerSec: number };
  speedup: number;
};

export async function benchExtraction(
  articles: RawArticle[],
): Promise<{ result: ExtractionResult; extractions: Extraction[] }> {
  const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
  // Warm the JIT and the lexicon's lazy structures, as a long ingest would be.
  await Promise.all(articles.slice(0, 20).map((a) => extract(a)));
  const [extractions, single] = await timed(undefined, async () => Promise.all(articles.map((a) => extract(a))));
  const workers = availableParallelism();
  const all = await extractInWorkers(articles, workers);
  const singleRate = rate(articles.length, single.wallMs);
  const allRate = rate(articles.length, all.wallMs);
  return {
    extractions,
    result: {
      articles: articles.length,
      megabytes: round(megabytes, 3),
      entities: extractions.reduce((n, x) => n + x.entities.length, 0),
      relations: extractions.reduce((n, x) => n + x.relations.length, 0),
      singleCore: {
        wallMs: single.wallMs,
        cpuMs: single.cpuMs,
        articlesPerSec: singleRate,
        mbPerSec: round(megabytes / (single.wallMs / 1000), 3),
        articlesPerCpuSec: rate(articles.length, single.cpuMs),
      },
      allCores: {
        workers,
        wallMs: all.wallMs,
        articlesPerSec: allRate,
        mbPerSec: round(megabytes / (all.wallMs / 1000), 3),
      },
      speedup: ratio(allRate, singleRate),
    },
  };
}

/**
 * Node 20 does not apply --import hooks to a worker's entry module, so each worker registers
 * tsx itself before it loads the TypeScript worker.
 */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}); })`;

/** Splits the articles into small chunks handed to whichever worker is free (work stealing). */
async function extractInWorkers(articles: RawArticle[], count: number): Promise<{ wallMs: number }> {
  const pool = Array.from({ length: count }, () => new Worker(BOOTSTRAP, { eval: true }));
  const ask = (worker: Worker, request: WorkerRequest) =>
    new Promise<WorkerReply>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (reply: WorkerReply) => {
        worker.off('error', reject);
        resolve(reply);
      });
      worker.postMessage(request);
    });
  try {
    // Start-up (loading tsx, the lexicon) and JIT warm-up stay outside the timed part.
    await Promise.all(pool.map((w) => ask(w, { articles: articles.slice(0, 20) })));
    const chunk = 16;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      pool.map(async (worker) => {
        while (next < articles.length) {
          const slice = articles.slice(next, next + chunk);
          next += chunk;
          await ask(worker, { articles: slice });
        }
      }),
    );
    return { wallMs: round(performance.now() - started) };
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
