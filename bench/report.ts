/** The results document (JSON) and the human table printed from it. */
import type { ExtractionResult } from './extraction.js';
import type { IngestResult } from './ingest.js';
import { rate } from './measure.js';
import type { QueryLatency } from './queries.js';
import type { ViewerResult } from './viewer.js';
import type { WritersResult } from './writers.js';

export type Target = { name: string; target: string; measured: number; met: boolean };

export type BenchResults = {
  meta: {
    startedAt: string;
    finishedAt: string;
    mode: 'quick' | 'full';
    cpus: number;
    cpuModel: string;
    loadAverageAtStart: number[];
    node: string;
    neo4j: string;
    neo4jRemote: boolean;
    seed: number;
    sizes: number[];
  };
  corpus: { articles: number; megabytes: number; korean: number; meanBytes: number };
  extraction: ExtractionResult;
  writers: WritersResult;
  ingest: IngestResult;
  queries: QueryLatency[];
  viewer: ViewerResult | { available: false; reason: string };
  targets: Target[];
};

export function targets(r: Omit<BenchResults, 'targets'>): Target[] {
  const growth = r.ingest.costGrowth;
  const spread = Math.max(...growth.map((g) => Math.abs(g - 1)));
  const t = (name: string, target: string, measured: number, met: boolean): Target => ({ name, target, measured, met });
  return [
    t('batched / naive writer', '≥ 20×', r.writers.ratios.batchedOverNaive, r.writers.ratios.batchedOverNaive >= 20),
    t(
      'batched / LangChain.js',
      '≥ 3×',
      r.writers.ratios.batchedOverLangchain,
      r.writers.ratios.batchedOverLangchain >= 3,
    ),
    t(
      'extraction incl. analysis, one core (articles per CPU-s, Node + JVM)',
      '≥ 300',
      r.extraction.singleCore.articlesPerCpuSec,
      r.extraction.singleCore.articlesPerCpuSec >= 300,
    ),
    t(
      'end-to-end ingest (articles/s)',
      '≥ 200',
      r.ingest.largest.fresh.articlesPerSec,
      r.ingest.largest.fresh.articlesPerSec >= 200,
    ),
    t(
      'unchanged re-ingest (articles/s)',
      '≥ 2000',
      r.ingest.largest.unchanged.articlesPerSec,
      r.ingest.largest.unchanged.articlesPerSec >= 2000,
    ),
    t('cost per article, max deviation from smallest N', '≤ 0.30', Math.round(spread * 1000) / 1000, spread <= 0.3),
  ];
}

