/**
 * Morphological analysis, one interface for both languages: Korean through Lucene Nori (one
 * long-lived JVM per run, ingest/text/nori.ts), English through wink-nlp (in process,
 * ingest/text/english.ts). Tokens carry offsets into the normalised text, so every later stage
 * can map a token back to the characters and the sentence it came from.
 */
import type { Lang } from '../../graph/model.js';
import { analyseEnglish } from './english.js';
import { type NoriOptions, NoriProcess } from './nori.js';
import type { Token } from './token.js';

export { KO_TAGS, type KoTag, type Pos, PosSchema, type Token, TokenSchema, UPOS_TAGS, type Upos } from './token.js';

export interface Analyser {
  /** Tokens of `text`, sorted by start (ties keep the morphemes' order). */
  analyse(text: string, lang: Lang): Promise<Token[]>;
  /** Ends the Korean process, if it was started; the analyser must not be used afterwards. */
  close(): Promise<void>;
  /** The Korean processes this analyser has started: one for a whole run. */
  pids(): number[];
}

export type AnalyserOptions = NoriOptions;

/** An analyser whose Korean process starts on the first Korean text, not before. */
export function createAnalyser(options: AnalyserOptions = {}): Analyser {
  let nori: NoriProcess | undefined;
  const pids: number[] = [];
  return {
    analyse(text, lang) {
      if (lang === 'en') return Promise.resolve(analyseEnglish(text));
      nori ??= new NoriProcess(options, (pid) => pids.push(pid));
      return nori.analyse(text);
    },
    async close() {
      await nori?.close();
      nori = undefined;
    },
    pids: () => [...pids],
  };
}

let shared: Analyser | undefined;

/**
 * The analyser of this process, for callers that do not manage their own: one Korean JVM for a
 * whole `kg extract` or `kg ingest` run. Its process is ended when Node exits.
 */
export function sharedAnalyser(): Analyser {
  shared ??= createAnalyser();
  return shared;
}

export async function closeSharedAnalyser(): Promise<void> {
  const current = shared;
  shared = undefined;
  await current?.close();
}
