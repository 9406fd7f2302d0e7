/**
 * `npm run bench` entry point: corpus → extraction → writers side by side → end-to-end ingest
 * and scaling → named-query latency → viewer first paint; a table on stdout, JSON on disk.
 * Progress goes to stderr so stdout holds the table only.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, type RawArticle } from '../ingest/pipeline.js';
import { closeSharedAnalyser } from '../ingest/text/index.js';
import { writeCorpus } from './corpus.js';
import { openDatabase } from './database.js';
import { benchExtraction } from './extraction.js';
import { benchIngest } from './ingest.js';
import { round } from './measure.js';
import { parseOptions } from './options.js';
import { benchQueries } from './queries.js';
import { type BenchResults, extractionTable, renderTable, targets } from './report.js';
import { benchViewer } from './viewer.js';
import { benchWriters } from './writers.js';

const t0 = performance.now();
const log = (line: string) => process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = loadavg().map((l) => round(l, 2));
  const workDir = mkdtempSync(join(tmpdir(), 'kg-bench-corpus-'));
  log(`kg bench (${options.quick ? 'quick' : 'full'}): corpus in ${workDir}`);
  if (options.extractionOnly) return extractionOnly(options, workDir);
  const db = await openDatabase({ allowRemote: options.allowRemote, heap: options.heap });
  log(`Neo4j ${db.version} ready at ${db.settings.uri}`);
  try {
    // The writers' warm-up articles come after the timed ones, so they are never the same.
    const warmArticles = options.quick ? 3 : 30;
    const baseSize = Math.max(options.extractArticles, options.writeArticles + warmArticles);
    const corpus = writeCorpus(join(workDir, 'base'), baseSize, options.seed);
    const articles: RawArticle[] = corpus.files.map((source) => ({
      source,
      text: readFileSync(source, 'utf8'),
      format: 'txt',
    }));

    log(`extraction: ${options.extractArticles} articles`);
    const { result: extraction } = await benchExtraction(articles.slice(0, options.extractArticles));
    // Extracted again outside the clock: the writers need every base article, the clock only some.
    const extractions = await Promise.all(articles.map((a) => extract(a)));
    const warm = { from: options.writeArticles, to: options.writeArticles + warmArticles };

    log(`writers: ${options.writeArticles} articles each (batched, naive, LangChain.js, batched)`);
    const writers = await benchWriters(
      db,
      extractions.slice(0, options.writeArticles),
      articles.slice(0, options.writeArticles).map((a) => a.text),
      {
        extractions: extractions.slice(warm.from, warm.to),
        texts: articles.slice(warm.from, warm.to).map((a) => a.text),
      },
    );

    log(`end-to-end ingest at N = ${options.sizes.join(', ')}`);
    const ingest = await benchIngest(db, workDir, options.sizes, log);

    log(`named queries: ${options.queryRuns} runs each`);
    const queries = await benchQueries(db.g, options.queryRuns);

    const viewer = options.viewer
      ? await (async (size) => {
          log(`viewer: ${size.nodes} nodes / ${size.edges} edges`);
          return benchViewer(size.nodes, size.edges);
        })(options.viewer)
      : { available: false as const, reason: 'skipped (--no-viewer)' };

    const partial: Omit<BenchResults, 'targets'> = {
      meta: {
        startedAt,
        finishedAt: new Date().toISOString(),
        mode: options.quick ? 'quick' : 'full',
        cpus: availableParallelism(),
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        loadAverageAtStart,
        node: process.version,
        neo4j: db.version,
        neo4jRemote: db.pid === undefined,
        seed: options.seed,
        sizes: options.sizes,
      },
      corpus: {
        articles: corpus.files.length,
        megabytes: round(corpus.bytes / 1e6, 3),
        korean: corpus.korean,
        meanBytes: Math.round(corpus.bytes / corpus.files.length),
      },
      extraction,
      writers,
      ingest,
      queries,
      viewer,
    };
    const results: BenchResults = { ...partial, targets: targets(partial) };
    save(results, options.out);
    process.stdout.write(renderTable(results));
  } finally {
    await closeSharedAnalyser();
    await db.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** `--extraction-only`: the extraction figures without a database, for tuning the analysis. */
async function extractionOnly(options: ReturnType<typeof parseOptions>, workDir: string): Promise<void> {
  try {
    const corpus = writeCorpus(join(workDir, 'base'), options.extractArticles, options.seed);
    const articles: RawArticle[] = corpus.files.map((source) => ({
      source,
      text: readFileSync(source, 'utf8'),
      format: 'txt',
    }));
    log(`extraction: ${articles.length} articles (${corpus.korean} Korean, ${round(corpus.bytes / 1e6, 2)} MB)`);
    const { result } = await benchExtraction(articles);
    console.log(extractionTable(result));
    console.log(
      `\nload average at the end: ${loadavg()
        .map((l) => round(l, 2))
        .join(' ')}`,
    );
  } finally {
    await closeSharedAnalyser();
    rmSync(workDir, { recursive: true, force: true });
  }
}

function save(results: BenchResults, out: string | undefined): void {
  const json = `${JSON.stringify(results, null, 2)}\n`;
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, json);
    log(`results: ${out}`);
    return;
  }
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${results.meta.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, 'latest.json'), json);
  log(`results: ${file} (and latest.json)`);
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
