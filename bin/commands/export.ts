/** `kg export`: the graph, or a query's part of it, as GraphML, GEXF or JSON (for Gephi and others). */
import { writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import { graph } from '../../graph/driver.js';
import { UsageError } from '../../graph/errors.js';
import { ExportFormat, exportGraph, serialise } from '../../queries/export.js';
import { runQuery } from '../../queries/library.js';
import { parsePositive } from '../options.js';
import { collectParam, parseRows } from './query.js';

function parseFormat(value: string): ExportFormat {
  const parsed = ExportFormat.safeParse(value.toLowerCase());
  if (!parsed.success) throw new InvalidArgumentError(`one of ${ExportFormat.options.join(', ')}`);
  return parsed.data;
}

type ExportOptions = {
  format: ExportFormat;
  out?: string;
  query?: string;
  param?: Record<string, string>;
  timeout: number;
  limit: number;
};

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph as GraphML, GEXF or JSON, with degree, PageRank and Louvain community per node')
    .requiredOption('-f, --format <format>', 'graphml, gexf or json', parseFormat)
    .option('-o, --out <file>', 'write to this file (default: standard output)')
    .option('-q, --query <query>', "only the entities in this query's result: a named query or Cypher text")
    .option('-p, --param <key=value>', 'a parameter of --query (repeatable)', collectParam)
    .option('--timeout <seconds>', 'stop the query after this long', parsePositive, 30)
    .option('--limit <rows>', 'read at most this many rows of the query', parseRows, 100_000)
    .addHelpText(
      'after',
      `
A query narrows the export to the entities its rows name (entity ids, nodes, relationships,
paths) and every relation between them.

Examples:
  kg export --format graphml --out kg.graphml
  kg export --format gexf --query co-mentioned --param entity=DeepSeek --out deepseek.gexf`,
    )
    .action(async (options: ExportOptions) => {
      if (options.param && !options.query) throw new UsageError('--param needs --query');
      const g = await graph();
      let result: Awaited<ReturnType<typeof runQuery>> | undefined;
      if (options.query) {
        const run = { timeoutMs: Math.round(options.timeout * 1000), limit: options.limit };
        result = await runQuery(g, options.query, options.param ?? {}, run);
        if (result.truncated)
          console.error(`kg: the query returned more than ${options.limit} rows; exporting the first`);
      }
      const exported = await exportGraph(g, result);
      const text = serialise(exported, options.format);
      if (options.out) {
        writeFileSync(options.out, text);
        console.error(
          `kg: wrote ${exported.order} entities and ${exported.size} relations to ${options.out} (${options.format})`,
        );
      } else process.stdout.write(text);
    });
}
