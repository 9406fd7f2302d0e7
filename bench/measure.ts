/**
 * Timing helpers. Wall time from performance.now; CPU time of this process from
 * process.cpuUsage, and of the local Neo4j from /proc, because on a shared machine CPU
 * seconds say more about cost than wall seconds do.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type Timing = { wallMs: number; cpuMs: number; neo4jCpuMs: number | null };

/** CPU time (user + system) of another process, in ms; null where /proc cannot tell. */
export function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    // Fields after the ")" that closes the command name: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * CPU time (ms) of each thread of another process, summed by thread name with its numbers
 * dropped (`neo4j.BoltWorker-12` and `-13` count together): where a JVM's CPU goes, e.g. query
 * threads against the JIT compiler or the garbage collector.
 */
export function threadCpuMs(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat
        .slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
        .replace(/[-_ ]?\d+$/, '')
        .replace(/\d+/g, '#');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(name, (out.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

export async function timed<T>(neo4jPid: number | undefined, work: () => Promise<T>): Promise<[T, Timing]> {
  const neoBefore = processCpuMs(neo4jPid);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const neoAfter = processCpuMs(neo4jPid);
  return [
    value,
    {
      wallMs: round(wallMs),
      cpuMs: round((cpu.user + cpu.system) / 1000),
      neo4jCpuMs: neoBefore !== null && neoAfter !== null ? neoAfter - neoBefore : null,
    },
  ];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Per second, from a count and milliseconds. */
export const rate = (count: number, ms: number) => round(count / (ms / 1000), 1);

export const ratio = (a: number, b: number) => round(a / b, 2);
