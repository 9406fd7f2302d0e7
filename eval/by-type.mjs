#!/usr/bin/env node
// Per-relation-type precision and recall, from score.mjs's --json output and the gold files:
// score.mjs sums the core and the extended types; the issues ask for each type on its own.
//   node eval/by-type.mjs --cmd "node dist/bin/kg.js extract {} --json" eval/real/r1*.gold.json
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const score = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'eval', 'score.mjs');
const args = process.argv.slice(2);
const golds = args.filter((a, i) => a.endsWith('.gold.json') && args[i - 1] !== '--cmd');
const out = JSON.parse(execFileSync('node', [score, '--json', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }));
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
