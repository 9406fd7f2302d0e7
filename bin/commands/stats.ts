/** `kg stats`: what the graph holds. */
import type { Command } from 'commander';
import { graph } from '../../graph/driver.js';
import { graphCounts } from '../../graph/read.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count articles, entities and relations in the graph, by type and language')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const g = await graph();
      const counts = await graphCounts(g);
      if (options.json) {
        console.log(JSON.stringify({ uri: g.settings.uri, ...counts }, null, 2));
        return;
      }
      const line = (o: Record<string, number>) =>
        Object.entries(o)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || '-';
      console.log(`Graph at ${g.settings.uri}`);
      console.log(`  articles   ${counts.articles}  (${line(counts.articlesByLang)})`);
      console.log(`  entities   ${counts.entities}  (${line(counts.entitiesByType)})`);
      console.log(`  relations  ${counts.relations}  (${line(counts.relationsByType)})`);
      console.log(`  mentions   ${counts.mentions}`);
    });
}
