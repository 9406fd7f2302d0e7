/**
 * A worker thread that extracts the articles it is sent and answers with counts only: the
 * benchmark measures extraction, not the cost of copying results back between threads.
 */
import { parentPort } from 'node:worker_threads';
import { extract, type RawArticle } from '../ingest/pipeline.js';

export type WorkerRequest = { articles: RawArticle[] };
export type WorkerReply = { articles: number; entities: number; relations: number };

parentPort?.on('message', async (request: WorkerRequest) => {
  let entities = 0;
  let relations = 0;
  for (const x of await Promise.all(request.articles.map((raw) => extract(raw)))) {
    entities += x.entities.length;
    relations += x.relations.length;
  }
  const reply: WorkerReply = { articles: request.articles.length, entities, relations };
  parentPort?.postMessage(reply);
});
