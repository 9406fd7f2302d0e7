#!/usr/bin/env node
// Per-relation-type precision and recall, from score.mjs's --json output and the gold files:
// score.mjs sums the core and the extended types; the issues ask for each type on its own.
//   node eval/by-type.mjs --cmd "node dist/bin/kg.js extract {} --json" eval/real/r1*.gold.json
//   node eval/by-type.mjs --dist dist eval/real/r1*.gold.json   (same scores, one process: seconds)
// --json FILE also writes score.mjs's per-article output (misses, spurious) to FILE.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAll } from './extract-all.mjs';

const score = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'eval', 'score.mjs');
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const golds = argv.filter((a, i) => a.endsWith('.gold.json') && !['--cmd', '--dist', '--json'].includes(argv[i - 1]));
const dist = option('--dist');
const cache = dist ? mkdtempSync(join(tmpdir(), 'kg-by-type-')) : undefined;
if (dist) await extractAll(dist, cache, golds);
const cmd = dist ? `cat "${cache}/$(basename {}).json"` : option('--cmd');
const out = JSON.parse(
  execFileSync('node', [score, '--json', '--cmd', cmd, ...golds], { encoding: 'utf8', maxBuffer: 1 << 26 }),
);
if (cache) rmSync(cache, { recursive: true, force: true });
if (option('--json')) writeFileSync(option('--json'), JSON.stringify(out, null, 1));
const TYPES = ['COMPETES_WITH', 'REGULATES', 'INVESTS_IN', 'DEVELOPS', 'WORKS_FOR', 'BASED_IN'];
const t = Object.fromEntries(TYPES.map((k) => [k, { required: 0, missed: 0, spurious: 0 }]));
for (const g of golds)
  for (const r of JSON.parse(readFileSync(g, 'utf8')).relations ?? [])
    if (!r.optional && t[r.type]) t[r.type].required++;
for (const a of out.perArticle) {
  for (const m of a.misses.relations) t[m.split(':')[0]] && t[m.split(':')[0]].missed++;
  for (const m of a.misses.spurious) t[m.split(':')[0]] && t[m.split(':')[0]].spurious++;
}
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');
console.log('type            req  found  recall  precision');
for (const [k, c] of Object.entries(t)) {
  const tp = c.required - c.missed;
  console.log(
    `${k.padEnd(15)} ${String(c.required).padStart(3)}  ${String(tp).padStart(5)}  ${f(tp / c.required).padStart(6)}  ${f(tp / (tp + c.spurious)).padStart(9)}`,
  );
}
for (const [k, v] of Object.entries(out.summary))
  console.log(`${k.padEnd(19)} P ${f(v.precision)}  R ${f(v.recall)}  F1 ${f(v.f1)}`);
