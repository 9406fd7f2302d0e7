/** `kg extract FILE --json`: the extraction contract of the product sheet; no database needed. */
import type { Command } from 'commander';
import { JvmError } from '../../graph/jvm.js';
import { loadInput } from '../../ingest/load/index.js';
import { extract } from '../../ingest/pipeline.js';
import { parsePositive } from '../options.js';
import { inputFailure } from './failures.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from one article (file or URL) and print them')
    .argument('<input>', 'a .txt, .md or .html file, or an http(s) URL')
    .option('--json', 'print the extraction as JSON (the documented contract)')
    .option('--max-size <MB>', 'refuse inputs larger than this', parsePositive, 5)
    .action(async (input: string, options: { json?: boolean; maxSize: number }) => {
      let extraction: Awaited<ReturnType<typeof extract>>;
      try {
        extraction = await extract(await loadInput(input, { maxBytes: options.maxSize * 1024 * 1024 }));
      } catch (error) {
        // a missing Java is not the input's fault: one line about Java, from bin/errors.ts
        if (error instanceof JvmError) throw error;
        throw inputFailure(input, error);
      }
      if (options.json) {
        console.log(JSON.stringify(extraction, null, 2));
        return;
      }
      const { article, entities, relations } = extraction;
      console.log(`${article.title || article.source}  [${article.lang}, id ${article.id}]`);
      console.log(`\nentities (${entities.length})`);
      for (const e of entities)
        console.log(`  ${e.type.padEnd(12)} ${e.name}  (${e.mentions.length}×; ${e.aliases.join(', ')})`);
      console.log(`\nrelations (${relations.length})`);
      const names = new Map(entities.map((e) => [e.id, e.name]));
      for (const r of relations) {
        const amount = r.amount ? `  [${r.amount}${r.currency ? ` ${r.currency}` : ''}]` : '';
        console.log(`  ${names.get(r.source)} -${r.type}-> ${names.get(r.target)}${amount}`);
        console.log(`      “${r.evidence[0]?.sentence ?? ''}”`);
      }
    });
}
