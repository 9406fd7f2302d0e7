/**
 * Neo4j's CPU per article when the writer writes news-like articles (the bench's generated 5 KB
 * ones, extracted once and cached in a temporary file so that runs compare the writer alone):
 * WARM chunks of 64 (KG_PROFILE_CHUNK), then ROUNDS measured chunks, with Neo4j's CPU by thread and by statement
 * (pipelined statements are charged from the previous one's answer to their own); JFR=FILE
 * records a Java Flight Recorder profile of the measured chunks, KG_PLAN=1 prints a PROFILE of
 * one more chunk. A tuning tool, not part of `npm run bench`:
 * `node --import tsx bench/chunk-profile.ts [WARM] [ROUNDS] [JFR]`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const chunk = Number(process.env.KG_PROFILE_CHUNK ?? 64);
const warm = Number(process.argv[2] ?? 4);
const rounds = Number(process.argv[3] ?? 4);
const jfr = process.argv[4];
const cache = process.env.KG_PROFILE_EXTRACTIONS ?? join(tmpdir(), 'kg-chunk-profile.json');
if (!existsSync(cache)) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-chunk-profile-'));
  const corpus = writeCorpus(dir, chunk * 11, 1, FIVE_KB);
  const out: Extraction[] = [];
  for (const f of corpus.files) out.push(await extract({ source: f, text: readFileSync(f, 'utf8'), format: 'txt' }));
  await closeSharedAnalyser();
  writeFileSync(cache, JSON.stringify(out));
  rmSync(dir, { recursive: true, force: true });
}
const xs: Extraction[] = JSON.parse(readFileSync(cache, 'utf8'));
const lines: string[] = [];
const walk = (p: Plan, d: number) => {
  lines.push(
    `${'  '.repeat(d)}${p.operatorType} rows=${p.rows} hits=${p.dbHits} ${String(p.arguments?.Details ?? '')
      .replace(/\s+/g, ' ')
      .slice(0, 90)}`,
  );
  for (const c of p.children) walk(c, d + 1);
};
const shim = tallyStatements(50, (key, plan) => {
  lines.push(`== ${key}`);
  walk(plan, 1);
});
const tally = shim.byStatement;
const db = await openDatabase({
  allowRemote: false,
  heap: '1g',
  ...(process.env.KG_PROFILE_HOME ? { home: process.env.KG_PROFILE_HOME } : {}),
});
const pid = db.pid;
shim.pid = pid;
try {
  await emptyDatabase(db.g);
  const write = async (k: number) => {
    const r = await writeExtractions(db.g, xs.slice(k * chunk, (k + 1) * chunk), {
      ingestedAt: '2025-06-01T00:00:00.000Z',
    });
    const bad = r.find((x) => x instanceof Error);
    if (bad) throw bad;
  };
  for (let k = 0; k < warm; k++) await write(k);
  tally.clear();
  if (jfr) execFileSync('jcmd', [String(pid), 'JFR.start', 'name=kg', 'settings=profile', `filename=${jfr}`]);
  const t0 = threadCpuMs(pid as number);
  const n0 = processCpuMs(pid) ?? 0;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (let k = warm; k < warm + rounds; k++) await write(k);
  const per = rounds * chunk;
  const wall = performance.now() - w0;
  if (jfr) execFileSync('jcmd', [String(pid), 'JFR.stop', 'name=kg']);
  const t1 = threadCpuMs(pid as number);
  const node = process.cpuUsage(c0);
  console.log(
    `Neo4j ${round(((processCpuMs(pid) ?? 0) - n0) / per, 2)} ms/article, Node ${round((node.user + node.system) / 1000 / per, 2)}, wall ${round(wall / per, 2)}`,
  );
  console.log(
    '  threads',
    [...t1]
      .map(([k, v]) => [k, (v - (t0.get(k) ?? 0)) / per] as const)
      .filter(([, v]) => v >= 0.1)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${round(v, 2)}`)
      .join(', '),
  );
  for (const [key, t] of [...tally].sort((a, b) => b[1].neoMs - a[1].neoMs))
    console.log(`  ${t.runs}x ${round(t.neoMs / per, 2)} neo  ${key}`);
  if (process.env.KG_PLAN) {
    shim.profile = true;
    await write(warm + rounds);
    console.log(lines.join('\n'));
  }
} finally {
  await db.close();
}
