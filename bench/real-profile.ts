/**
 * Where Neo4j's CPU goes when it writes news-like articles (the bench's generated 5 KB ones,
 * extracted first): per statement and per server thread (JIT compiler, GC, query threads),
 * then PROFILE's db hits per operator for one chunk. A tuning tool beside write-profile.ts
 * (the skewed corpus), not part of `npm run bench`: `node --import tsx bench/real-profile.ts
 * [rounds]`; JVM flags to compare go in KG_NEO4J_JAVA_OPTS.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../graph/model.js';
import { writeExtractions } from '../graph/write.js';
import { extract } from '../ingest/pipeline.js';
import { closeSharedAnalyser } from '../ingest/text/index.js';
import { FIVE_KB, writeCorpus } from './corpus.js';
import { emptyDatabase, openDatabase } from './database.js';
import { processCpuMs, round, threadCpuMs } from './measure.js';
import { type Plan, tallyStatements } from './statement-tally.js';

const chunk = 64;
const rounds = Number(process.argv[2] ?? 4);
const hits = new Map<string, number>();
const walk = (p: Plan) => {
  const key = `${p.operatorType} ${String(p.arguments?.Details ?? '').slice(0, 70)}`;
  hits.set(key, (hits.get(key) ?? 0) + p.dbHits);
  for (const c of p.children) walk(c);
};
const shim = tallyStatements(50, (_, plan) => walk(plan));
const tally = shim.byStatement;
const byThread = (before: Map<string, number>, after: Map<string, number>, per: number) =>
  [...after]
    .map(([name, ms]) => [name, (ms - (before.get(name) ?? 0)) / per] as const)
    .filter(([, ms]) => ms >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${round(ms, 2)}`)
    .join(', ');
const dir = mkdtempSync(join(tmpdir(), 'kg-real-'));
const corpus = writeCorpus(dir, chunk * (rounds + 2), 1, FIVE_KB);
const xs: Extraction[] = [];
for (const f of corpus.files) xs.push(await extract({ source: f, text: readFileSync(f, 'utf8'), format: 'txt' }));
await closeSharedAnalyser();
console.log(
  `entities/article ${round(xs.reduce((s, x) => s + x.entities.length, 0) / xs.length, 1)}, relations ${round(xs.reduce((s, x) => s + x.relations.length, 0) / xs.length, 1)}`,
);
const db = await openDatabase({ allowRemote: false, heap: '1g' });
const pid = db.pid;
shim.pid = pid;
try {
  await emptyDatabase(db.g);
  const write = (k: number) =>
    writeExtractions(db.g, xs.slice(k * chunk, (k + 1) * chunk), { ingestedAt: '2025-06-01T00:00:00.000Z' });
  await write(0);
  tally.clear();
  const t0 = threadCpuMs(pid as number);
  const n0 = processCpuMs(pid) ?? 0;
  for (let k = 1; k <= rounds; k++) await write(k);
  const per = rounds * chunk;
  console.log(
    `Neo4j ${round(((processCpuMs(pid) ?? 0) - n0) / per, 2)} ms/article; threads ${byThread(t0, threadCpuMs(pid as number), per)}`,
  );
  for (const [key, t] of [...tally].sort((a, b) => b[1].neoMs - a[1].neoMs))
    console.log(`  ${t.runs}x ${round(t.neoMs / per, 2)} neo  ${key}`);
  shim.profile = true;
  await write(rounds + 1);
  for (const [op, h] of [...hits].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${round(h / chunk, 1)}  ${op}`);
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
