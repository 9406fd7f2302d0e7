/**
 * The worker thread of ingest/extractor.ts: it extracts the articles it is sent and answers
 * with each one's extraction or error, so `kg ingest` extracts the next chunk on another core
 * while the main thread writes the current one to Neo4j. The worker has its own analyser (its
 * own Korean analyser process), closed when the worker is told to stop.
 */
import { parentPort } from 'node:worker_threads';
import { JvmError } from '../graph/jvm.js';
import type { Extraction } from '../graph/model.js';
import { extract } from './pipeline.js';
import { closeSharedAnalyser } from './text/index.js';
import type { RawArticle } from './types.js';

export type ExtractRequest = { id: number; articles: RawArticle[] } | { id: number; stop: true };
export type Extracted = { ok: true; extraction: Extraction } | { ok: false; message: string; jvmCode?: string };
export type ExtractReply = { id: number; results: Extracted[] };

function describe(error: unknown): Extracted {
  if (error instanceof JvmError) return { ok: false, message: error.message, jvmCode: error.code };
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}

parentPort?.on('message', async (request: ExtractRequest) => {
  if ('stop' in request) {
    await closeSharedAnalyser();
    parentPort?.postMessage({ id: request.id, results: [] } satisfies ExtractReply);
    return;
  }
  const settled = await Promise.allSettled(request.articles.map((raw) => extract(raw)));
  const results = settled.map(
    (s): Extracted => (s.status === 'fulfilled' ? { ok: true, extraction: s.value } : describe(s.reason)),
  );
  parentPort?.postMessage({ id: request.id, results } satisfies ExtractReply);
});
