#!/usr/bin/env node
/** The `kg` command line: one sub-command per daily job, each with --help. */
import { Command } from 'commander';
import { closeGraph } from '../graph/driver.js';
import { closeSharedAnalyser } from '../ingest/text/index.js';
import { registerDb } from './commands/db.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuery } from './commands/query.js';
import { registerRemove } from './commands/remove.js';
import { registerStats } from './commands/stats.js';
import { registerView } from './commands/view.js';
import { EXIT, reportError } from './errors.js';

export function buildProgram(): Command {
  const program = new Command('kg')
    .description('Korean and English AI-industry news into a Neo4j knowledge graph')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.configureOutput({ outputError: (text, write) => write(`kg: ${text.replace(/^error: /, '')}`) });
  for (const register of [
    registerIngest,
    registerExtract,
    registerRemove,
    registerStats,
    registerView,
    registerQuery,
    registerExport,
    registerDb,
  ])
    register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    return reportError(error);
  } finally {
    await Promise.all([closeGraph(), closeSharedAnalyser()]);
  }
}

// `kg … | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
