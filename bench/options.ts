/** Command-line options of `npm run bench`, and the sizes of a full and a --quick run. */
import { parseArgs } from 'node:util';
import { SECTIONS, type Section } from './report.js';

export type BenchOptions = {
  quick: boolean;
  extractionOnly: boolean;
  out: string | undefined;
  allowRemote: boolean;
  /** Articles in each end-to-end scale point; the largest also serves the re-ingest and query figures. */
  sizes: number[];
  /** Sizes of the skewed (Zipf) corpus for the new/changed/removed cost, and the sample at each. */
  provenanceSizes: number[];
  provenanceSample: number;
  extractArticles: number;
  writeArticles: number;
  queryRuns: number;
  viewer: { nodes: number; edges: number } | undefined;
  heap: string;
  seed: number;
  /** The sections to run (all but with --only). */
  sections: Set<Section>;
};

const USAGE = `npm run bench -- [--quick] [--out FILE] [--sizes 1000,2000,4000,8000] [--allow-remote] [--no-viewer]

  --quick          small run (40 articles) for smoke tests; finishes in well under a minute
  --out FILE       write the JSON results to FILE only (default: bench/results/<time>.json and latest.json)
  --sizes LIST     end-to-end scale points (default 1000,2000,4000,8000; quick 20,40)
  --write-articles N   articles for the writer comparison (default 300; quick 10)
  --zipf-sizes LIST    skewed-corpus sizes for new/changed/removed cost (default 1000,10000; quick 100)
  --zipf-sample N      articles of each kind (new, changed, removed) at each size (default 256; quick 16)
  --only LIST      run only these sections: ${SECTIONS.join(', ')}
  --allow-remote   run against NEO4J_URI although the benchmark empties that database
  --no-viewer      skip the viewer measurements (50,000 entities / 500,000 relations; quick 1,000 / 5,000)
  --extraction-only  corpus and extraction (with analysis) only: no Neo4j, no writers, no viewer`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
      sizes: { type: 'string' },
      'write-articles': { type: 'string' },
      'zipf-sizes': { type: 'string' },
      'zipf-sample': { type: 'string' },
      only: { type: 'string' },
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
  const provenanceSizes = values['zipf-sizes']
    ? values['zipf-sizes'].split(',').map((s) => Number.parseInt(s, 10))
    : quick
      ? [100]
      : [1000, 10_000];
  if (provenanceSizes.some((n) => !Number.isInteger(n) || n < 20))
    throw new Error(`--zipf-sizes wants whole numbers ≥ 20, got ${values['zipf-sizes']}`);
  const only = values.only?.split(',').map((x) => x.trim());
  const unknown = only?.filter((x) => !(SECTIONS as readonly string[]).includes(x));
  if (unknown?.length) throw new Error(`--only knows ${SECTIONS.join(', ')}; got ${unknown.join(', ')}`);
  const sample = values['zipf-sample'] ? Number.parseInt(values['zipf-sample'], 10) : quick ? 16 : 256;
  if (!Number.isInteger(sample) || sample < 4)
    throw new Error(`--zipf-sample wants a whole number ≥ 4, got ${values['zipf-sample']}`);
  const writeArticles = values['write-articles'] ? Number.parseInt(values['write-articles'], 10) : quick ? 10 : 300;
  return {
    quick,
    extractionOnly: values['extraction-only'] ?? false,
    out: values.out,
    allowRemote: values['allow-remote'] ?? false,
    sizes: [...sizes].sort((a, b) => a - b),
    provenanceSizes: [...provenanceSizes].sort((a, b) => a - b),
    provenanceSample: sample,
    extractArticles: quick ? 40 : 2000,
    writeArticles,
    queryRuns: quick ? 5 : 30,
    viewer: values['no-viewer']
      ? undefined
      : quick
        ? { nodes: 1_000, edges: 5_000 }
        : { nodes: 50_000, edges: 500_000 },
    // The heap kg's own local server gets by default, so the figures are what users see.
    heap: quick ? '512m' : '1g',
    seed: 1,
    sections: new Set(only ? (only as Section[]) : SECTIONS),
  };
}
