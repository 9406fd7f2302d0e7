/** `kg query`: the named query library and ad-hoc Cypher, as a table, CSV or JSON. */
import { type Command, InvalidArgumentError } from 'commander';
import { graph } from '../../graph/driver.js';
import { UsageError } from '../../graph/errors.js';
import { renderCsv, renderJson, renderTable } from '../../queries/format.js';
import { loadLibrary, runQuery } from '../../queries/library.js';
import { parsePositive } from '../options.js';

/** Collects repeated `--param key=value` into one record; a malformed one is a usage error. */
export function collectParam(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const eq = value.indexOf('=');
  const key = eq > 0 ? value.slice(0, eq).trim() : '';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new InvalidArgumentError(`expected key=value, got "${value}"`);
  if (key in previous) throw new InvalidArgumentError(`--param ${key} given twice`);
  return { ...previous, [key]: value.slice(eq + 1) };
}

export const parseRows = (value: string): number => {
  const n = parsePositive(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected a whole number of rows');
  return n;
};

function listQueries(json: boolean): void {
  const queries = [...loadLibrary().values()];
  if (json) {
    const list = queries.map(({ name, description, params }) => ({ name, description, params }));
    console.log(JSON.stringify(list, null, 2));
    return;
  }
  for (const q of queries) {
    console.log(`${q.name}  ${q.description}`);
    for (const p of q.params) {
      const given = p.default !== undefined ? ` (default ${p.default})` : p.optional ? ' (optional)' : '';
      console.log(`    --param ${p.name}=<${p.type}>${given}  ${p.description}`);
    }
  }
  console.log('\nEntity parameters take an id, a name or any alias, Korean or English.');
}

type QueryOptions = {
  list?: boolean;
  param?: Record<string, string>;
  json?: boolean;
  csv?: boolean;
  write?: boolean;
  timeout: number;
  limit: number;
};

export function registerQuery(program: Command): void {
  program
    .command('query')
    .argument('[query]', 'a named query (see --list) or Cypher text in quotes')
    .description('run a named query or ad-hoc Cypher (read-only unless --write)')
    .option('--list', 'list the named queries and their parameters')
    .option('-p, --param <key=value>', 'a query parameter (repeatable)', collectParam)
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV')
    .option('--write', 'allow ad-hoc Cypher that changes the graph')
    .option('--timeout <seconds>', 'stop the query after this long', parsePositive, 30)
    .option('--limit <rows>', 'print at most this many rows', parseRows, 1000)
    .addHelpText(
      'after',
      `
Examples:
  kg query --list
  kg query competitors --param entity=DeepSeek
  kg query shortest-path -p from=하정우 -p to="Sam Altman" --csv
  kg query "MATCH (e:Company) RETURN e.name AS name LIMIT 5"

Named-query parameters are checked against the query's header (kg query --list); for ad-hoc
Cypher a value is read as JSON when it parses (3, true, ["a","b"]) and as text otherwise.

Exit codes: 0 ok; 1 Cypher rejected by Neo4j, timeout or Neo4j down;
2 unknown query, bad parameter, or a statement refused as not read-only (a write,
LOAD CSV, apoc.load.* and other file or network access, administration) without --write.`,
    )
    .action(async (text: string | undefined, options: QueryOptions) => {
      if (options.list) return listQueries(Boolean(options.json));
      if (!text?.trim()) throw new UsageError('give a query name or Cypher text (kg query --list shows the names)');
      if (options.json && options.csv) throw new UsageError('choose one of --json and --csv');
      const g = await graph();
      const run = {
        write: Boolean(options.write),
        timeoutMs: Math.round(options.timeout * 1000),
        limit: options.limit,
      };
      const result = await runQuery(g, text, options.param ?? {}, run);
      if (options.json) console.log(renderJson(result));
      else if (options.csv) console.log(renderCsv(result));
      else console.log(renderTable(result));
      if (result.cut?.by === 'bytes') console.error(`kg: ${result.cut.message}`);
      else if (result.truncated) console.error(`kg: showing the first ${options.limit} rows (--limit to see more)`);
    });
}
