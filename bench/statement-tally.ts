/**
 * The measuring shim the profiling tools share (write-profile.ts, real-profile.ts,
 * chunk-profile.ts): wraps the driver's ManagedTransaction.run so every statement kg runs is
 * tallied by its first words, with its wall time and the Neo4j server process's CPU (pipelined
 * statements are charged from the previous one's answer to their own), and, while `profile` is
 * on, run under PROFILE with its plan handed to `onPlan`. Tools only, never `npm run bench`.
 */
import { ManagedTransaction } from 'neo4j-driver';
import { processCpuMs } from './measure.js';

export type Plan = {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: Plan[];
  arguments: Record<string, unknown>;
};

export interface StatementTally {
  /** per statement key: how often it ran, its wall ms and the Neo4j CPU ms charged to it */
  byStatement: Map<string, { runs: number; wallMs: number; neoMs: number }>;
  /** the Neo4j server's process id, once the database is open */
  pid: number | undefined;
  /** run the statements under PROFILE (and hand each plan to onPlan) */
  profile: boolean;
}

/** Installs the shim once; `keyLength` characters of the whitespace-folded statement name it. */
export function tallyStatements(keyLength: number, onPlan?: (key: string, plan: Plan) => void): StatementTally {
  const state: StatementTally = { byStatement: new Map(), pid: undefined, profile: false };
  let mark = 0;
  const run = ManagedTransaction.prototype.run;
  // biome-ignore lint/suspicious/noExplicitAny: a measuring shim over the driver's own signature
  ManagedTransaction.prototype.run = function (this: ManagedTransaction, query: any, params?: any) {
    const key = String(query).replace(/\s+/g, ' ').trim().slice(0, keyLength);
    const started = performance.now();
    const cpu = processCpuMs(state.pid) ?? 0;
    const result = run.call(this, state.profile ? `PROFILE ${query}` : query, params);
    void Promise.resolve(result).then((r) => {
      const t = state.byStatement.get(key) ?? { runs: 0, wallMs: 0, neoMs: 0 };
      t.runs++;
      t.wallMs += performance.now() - started;
      const now = processCpuMs(state.pid) ?? 0;
      t.neoMs += now - Math.max(cpu, mark);
      mark = now;
      state.byStatement.set(key, t);
      const plan = r.summary.profile as unknown as Plan | false;
      if (state.profile && plan && onPlan) onPlan(key, plan);
    });
    return result;
  };
  return state;
}
