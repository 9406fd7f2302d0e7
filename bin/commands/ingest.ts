/** `kg ingest FILE|DIR|URL...`: articles into the graph, with progress and a summary. */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { graph } from '../../graph/driver.js';
import { ensureSchema } from '../../graph/schema.js';
import { type BatchSummary, ingestBatch, type Outcome } from '../../ingest/batch.js';
import { EXIT } from '../errors.js';
import { parsePositive } from '../options.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'extract articles (files, folders, URLs) and add them to the graph, a chunk of articles per transaction',
    )
    .argument('<input...>', '.txt, .md or .html files, folders (searched recursively) or http(s) URLs')
    .addHelpText(
      'after',
      `
In folders, other files (.pdf, .docx …) and symbolic links are skipped and listed in the summary;
a folder with no article file at all is a failure. If Neo4j goes away mid-run, kg stops, says
what went in, and exits 1; running the same command again finishes the rest.

Exit codes: 0 all inputs in; 1 some input failed, or Neo4j unreachable; 2 usage error.`,
    )
    .option('--json', 'print the outcome of every input and the summary as JSON')
    .option('--max-size <MB>', 'refuse inputs larger than this', parsePositive, 5)
    .option('--timeout <seconds>', 'give up on a URL after this long', parsePositive, 20)
    .action(async (args: string[], options: { json?: boolean; maxSize: number; timeout: number }) => {
      const g = await graph();
      await ensureSchema(g);
      const progress = options.json ? undefined : progressReporter();
      const summary = await ingestBatch(g, args, {
        maxBytes: options.maxSize * 1024 * 1024,
        timeoutMs: options.timeout * 1000,
        onStart: progress?.start,
        onOutcome: progress?.update,
      });
      progress?.stop();
      if (options.json) console.log(JSON.stringify(summary, null, 2));
      // Without a bar, every failure already had its own line as it happened.
      else printSummary(summary, Boolean(process.stderr.isTTY));
      if (summary.counts.failed) process.exitCode = EXIT.failure;
    });
}

/** A bar on a terminal; one quiet line per input otherwise (logs, CI). */
function progressReporter() {
  const tty = Boolean(process.stderr.isTTY);
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: 'ingest [{bar}] {value}/{total} articles  {status}', stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  return {
    start: (total: number) => bar?.start(total, 0, { status: '' }),
    update: (outcome: Outcome, done: number, total: number) => {
      if (bar) bar.update(done, { status: outcome.status });
      else {
        if (outcome.status === 'failed' && outcome.error.startsWith('not ingested:')) return;
        const why = outcome.status === 'failed' ? `: ${outcome.error}` : '';
        console.error(`[${done}/${total}] ${outcome.status.padEnd(9)} ${outcome.input}${why}`);
      }
    },
    stop: () => bar?.stop(),
  };
}

function printSummary(s: BatchSummary, listFailures: boolean): void {
  const c = s.counts;
  console.log(`articles: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.failed} failed`);
  console.log(`entities: ${s.entitiesCreated} created, ${s.entitiesUpdated} updated`);
  console.log(`relations: ${s.relationsCreated} created, ${s.relationsUpdated} updated`);
  if (s.skipped.length) {
    console.log(`skipped: ${s.skipped.length} (not read)`);
    for (const k of s.skipped) console.log(`  ${k.input}: ${k.reason}`);
  }
  const failed = s.outcomes.filter((o) => o.status === 'failed');
  // After a lost connection the inputs not reached all carry the same reason: one line says it.
  const listed = s.stopped
    ? failed.filter((f) => f.status === 'failed' && !f.error.startsWith('not ingested:'))
    : failed;
  if (listFailures) for (const f of listed) if (f.status === 'failed') console.error(`kg: ${f.input}: ${f.error}`);
  if (s.stopped) {
    const done = c.new + c.changed + c.unchanged;
    console.error(
      `kg: stopped after ${done} of ${s.outcomes.length} inputs: ${s.stopped}; run the same command again to finish (inputs already in are skipped)`,
    );
  }
}
