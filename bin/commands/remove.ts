/** `kg remove ARTICLE...`: take articles out, with exactly what only they supported. */
import type { Command } from 'commander';
import { graph } from '../../graph/driver.js';
import { removeArticles } from '../../graph/remove.js';
import { ensureSchema } from '../../graph/schema.js';
import { sourceOf } from '../../ingest/load/index.js';
import { EXIT } from '../errors.js';

/** An article's id: the first 24 hex digits of its content hash. */
const ARTICLE_ID = /^[0-9a-f]{24}$/;

export function registerRemove(program: Command): void {
  program
    .command('remove')
    .description('remove articles (by id or by source path/URL) and what only they supported')
    .argument('<article...>', 'article ids or sources')
    .option('--json', 'print JSON')
    .action(async (keys: string[], options: { json?: boolean }) => {
      const g = await graph();
      // A graph in another data model is refused before anything is taken out of it.
      await ensureSchema(g);
      // An article is stored under its absolute path: a path is looked up as `kg ingest` stored
      // it, so the relative path the user ingested with finds it; an id or URL goes as it is.
      const lookup = keys.map((k) => (ARTICLE_ID.test(k) ? k : sourceOf(k)));
      const { removed, notFound: missing } = await removeArticles(g, lookup);
      const notFound = missing.map((k) => keys[lookup.indexOf(k)] ?? k);
      if (options.json) console.log(JSON.stringify({ removed, notFound }, null, 2));
      else {
        for (const r of removed) {
          console.log(
            `removed ${r.articleId}: ${r.relationsDeleted} relations and ${r.entitiesDeleted} entities deleted`,
          );
        }
        for (const key of notFound) console.error(`kg: ${key}: no such article in the graph`);
      }
      if (notFound.length) process.exitCode = EXIT.failure;
    });
}
