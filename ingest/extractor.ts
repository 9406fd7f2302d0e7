/**
 * Extraction for a batch, off the main thread: one worker thread extracts a chunk while the
 * main thread writes the one before to Neo4j, so the Node CPU of extraction and Neo4j's CPU
 * overlap instead of taking turns. A batch of one chunk, or one given its own analyser,
 * extracts in this thread (a worker would only add its start-up).
 */
import { Worker } from 'node:worker_threads';
import { JvmError } from '../graph/jvm.js';
import type { Extracted, ExtractReply, ExtractRequest } from './extract-worker.js';
import { extract } from './pipeline.js';
import type { Analyser } from './text/index.js';
import type { RawArticle } from './types.js';

export type Extractor = {
  /** Each article's extraction, or the error that stopped it (JvmError: no article can be analysed). */
  extract(articles: RawArticle[]): Promise<PromiseSettledResult<Awaited<ReturnType<typeof extract>>>[]>;
  close(): Promise<void>;
};

export function inThread(analyser?: Analyser): Extractor {
  return {
    extract: (articles) => Promise.allSettled(articles.map((raw) => extract(raw, analyser))),
    close: async () => {},
  };
}

/**
 * Where the worker's module is: next to this one. Run from TypeScript (tsx, jest), the worker
 * registers tsx before loading it, as Node does not pass loader hooks on to workers.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.js')) return new Worker(new URL('./extract-worker.js', here));
  // jest's module system has no import.meta.resolve; the worker then resolves from the working directory
  const tsx = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const entry = new URL('./extract-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true });
}

function settle(result: Extracted): PromiseSettledResult<Awaited<ReturnType<typeof extract>>> {
  if (result.ok) return { status: 'fulfilled', value: result.extraction };
  const reason = result.jvmCode ? new JvmError(result.message, result.jvmCode) : new Error(result.message);
  return { status: 'rejected', reason };
}

export function inWorker(): Extractor {
  const worker = startWorker();
  const waiting = new Map<number, { resolve: (reply: ExtractReply) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed = error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: ExtractReply) => {
    waiting.get(reply.id)?.resolve(reply);
    waiting.delete(reply.id);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the extraction worker stopped (exit code ${code})`)));
  const ask = (request: ExtractRequest) =>
    new Promise<ExtractReply>((resolve, reject) => {
      if (failed) return reject(failed);
      waiting.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  return {
    extract: async (articles) => (await ask({ id: next++, articles })).results.map(settle),
    close: async () => {
      if (!failed) await ask({ id: next++, stop: true }).catch(() => undefined);
      failed ??= new Error('the extraction worker was closed');
      await worker.terminate();
    },
  };
}
