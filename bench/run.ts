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
import { FIVE_KB, writeCorpus } from './corpus.js';
import { openDatabase } from './database.js';
import { benchExtraction } from './extraction.js';
import { benchIngest } from './ingest.js';
import { round } from './measure.js';
import { parseOptions } from './options.js';
import { benchProvenance } from './provenance.js';
import { benchQueries } from './queries.js';
import { type BenchResults, extractionTable, renderTable, targets } from './report.js';
import { benchScaling, renderScaling } from './scaling.js';
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

    const run = options.sections;
    const extraction = run.has('extraction')
      ? await (async () => {
          log(`extraction: ${options.extractArticles} articles of 5 KB`);
          return (await benchExtraction(fiveKbArticles(workDir, options))).result;
        })()
      : undefined;

    const writers = run.has('writers')
      ? await (async () => {
          // Extracted outside the clock: the writers' input, the same for all of them.
          const wanted = articles.slice(0, options.writeArticles + warmArticles);
          const extractions = await Promise.all(wanted.map((a) => extract(a)));
          const warm = { from: options.writeArticles, to: options.writeArticles + warmArticles };
          log(`writers: ${options.writeArticles} articles each (batched, naive, LangChain.js, batched)`);
          return benchWriters(
            db,
            extractions.slice(0, options.writeArticles),
            wanted.slice(0, options.writeArticles).map((a) => a.text),
            {
              extractions: extractions.slice(warm.from, warm.to),
              texts: wanted.slice(warm.from, warm.to).map((a) => a.text),
            },
          );
        })()
      : undefined;

    const ingest = run.has('ingest')
      ? await (async () => {
          log(`end-to-end ingest at N = ${options.sizes.join(', ')}`);
          return benchIngest(db, workDir, options.sizes, log);
        })()
      : undefined;

    const provenance = run.has('zipf')
      ? await (async () => {
          log(`skewed corpus: new / changed / removed cost at N = ${options.provenanceSizes.join(', ')}`);
          return benchProvenance(db, options.provenanceSizes, options.provenanceSample, log);
        })()
      : undefined;

    const queries = run.has('queries')
      ? await (async () => {
          log(`named queries: ${options.queryRuns} runs each`);
          return benchQueries(db.g, options.queryRuns);
        })()
      : undefined;

    const viewer = !run.has('viewer')
      ? undefined
      : options.viewer
        ? await (async (size) => {
            log(`viewer: ${size.nodes} nodes / ${size.edges} edges`);
            return benchViewer(db, size, log);
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
        sections: [...run],
        loadAverageAtEnd: loadavg().map((l) => round(l, 2)),
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
      provenance,
      queries,
      viewer,
    };
    const results: BenchResults = { ...partial, targets: targets(partial) };
    const scaling = run.has('scaling')
      ? await benchScaling(options.quick ? { smallMb: 0.25, largeMb: 1 } : undefined, log)
      : undefined;
    save({ ...results, scaling }, options.out);
    process.stdout.write(renderTable(results) + (scaling ? renderScaling(scaling) : ''));
  } finally {
    await closeSharedAnalyser();
    await db.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The extraction section's own corpus: the throughput target is stated for 5 KB articles. */
function fiveKbArticles(workDir: string, options: ReturnType<typeof parseOptions>): RawArticle[] {
  const corpus = writeCorpus(join(workDir, 'extraction'), options.extractArticles, options.seed, FIVE_KB);
  log(
    `extraction corpus: ${corpus.files.length} articles (${corpus.korean} Korean), ${Math.round(corpus.bytes / corpus.files.length)} bytes mean`,
  );
  return corpus.files.map((source) => ({ source, text: readFileSync(source, 'utf8'), format: 'txt' }));
}

/** `--extraction-only`: the extraction figures without a database, for tuning the analysis. */
async function extractionOnly(options: ReturnType<typeof parseOptions>, workDir: string): Promise<void> {
  try {
    const articles = fiveKbArticles(workDir, options);
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

function save(results: BenchResults & { scaling: unknown }, out: string | undefined): void {
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

// Exit explicitly, also after a failed step: a browser or server a step left open must not keep
// the process (and the test that runs it) alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
