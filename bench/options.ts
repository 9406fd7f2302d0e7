/** Command-line options of `npm run bench`, and the sizes of a full and a --quick run. */
import { parseArgs } from 'node:util';

export type BenchOptions = {
  quick: boolean;
  extractionOnly: boolean;
  out: string | undefined;
  allowRemote: boolean;
  /** Articles in each end-to-end scale point; the largest also serves the re-ingest and query figures. */
  sizes: number[];
  extractArticles: number;
  writeArticles: number;
  queryRuns: number;
  viewer: { nodes: number; edges: number } | undefined;
  heap: string;
  seed: number;
};

const USAGE = `npm run bench -- [--quick] [--out FILE] [--sizes 1000,2000,4000,8000] [--allow-remote] [--no-viewer]

  --quick          small run (40 articles) for smoke tests; finishes in well under a minute
  --out FILE       write the JSON results to FILE only (default: bench/results/<time>.json and latest.json)
  --sizes LIST     end-to-end scale points (default 1000,2000,4000,8000; quick 20,40)
  --write-articles N   articles for the writer comparison (default 300; quick 10)
  --allow-remote   run against NEO4J_URI although the benchmark empties that database
  --no-viewer      skip the viewer first-paint measurement
  --extraction-only  corpus and extraction (with analysis) only: no Neo4j, no writers, no viewer`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
      sizes: { type: 'string' },
      'write-articles': { type: 'string' },
      'allow-remote': { type: 'boolean', default: false },
      'no-viewer': { type: 'boolean', default: false },
      'extraction-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => Number.parseInt(s, 10))
    : quick
      ? [20, 40]
      : [1000, 2000, 4000, 8000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 8))
    throw new Error(`--sizes wants whole numbers ≥ 8, got ${values.sizes}`);
  const writeArticles = values['write-articles'] ? Number.parseInt(values['write-articles'], 10) : quick ? 10 : 300;
  return {
    quick,
    extractionOnly: values['extraction-only'] ?? false,
    out: values.out,
    allowRemote: values['allow-remote'] ?? false,
    sizes: [...sizes].sort((a, b) => a - b),
    extractArticles: quick ? 40 : 2000,
    writeArticles,
    queryRuns: quick ? 5 : 30,
    viewer: values['no-viewer'] ? undefined : quick ? { nodes: 500, edges: 2500 } : { nodes: 10_000, edges: 50_000 },
    // The heap kg's own local server gets by default, so the figures are what users see.
    heap: quick ? '512m' : '1g',
    seed: 1,
  };
}
