/**
 * Extraction throughput, analysis included: one thread (with its one Korean analyser JVM), then
 * all cores with worker_threads. Articles go in chunks, as `kg ingest` hands them over: a chunk
 * at a time to the analyser, so the heap holds what a real run holds, not the whole corpus. The JVM's CPU seconds (from /proc) are added to Node's, so
 * "articles per CPU-second" is what one core doing both would reach; the analysis alone is
 * measured beside it, so its share of the cost is visible in the same run.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../graph/model.js';
import { CHUNK } from '../ingest/batch.js';
import { detectLang, extract, type RawArticle } from '../ingest/pipeline.js';
import { type Analyser, createAnalyser, normalise } from '../ingest/text/index.js';
import type { WorkerReply, WorkerRequest } from './extract-worker.js';
import { processCpuMs, rate, ratio, round, timed } from './measure.js';

export type ExtractionResult = {
  articles: number;
  megabytes: number;
  meanBytes: number;
  entities: number;
  relations: number;
  /** cpuMs is Node's, analyserCpuMs the Korean JVM's; articlesPerCpuSec counts both. */
  singleCore: {
    wallMs: number;
    cpuMs: number;
    analyserCpuMs: number | null;
    articlesPerSec: number;
    mbPerSec: number;
    articlesPerCpuSec: number;
  };
  /** The same extraction given no tokens: the reference that shows what analysis adds. */
  withoutAnalysis: { wallMs: number; cpuMs: number; articlesPerCpuSec: number };
  /** The morphological analysis alone (Nori for Korean, wink-nlp for English), same articles. */
  analysisOnly: { wallMs: number; cpuMs: number; analyserCpuMs: number | null; articlesPerCpuSec: number };
  /** cpuMs: this process (all its threads); analyserCpuMs: the workers' own Korean JVMs. */
  allCores: {
    workers: number;
    wallMs: number;
    articlesPerSec: number;
    mbPerSec: number;
    cpuMs: number;
    analyserCpuMs: number | null;
    articlesPerCpuSec: number;
  };
  speedup: number;
};

export async function benchExtraction(
  articles: RawArticle[],
): Promise<{ result: ExtractionResult; extractions: Extraction[] }> {
  const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
  const analyser = createAnalyser();
  try {
    // Warm the JIT of both Node and the JVM, and the lexicon's lazy structures, as a long ingest would be.
    const warm = articles.slice(0, 300);
    for (let i = 0; i < 2; i++) await inChunks(warm, (a) => extract(a, analyser));
    const [extractions, single, singleJvm] = await withJvm(analyser, () =>
      inChunks(articles, (a) => extract(a, analyser)),
    );
    const [, reference] = await timed(undefined, () => inChunks(articles, (a) => extract(a, NO_TOKENS)));
    const texts = articles.map((a) => normalise(a.text).text);
    const [, analysis, analysisJvm] = await withJvm(analyser, () =>
      inChunks(texts, (t) => analyser.analyse(t, detectLang(t))),
    );
    const workers = availableParallelism();
    const all = await extractInWorkers(articles, workers);
    const singleRate = rate(articles.length, single.wallMs);
    const allRate = rate(articles.length, all.wallMs);
    return {
      extractions,
      result: {
        articles: articles.length,
        megabytes: round(megabytes, 3),
        meanBytes: Math.round((megabytes * 1e6) / articles.length),
        entities: extractions.reduce((n, x) => n + x.entities.length, 0),
        relations: extractions.reduce((n, x) => n + x.relations.length, 0),
        singleCore: {
          wallMs: single.wallMs,
          cpuMs: single.cpuMs,
          analyserCpuMs: singleJvm,
          articlesPerSec: singleRate,
          mbPerSec: round(megabytes / (single.wallMs / 1000), 3),
          articlesPerCpuSec: rate(articles.length, single.cpuMs + (singleJvm ?? 0)),
        },
        withoutAnalysis: {
          wallMs: reference.wallMs,
          cpuMs: reference.cpuMs,
          articlesPerCpuSec: rate(articles.length, reference.cpuMs),
        },
        analysisOnly: {
          wallMs: analysis.wallMs,
          cpuMs: analysis.cpuMs,
          analyserCpuMs: analysisJvm,
          articlesPerCpuSec: rate(articles.length, analysis.cpuMs + (analysisJvm ?? 0)),
        },
        allCores: {
          workers,
          wallMs: all.wallMs,
          articlesPerSec: allRate,
          mbPerSec: round(megabytes / (all.wallMs / 1000), 3),
          cpuMs: all.cpuMs,
          analyserCpuMs: all.analyserCpuMs,
          articlesPerCpuSec: rate(articles.length, all.cpuMs + (all.analyserCpuMs ?? 0)),
        },
        speedup: ratio(allRate, singleRate),
      },
    };
  } finally {
    await analyser.close();
  }
}

/** `work` over the items a chunk of CHUNK at a time, each chunk all at once (as ingest/batch.ts does). */
async function inChunks<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let k = 0; k < items.length; k += CHUNK) out.push(...(await Promise.all(items.slice(k, k + CHUNK).map(work))));
  return out;
}

const add = (n: number, ms: number | null) => (ms === null ? null : n + ms);

/** An analyser that finds no tokens, for the reference row only. */
const NO_TOKENS: Analyser = { analyse: async () => [], close: async () => {}, pids: () => [] };

/** Times `work`, and the CPU the analyser's JVM spent meanwhile (null where /proc cannot tell). */
async function withJvm<T>(
  analyser: Analyser,
  work: () => Promise<T>,
): Promise<[T, Awaited<ReturnType<typeof timed>>[1], number | null]> {
  const jvm = () => {
    const pid = analyser.pids().at(-1);
    return pid === undefined ? 0 : processCpuMs(pid);
  };
  const before = jvm();
  const [value, timing] = await timed(undefined, work);
  const after = jvm();
  return [value, timing, before !== null && after !== null ? after - before : null];
}

/**
 * Node 20 does not apply --import hooks to a worker's entry module, so each worker registers
 * tsx itself before it loads the TypeScript worker.
 */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}); })`;

/**
 * Splits the articles into small chunks handed to whichever worker is free (work stealing).
 * The CPU of every thread and of each worker's JVM is counted, so articles per CPU-second
 * compares with one core's: equal means the workers only share out the cores, lower means
 * they get in each other's way.
 */
async function extractInWorkers(
  articles: RawArticle[],
  count: number,
): Promise<{ wallMs: number; cpuMs: number; analyserCpuMs: number | null }> {
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
    // Start-up (loading tsx, the lexicon, each worker's JVM) and JIT warm-up stay outside the timed part.
    const warm = await Promise.all(pool.map((w) => ask(w, { articles: articles.slice(0, 200) })));
    const pids = warm.flatMap((r) => r.analyserPids);
    const jvm = () => pids.reduce<number | null>((n, pid) => (n === null ? null : add(n, processCpuMs(pid))), 0);
    const chunk = 16;
    let next = 0;
    const jvmBefore = jvm();
    const cpuBefore = process.cpuUsage();
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
    const wallMs = round(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    const jvmAfter = jvm();
    return {
      wallMs,
      cpuMs: round((cpu.user + cpu.system) / 1000),
      analyserCpuMs: jvmBefore !== null && jvmAfter !== null ? jvmAfter - jvmBefore : null,
    };
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
