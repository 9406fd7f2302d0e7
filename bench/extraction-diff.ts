/**
 * Proves that a change meant only to speed extraction up left its output alone: extracts the
 * real articles (eval/real/*.txt, restored each session) and the bench's 5 KB articles with a
 * base build (e.g. main's dist) and with this tree, and compares the JSON article by article.
 * A tool for performance work beside real-profile.ts, not part of `npm run bench`:
 *   node --import tsx bench/extraction-diff.ts BASE_DIST [--candidate DIST] [--articles N] [--out DIR]
 * BASE_DIST is a built dist/ folder (`npm run build` in a worktree of the base commit); the
 * candidate is this source tree unless --candidate names another dist. Exit 1 when any differs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Extraction } from '../graph/model.js';
import type { RawArticle } from '../ingest/types.js';
import { FIVE_KB, writeCorpus } from './corpus.js';

type Build = {
  extract: (raw: RawArticle) => Promise<Extraction>;
  closeSharedAnalyser: () => Promise<void>;
};

async function load(root: string | undefined): Promise<Build> {
  const at = (file: string) =>
    root
      ? pathToFileURL(join(resolve(root), file.replace(/\.ts$/, '.js'))).href
      : new URL(`../${file}`, import.meta.url).href;
  const pipeline = await import(at('ingest/pipeline.ts'));
  const text = await import(at('ingest/text/index.ts'));
  return { extract: pipeline.extract, closeSharedAnalyser: text.closeSharedAnalyser };
}

/** Extracts every article in chunks (as ingest does), so both builds see the same concurrency. */
async function extractAll(build: Build, articles: RawArticle[]): Promise<string[]> {
  const out: string[] = [];
  try {
    for (let k = 0; k < articles.length; k += 64)
      for (const x of await Promise.all(articles.slice(k, k + 64).map((a) => build.extract(a))))
        out.push(JSON.stringify(x, null, 1));
  } finally {
    await build.closeSharedAnalyser();
  }
  return out;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    candidate: { type: 'string' },
    articles: { type: 'string', default: '2000' },
    out: { type: 'string' },
  },
});
const base = positionals[0];
if (!base) {
  console.error(
    'usage: node --import tsx bench/extraction-diff.ts BASE_DIST [--candidate DIST] [--articles N] [--out DIR]',
  );
  process.exit(2);
}
const realDir = new URL('../eval/real/', import.meta.url).pathname;
const real = readdirSync(realDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(realDir, f));
const corpusDir = mkdtempSync(join(tmpdir(), 'kg-diff-'));
const corpus = writeCorpus(corpusDir, Number(values.articles), 1, FIVE_KB);
const articles: RawArticle[] = [...real, ...corpus.files].map((source) => ({
  // the same source string for both builds, so only extraction can differ
  source: real.includes(source) ? `real/${basename(source)}` : `bench/${basename(source)}`,
  text: readFileSync(source, 'utf8'),
  format: 'txt',
}));
rmSync(corpusDir, { recursive: true, force: true });
console.log(`${articles.length} articles: ${real.length} real, ${corpus.files.length} from the bench corpus`);

const before = await extractAll(await load(base), articles);
const after = await extractAll(await load(values.candidate), articles);
const differing = articles.map((a, i) => (before[i] === after[i] ? '' : a.source)).filter(Boolean);
if (values.out) {
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'base.json'), `[${before.join(',\n')}]\n`);
  writeFileSync(join(values.out, 'candidate.json'), `[${after.join(',\n')}]\n`);
}
if (differing.length === 0) {
  console.log(`identical: all ${articles.length} extractions are byte for byte the same`);
} else {
  console.log(`${differing.length} of ${articles.length} extractions differ: ${differing.slice(0, 20).join(', ')}`);
  process.exitCode = 1;
}
