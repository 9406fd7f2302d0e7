/**
 * Ingests a batch of inputs, a chunk at a time: a chunk is loaded, its known articles
 * skipped, the rest extracted (in a worker thread, extractor.ts) while the chunk before is
 * written in one transaction. One bad input fails alone and the rest still go in.
 */
import { Neo4jError } from 'neo4j-driver';
import { type Graph, Neo4jUnavailableError } from '../graph/driver.js';
import { JvmError } from '../graph/jvm.js';
import type { Extraction } from '../graph/model.js';
import { knownArticleIds } from '../graph/read.js';
import { emptyResult, type WriteResult, writeExtractions } from '../graph/write.js';
import { type Extractor, inThread, inWorker } from './extractor.js';
import { expandInputs, loadInput, type Skipped } from './load/index.js';
import { articleIdOf, type RawArticle } from './pipeline.js';
import type { Analyser } from './text/index.js';

export type Outcome =
  | ({ input: string; status: 'new' | 'changed' | 'unchanged' } & Omit<WriteResult, 'status'>)
  | { input: string; status: 'failed'; error: string };

export type BatchSummary = {
  outcomes: Outcome[];
  /** Files inside folders that were not read (other formats, symbolic links), with the reason. */
  skipped: Skipped[];
  /** Set when the batch stopped early (Neo4j went away); the inputs not reached are failures. */
  stopped?: string;
  counts: Record<'new' | 'changed' | 'unchanged' | 'failed', number>;
  entitiesCreated: number;
  entitiesUpdated: number;
  relationsCreated: number;
  relationsUpdated: number;
};

export type BatchOptions = {
  maxBytes?: number;
  timeoutMs?: number;
  onStart?: (total: number) => void;
  onOutcome?: (outcome: Outcome, done: number, total: number) => void;
  /** The analyser of the whole batch; the process's shared one by default. */
  analyser?: Analyser;
};

/** Expands files, folders and URLs; an argument that names nothing becomes a failure, not an abort. */
export async function listInputs(
  args: readonly string[],
): Promise<{ inputs: string[]; failures: Outcome[]; skipped: Skipped[] }> {
  const inputs: string[] = [];
  const failures: Outcome[] = [];
  const skipped: Skipped[] = [];
  for (const arg of args) {
    try {
      const expanded = await expandInputs([arg]);
      inputs.push(...expanded.inputs);
      skipped.push(...expanded.skipped);
    } catch (error) {
      failures.push({ input: arg, status: 'failed', error: describe(error) });
    }
  }
  return { inputs: [...new Set(inputs)], failures, skipped };
}

/** Losing the server is nobody's input's fault: the batch stops and says what went in. */
function isConnectionLost(error: unknown): boolean {
  if (error instanceof Neo4jUnavailableError) return true;
  return error instanceof Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired');
}

/** Inputs are loaded a chunk at a time so one read query tells which articles are already in. */
export const CHUNK = 64;

export async function ingestBatch(
  g: Graph,
  args: readonly string[],
  options: BatchOptions = {},
): Promise<BatchSummary> {
  const { inputs, failures, skipped } = await listInputs(args);
  const outcomes: Outcome[] = [...failures];
  const total = inputs.length + failures.length;
  options.onStart?.(total);
  for (const [i, f] of failures.entries()) options.onOutcome?.(f, i + 1, total);
  const report = (outcome: Outcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome, outcomes.length, total);
  };
  const chunks = Array.from({ length: Math.ceil(inputs.length / CHUNK) }, (_, k) =>
    inputs.slice(k * CHUNK, (k + 1) * CHUNK),
  );
  // A worker pays off when there is a next chunk to extract while one is written.
  const extractor = options.analyser || chunks.length < 2 ? inThread(options.analyser) : inWorker();
  const prepare = (k: number) => {
    const ready = prepareChunk(g, chunks[k] ?? [], options, extractor);
    ready.catch(() => undefined); // awaited in turn below; until then it must not go unhandled
    return ready;
  };
  try {
    let next = chunks.length ? prepare(0) : undefined;
    for (let k = 0; k < chunks.length; k++) {
      const chunk = chunks[k] ?? [];
      const settled = new Set<string>();
      const settle = (outcome: Outcome) => {
        settled.add(outcome.input);
        report(outcome);
      };
      try {
        const ready = await (next as Promise<Prepared>);
        next = k + 1 < chunks.length ? prepare(k + 1) : undefined;
        await writeChunk(g, ready, settle);
      } catch (error) {
        if (!isConnectionLost(error)) throw error;
        const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        // the driver's sentence about encryption settings is noise here; its cause is the news
        const why = `lost the connection to Neo4j (${/Caused by: (.*)$/.exec(message)?.[1] ?? message})`;
        for (const input of [...chunk.filter((x) => !settled.has(x)), ...chunks.slice(k + 1).flat()])
          report({ input, status: 'failed', error: `not ingested: ${why}` });
        return { ...summarise(outcomes, skipped), stopped: why };
      }
    }
  } finally {
    await extractor.close();
  }
  return summarise(outcomes, skipped);
}

