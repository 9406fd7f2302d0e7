#!/usr/bin/env node
// Extracts every article beside the given gold files in ONE process (one Korean analyser for
// all), with a built dist/, and writes each extraction as `kg extract --json` prints it. Scoring
// 185 articles through `kg extract` starts a JVM per article (~7 min on this machine); this
// takes seconds, so builders can score the whole corpus after every change. Used by by-type.mjs
// (--dist); on its own:  node eval/extract-all.mjs DIST OUTDIR GOLD.json...
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Extracts the article of each gold file into outDir/<article file name>.json. */
export async function extractAll(dist, outDir, golds) {
  const at = (file) => import(pathToFileURL(join(resolve(dist), file)).href);
  const { loadInput } = await at('ingest/load/index.js');
  const { extract } = await at('ingest/pipeline.js');
  const { sharedAnalyser, closeSharedAnalyser } = await at('ingest/text/index.js');
  mkdirSync(outDir, { recursive: true });
  const articles = golds.map((g) => g.replace(/\.gold\.json$/, '.txt'));
  try {
    for (let k = 0; k < articles.length; k += 16)
      await Promise.all(
        articles.slice(k, k + 16).map(async (a) => {
          const x = await extract(await loadInput(a, { maxBytes: 5 << 20, timeoutMs: 20_000 }), sharedAnalyser());
          writeFileSync(join(outDir, `${basename(a)}.json`), `${JSON.stringify(x, null, 2)}\n`);
        }),
      );
  } finally {
    await closeSharedAnalyser();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dist, outDir, ...golds] = process.argv.slice(2);
  await extractAll(dist, outDir, golds);
}
