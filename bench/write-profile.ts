/**
 * Where the store's time goes, statement by statement: builds a skewed (Zipf) graph, then
 * writes new articles in chunks with every statement's Neo4j CPU (from /proc) and wall time
 * tallied by statement, and once with PROFILE for db hits per operator. A tool for tuning
 * graph/write.ts, not part of `npm run bench`: `node --import tsx bench/write-profile.ts N`.
 */
import { removeArticles } from '../graph/remove.js';
import { writeExtractions } from '../graph/write.js';
import { zipfCorpus } from './corpus-zipf.js';
import { emptyDatabase, openDatabase } from './database.js';
import { round, threadCpuMs, timed } from './measure.js';
import { type Plan, tallyStatements } from './statement-tally.js';

const n = Number(process.argv[2] ?? 2000);
const sample = Number(process.argv[3] ?? 256);
const chunks = (process.argv[4] ?? '64').split(',').map(Number);
const chunk = chunks[0] ?? 64;
const home = process.env.KG_PROFILE_HOME;

const plans: string[] = [];
const hits = new Map<string, number>();
const walk = (p: Plan) => {
  hits.set(p.operatorType, (hits.get(p.operatorType) ?? 0) + p.dbHits);
  for (const c of p.children) walk(c);
};
const shim = tallyStatements(60, (key, plan) => {
  plans.push(key);
  walk(plan);
});
const tally = shim.byStatement;

const db = await openDatabase({ allowRemote: false, heap: '1g', ...(home ? { home } : {}) });
const pid = db.pid;
shim.pid = pid;
try {
  const corpus = zipfCorpus(n + (3 + chunks.length) * sample);
  await emptyDatabase(db.g);
  const write = async (from: number, count: number, size: number) => {
    for (let i = from; i < from + count; i += size) {
      const xs = Array.from({ length: Math.min(size, from + count - i) }, (_, k) => corpus.article(i + k));
      const results = await writeExtractions(db.g, xs, { ingestedAt: '2025-06-01T00:00:00.000Z' });
      const failed = results.find((r) => r instanceof Error);
      if (failed) throw failed;
    }
  };
  const [, build] = await timed(pid, () => write(0, n, chunk));
  console.log(
    `build ${n}: ${round(build.wallMs / n, 2)} ms/article wall, Node ${round(build.cpuMs / n, 2)}, Neo4j ${round((build.neo4jCpuMs ?? 0) / n, 2)} CPU ms/article`,
  );
  await write(n, sample, chunk); // warm-up: plans
  tally.clear();
  const threads = threadCpuMs(pid as number);
  const [, added] = await timed(pid, () => write(n + sample, sample, chunk));
  console.log(
    `new ${sample} in chunks of ${chunk}: ${round(added.wallMs / sample, 2)} ms/article wall, Node ${round(added.cpuMs / sample, 2)}, Neo4j ${round((added.neo4jCpuMs ?? 0) / sample, 2)} CPU ms/article`,
  );
  const after = threadCpuMs(pid as number);
  const byThread = [...after]
    .map(([name, ms]) => [name, (ms - (threads.get(name) ?? 0)) / sample] as const)
    .filter(([, ms]) => ms >= 0.05)
    .sort((a, b) => b[1] - a[1]);
  console.log(`  Neo4j CPU ms/article by thread: ${byThread.map(([k, v]) => `${k} ${round(v, 2)}`).join(', ')}`);
  for (const [key, t] of [...tally].sort((a, b) => b[1].neoMs - a[1].neoMs))
    console.log(`  ${t.runs}x ${round(t.wallMs / sample, 2)} wall ${round(t.neoMs / sample, 2)} neo  ${key}`);
  const ids = Array.from({ length: sample }, (_, k) => corpus.article(n + sample + k).article.id);
  for (const k of [0, 1, 2]) {
    const [, removed] = await timed(pid, () => removeArticles(db.g, ids.slice(k, k + 1)));
    console.log(`remove one: ${removed.wallMs} ms wall, Neo4j ${removed.neo4jCpuMs} CPU ms`);
  }
  for (const [j, size] of chunks.entries()) {
    const from = n + (3 + j) * sample;
    const [, t] = await timed(pid, () => write(from, sample, size));
    console.log(
      `new ${sample} in chunks of ${size}: Neo4j ${round((t.neo4jCpuMs ?? 0) / sample, 2)} CPU ms/article, Node ${round(t.cpuMs / sample, 2)}, wall ${round(t.wallMs / sample, 2)}`,
    );
  }
  shim.profile = true;
  await write(n + 2 * sample, chunk, chunk);
  const perArticle = [...hits].sort((a, b) => b[1] - a[1]).map(([op, h]) => `${op} ${round(h / chunk, 1)}`);
  console.log(`db hits per article (${plans.length} statements): ${perArticle.join(', ')}`);
} finally {
  await db.close();
}
