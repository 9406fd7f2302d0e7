#!/usr/bin/env node
// False-merge check of the spelling-variant key (ingest/entities/variant.ts), after `npm run build`:
//   node eval/variant-check.mjs eval/real/*.gold.json
// 1. lexicon: keys that two entries share (those keys merge nothing);
// 2. gold: pairs of different entities of one article whose forms share a key (false merges);
// 3. gold: forms of one entity that the key joins though they are written differently.
import { readFileSync } from 'node:fs';
import { variantKey } from '../dist/ingest/entities/variant.js';
import { ENTITIES } from '../dist/ingest/lexicon.js';

const byKey = new Map();
for (const e of ENTITIES.values())
  for (const f of [...e.ko, ...e.en]) {
    const k = variantKey(f);
    if (k) byKey.set(k, (byKey.get(k) ?? new Set()).add(e.id));
  }
const shared = [...byKey].filter(([, ids]) => ids.size > 1);
console.log(`lexicon: ${ENTITIES.size} entries, ${byKey.size} keys, ${shared.length} shared by two or more`);
for (const [k, ids] of shared) console.log(`  ${k}: ${[...ids].join(' ')}`);

const written = (f) =>
  f
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.·-]/g, '');
const falseMerges = [];
const joined = [];
for (const path of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(path, 'utf8'));
  const ents = gold.entities.map((e) => [e.name, ...(e.aliases ?? [])]);
  ents.forEach((forms, i) => {
    const keys = new Map();
    for (const f of forms) {
      const k = variantKey(f);
      if (!k) continue;
      if (keys.has(k) && written(keys.get(k)) !== written(f)) joined.push(`${keys.get(k)} ~ ${f}`);
      else keys.set(k, f);
    }
    for (const other of ents.slice(i + 1))
      for (const f of other)
        if (keys.has(variantKey(f)) && variantKey(f))
          falseMerges.push(`${gold.article}: ${keys.get(variantKey(f))} ~ ${f}`);
  });
}
console.log(`gold: ${falseMerges.length} false merges within an article`);
for (const x of falseMerges) console.log(`  ${x}`);
console.log(`gold: ${joined.length} pairs of one entity's forms joined: ${joined.slice(0, 12).join(' | ')} …`);
