/**
 * Latency of every named query of queries/library on the largest graph, with parameters
 * drawn from that graph (its best-connected entities), so every query has work to do.
 */
import { type Graph, readTx } from '../graph/driver.js';
import { loadLibrary, type NamedQuery, runNamed } from '../queries/library.js';
import { percentile, round } from './measure.js';

export type QueryLatency =
  | { name: string; runs: number; rows: number; p50Ms: number; p95Ms: number; maxMs: number }
  | { name: string; error: string };

type Picks = { hubs: string[]; pairs: [string, string][]; countries: string[]; employers: string[] };

async function picks(g: Graph): Promise<Picks> {
  return readTx(g, async (tx) => {
    const ids = async (cypher: string) => (await tx.run(cypher)).records.map((r) => String(r.get('id')));
    const hubs = await ids(
      'MATCH (e:Entity) WHERE NOT e:Country RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, id LIMIT 10',
    );
    const countries = await ids('MATCH (e:Country) RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, id LIMIT 3');
    const employers = await ids(
      'MATCH (:Person)-[:WORKS_FOR]->(e) RETURN e.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 5',
    );
    const pairs = (
      await tx.run(
        `MATCH (a:Entity)-[r:COMPETES_WITH|INVESTS_IN]->(b:Entity)
         RETURN a.id AS a, b.id AS b ORDER BY r.articles DESC, a, b LIMIT 10`,
      )
    ).records.map((r): [string, string] => [String(r.get('a')), String(r.get('b'))]);
    return { hubs, pairs, countries, employers };
  });
}

/** Parameters for run i of a query: by parameter type, and by name where the type says too little. */
function paramsFor(query: NamedQuery, p: Picks, i: number): Record<string, unknown> {
  const entities = query.params.filter((s) => s.type === 'entity');
  const pair = p.pairs[i % Math.max(1, p.pairs.length)];
  const values: Record<string, unknown> = {};
  for (const spec of query.params) {
    if (spec.optional || spec.default !== undefined) continue;
    if (spec.type === 'date') values[spec.name] = spec.name === 'from' ? '2024-03-01' : '2024-05-31';
    else if (spec.type === 'entity') {
      const slot = entities.indexOf(spec);
      if (spec.name === 'country') values[spec.name] = p.countries[i % p.countries.length];
      else if (query.name === 'people') values[spec.name] = p.employers[i % p.employers.length];
      else if (entities.length > 1 && pair) values[spec.name] = pair[slot] ?? pair[0];
      else values[spec.name] = p.hubs[i % p.hubs.length];
    }
  }
  return values;
}

export async function benchQueries(g: Graph, runs: number): Promise<QueryLatency[]> {
  const chosen = await picks(g);
  const out: QueryLatency[] = [];
  for (const query of loadLibrary().values()) {
    const times: number[] = [];
    let rows = 0;
    try {
      // Two untimed runs first: plan caching and page-cache warm-up are not what users wait for.
      for (let i = -2; i < runs; i++) {
        const started = performance.now();
        const result = await runNamed(g, query.name, paramsFor(query, chosen, Math.max(0, i)));
        if (i >= 0) times.push(performance.now() - started);
        rows = result.rows.length;
      }
    } catch (error) {
      // One broken query is a finding to report, not a reason to lose the rest of the run.
      out.push({ name: query.name, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    times.sort((a, b) => a - b);
    out.push({
      name: query.name,
      runs,
      rows,
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      maxMs: round(times[times.length - 1] ?? Number.NaN),
    });
  }
  return out;
}
