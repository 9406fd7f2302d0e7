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
    .description('extract articles (files, folders, URLs) and add them to the graph, one transaction each')
    .argument('<input...>', '.txt, .md or .html files, folders (searched recursively) or http(s) URLs')
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
  const failed = s.outcomes.filter((o) => o.status === 'failed');
  if (listFailures) for (const f of failed) if (f.status === 'failed') console.error(`kg: ${f.input}: ${f.error}`);
}
