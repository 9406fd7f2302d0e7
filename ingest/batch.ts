/**
 * Ingests a batch of inputs: each article is loaded, extracted and written in its own
 * transaction, so one bad input fails alone and the rest still go in.
 */
import type { Graph } from '../graph/driver.js';
import { JvmError } from '../graph/jvm.js';
import type { Extraction } from '../graph/model.js';
import { knownArticleIds } from '../graph/read.js';
import { emptyResult, type WriteResult, writeExtractions } from '../graph/write.js';
import { expandInputs, InputError, loadInput } from './load/index.js';
import { articleIdOf, extract, type RawArticle } from './pipeline.js';
import { type Analyser, sharedAnalyser } from './text/index.js';

export type Outcome =
  | ({ input: string; status: 'new' | 'changed' | 'unchanged' } & Omit<WriteResult, 'status'>)
  | { input: string; status: 'failed'; error: string };

export type BatchSummary = {
  outcomes: Outcome[];
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
export async function listInputs(args: readonly string[]): Promise<{ inputs: string[]; failures: Outcome[] }> {
  const inputs: string[] = [];
  const failures: Outcome[] = [];
  for (const arg of args) {
    try {
      inputs.push(...(await expandInputs([arg])));
    } catch (error) {
      failures.push({ input: arg, status: 'failed', error: describe(error) });
    }
  }
  return { inputs: [...new Set(inputs)], failures };
}

/** Inputs are loaded a chunk at a time so one read query tells which articles are already in. */
const CHUNK = 64;

export async function ingestBatch(
  g: Graph,
  args: readonly string[],
  options: BatchOptions = {},
): Promise<BatchSummary> {
  const { inputs, failures } = await listInputs(args);
  const outcomes: Outcome[] = [...failures];
  const total = inputs.length + failures.length;
  options.onStart?.(total);
  for (const [i, f] of failures.entries()) options.onOutcome?.(f, i + 1, total);
  const report = (outcome: Outcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome, outcomes.length, total);
  };
  for (let i = 0; i < inputs.length; i += CHUNK) {
    const loaded = await Promise.all(inputs.slice(i, i + CHUNK).map((input) => loadOne(input, options)));
    const known = await knownArticleIds(
      g,
      loaded.flatMap((l) => ('raw' in l ? [l.id] : [])),
    );
    const fresh: { input: string; extraction: Extraction }[] = [];
    const analyser = options.analyser ?? sharedAnalyser();
    // all of the chunk's articles go to the analyser at once: the Korean process works while Node extracts
    const extracted = await Promise.allSettled(
      loaded.map((item) =>
        'raw' in item && !known.has(item.id) ? extract(item.raw, analyser) : Promise.resolve(undefined),
      ),
    );
    for (const [k, item] of loaded.entries()) {
      const result = extracted[k];
      if (!('raw' in item)) report(item);
      else if (known.has(item.id)) report({ input: item.input, ...emptyResult(item.id), status: 'unchanged' });
      else if (result?.status === 'fulfilled' && result.value)
        fresh.push({ input: item.input, extraction: result.value });
      else {
        const error: unknown = result?.status === 'rejected' ? result.reason : undefined;
        // without Java no article can be analysed: stop with that one reason, not one failure per input
        if (error instanceof JvmError) throw error;
        report({ input: item.input, status: 'failed', error: describe(error) });
      }
    }
    const written = await writeExtractions(
      g,
      fresh.map((f) => f.extraction),
    );
    written.forEach((result, i) => {
      const input = fresh[i]?.input ?? '';
      if (result instanceof Error) report({ input, status: 'failed', error: describe(result) });
      else {
        const { status, ...rest } = result;
        report({ input, status, ...rest });
      }
    });
  }
  return summarise(outcomes);
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

function describe(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export function summarise(outcomes: Outcome[]): BatchSummary {
  const counts = { new: 0, changed: 0, unchanged: 0, failed: 0 };
  const summary: BatchSummary = {
    outcomes,
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