function table(title: string, header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_h, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [`\n${title}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

export function renderTable(r: BenchResults): string {
  const m = r.meta;
  const x = r.extraction;
  const w = r.writers;
  const out: string[] = [
    `kg benchmark (${m.mode}) — ${m.cpus} CPUs (${m.cpuModel}), load ${m.loadAverageAtStart.join(' ')}, Node ${m.node}, Neo4j ${m.neo4j}`,
    `corpus: ${r.corpus.articles} articles, ${r.corpus.megabytes} MB, ${r.corpus.korean} Korean, mean ${r.corpus.meanBytes} bytes`,
  ];
  out.push(extractionTable(x));
  const wr = (name: string, run: WritersResult['naive']) => [
    name,
    run.wallMs,
    run.articlesPerSec,
    run.records,
    run.recordsPerSec,
    run.cpuMs,
    run.neo4jCpuMs ?? '-',
  ];
  out.push(
    table(
      `Writers (${w.articles} articles, emptied database each)`,
      ['', 'wall ms', 'articles/s', 'records', 'records/s', 'node CPU ms', 'neo4j CPU ms'],
      [
        wr('batched (graph/write.ts)', w.batched),
        wr('naive (auto-commit MERGE)', w.naive),
        wr('LangChain.js addGraphDocuments', w.langchain),
        wr('batched, again', w.batchedAgain),
        [
          'batched / naive (time; records/s)',
          `${w.ratios.batchedOverNaive}×`,
          '',
          '',
          `${w.ratios.batchedOverNaiveRecords}×`,
          '',
          '',
        ],
        [
          'batched / LangChain (time; records/s)',
          `${w.ratios.batchedOverLangchain}×`,
          '',
          '',
          `${w.ratios.batchedOverLangchainRecords}×`,
          '',
          '',
        ],
      ],
    ),
  );
  const i = r.ingest;
  out.push(
    table(
      'End-to-end ingestBatch (new corpus into an emptied database at each N)',
      ['N', 'wall ms', 'articles/s', 'ms/article', 'marginal ms/article', 'vs smallest N', 'nodes', 'relationships'],
      i.scaling.map((p, k) => [
        p.articles,
        p.wallMs,
        p.articlesPerSec,
        p.msPerArticle,
        p.marginalMsPerArticle,
        `${i.costGrowth[k]}×`,
        p.graph.nodes,
        p.graph.relationships,
      ]),
    ),
  );
  out.push(
    table(
      `Re-ingest at N=${i.largest.n}`,
      ['', 'wall ms', 'articles/s', 'new', 'changed', 'unchanged'],
      [
        ['first ingest', i.largest.fresh.wallMs, i.largest.fresh.articlesPerSec, i.largest.fresh.counts.new ?? 0, 0, 0],
        ...[
          ['same corpus again', i.largest.unchanged],
          [`${i.largest.changed.revised} articles changed`, i.largest.changed],
        ].map(([name, run]) => {
          const x = run as typeof i.largest.unchanged;
          return [
            name as string,
            x.wallMs,
            x.articlesPerSec,
            x.counts.new ?? 0,
            x.counts.changed ?? 0,
            x.counts.unchanged ?? 0,
          ];
        }),
      ],
    ),
  );
  out.push(
    table(
      `Named queries on the N=${i.largest.n} graph`,
      ['query', 'p50 ms', 'p95 ms', 'max ms', 'rows'],
      r.queries.map((q) =>
        'error' in q ? [q.name, 'error', q.error.slice(0, 60), '', ''] : [q.name, q.p50Ms, q.p95Ms, q.maxMs, q.rows],
      ),
    ),
  );
  const v = r.viewer;
  out.push(
    v.available
      ? `\nViewer first interactive paint (${v.nodes} nodes / ${v.edges} edges): ${v.firstPaintMs} ms in the browser (+ server layout ${v.layoutMs} ms, payload ${v.payloadBytes} bytes)`
      : `\nViewer first paint: not measured (${v.reason})`,
  );
  out.push(
    table(
      'Targets',
      ['', 'target', 'measured', ''],
      r.targets.map((t) => [t.name, t.target, t.measured, t.met ? 'met' : 'MISSED']),
    ),
  );
  return `${out.join('\n')}\n`;
}

/** The extraction figures alone (also all that `npm run bench -- --extraction-only` prints). */
export function extractionTable(x: ExtractionResult): string {
  return table(
    `Extraction (${x.articles} articles, ${x.megabytes} MB)`,
    ['', 'wall ms', 'articles/s', 'MB/s', 'articles/CPU-s'],
    [
      [
        'one core',
        x.singleCore.wallMs,
        x.singleCore.articlesPerSec,
        x.singleCore.mbPerSec,
        x.singleCore.articlesPerCpuSec,
      ],
      [
        'analysis only',
        x.analysisOnly.wallMs,
        rate(x.articles, x.analysisOnly.wallMs),
        '',
        x.analysisOnly.articlesPerCpuSec,
      ],
      [`${x.allCores.workers} workers`, x.allCores.wallMs, x.allCores.articlesPerSec, x.allCores.mbPerSec, '-'],
      ['speed-up', '', `${x.speedup}×`, '', ''],
    ],
  );
}
