/**
 * A worker thread that extracts the articles it is sent and answers with counts only: the
 * benchmark measures extraction, not the cost of copying results back between threads. The
 * reply names the worker's Korean analyser process, so the benchmark can count its CPU too.
 */
import { parentPort } from 'node:worker_threads';
import { extract, type RawArticle } from '../ingest/pipeline.js';
import { sharedAnalyser } from '../ingest/text/index.js';

export type WorkerRequest = { articles: RawArticle[] };
export type WorkerReply = { articles: number; entities: number; relations: number; analyserPids: number[] };

parentPort?.on('message', async (request: WorkerRequest) => {
  let entities = 0;
  let relations = 0;
  for (const x of await Promise.all(request.articles.map((raw) => extract(raw)))) {
    entities += x.entities.length;
    relations += x.relations.length;
  }
  const reply: WorkerReply = {
    articles: request.articles.length,
    entities,
    relations,
    analyserPids: sharedAnalyser().pids(),
  };
  parentPort?.postMessage(reply);
});