/** A chunk ready to write: the outcomes known before writing, in input order, and the extractions. */
type Prepared = { before: Outcome[]; fresh: { input: string; extraction: Extraction }[] };

async function prepareChunk(
  g: Graph,
  inputs: string[],
  options: BatchOptions,
  extractor: Extractor,
): Promise<Prepared> {
  const loaded = await Promise.all(inputs.map((input) => loadOne(input, options)));
  const known = await knownArticleIds(
    g,
    loaded.flatMap((l) => ('raw' in l ? [l.id] : [])),
  );
  const toExtract = loaded.flatMap((item) => ('raw' in item && !known.has(item.id) ? [item] : []));
  // all of the chunk's articles go to the analyser at once: the Korean process works while Node extracts
  const extracted = new Map(
    (await extractor.extract(toExtract.map((item) => item.raw))).map((result, k) => [toExtract[k]?.input, result]),
  );
  const prepared: Prepared = { before: [], fresh: [] };
  for (const item of loaded) {
    const result = extracted.get(item.input);
    if (!('raw' in item)) prepared.before.push(item);
    else if (known.has(item.id))
      prepared.before.push({ input: item.input, ...emptyResult(item.id), status: 'unchanged' });
    else if (result?.status === 'fulfilled') prepared.fresh.push({ input: item.input, extraction: result.value });
    else {
      const error: unknown = result?.status === 'rejected' ? result.reason : undefined;
      // without Java no article can be analysed: stop with that one reason, not one failure per input
      if (error instanceof JvmError) throw error;
      prepared.before.push({ input: item.input, status: 'failed', error: describe(error) });
    }
  }
  return prepared;
}

async function writeChunk(g: Graph, ready: Prepared, report: (outcome: Outcome) => void): Promise<void> {
  for (const outcome of ready.before) report(outcome);
  const written = await writeExtractions(
    g,
    ready.fresh.map((f) => f.extraction),
  );
  written.forEach((result, i) => {
    const input = ready.fresh[i]?.input ?? '';
    if (result instanceof Error) report({ input, status: 'failed', error: describe(result) });
    else {
      const { status, ...rest } = result;
      report({ input, status, ...rest });
    }
  });
}

type Loaded = { input: string; raw: RawArticle; id: string };

async function loadOne(input: string, options: BatchOptions): Promise<Loaded | Outcome> {
  try {
    const raw = await loadInput(input, { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs });
    return { input, raw, id: articleIdOf(raw) };
  } catch (error) {
    return { input, status: 'failed', error: describe(error) };
  }
}

/** The reason only: the outcome names the input beside it. */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function summarise(outcomes: Outcome[], skipped: Skipped[] = []): BatchSummary {
  const counts = { new: 0, changed: 0, unchanged: 0, failed: 0 };
  const summary: BatchSummary = {
    outcomes,
    skipped,
    counts,
    entitiesCreated: 0,
    entitiesUpdated: 0,
    relationsCreated: 0,
    relationsUpdated: 0,
  };
  for (const o of outcomes) {
    counts[o.status]++;
    if (o.status === 'failed') continue;
    summary.entitiesCreated += o.entitiesCreated;
    summary.entitiesUpdated += o.entitiesUpdated;
    summary.relationsCreated += o.relationsCreated;
    summary.relationsUpdated += o.relationsUpdated;
  }
  return summary;
}
