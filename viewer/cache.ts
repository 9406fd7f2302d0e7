/**
 * Overviews kept on disk, one JSON file per graph fingerprint and filter, so a restarted
 * `kg view` paints the last layout at once instead of ranking and laying out the graph again.
 * A file is checked by the Overview schema when read (anything unreadable is a miss); only the
 * newest KEEP files stay. Failing to write is not an error: the cache is only a shortcut.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Overview } from './shared.js';

const KEEP = 32;

export type OverviewCache = { get(key: string): Overview | undefined; set(key: string, overview: Overview): void };

export function diskCache(dir: string): OverviewCache {
  const file = (key: string) => join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  return {
    get(key) {
      try {
        const stored = JSON.parse(readFileSync(file(key), 'utf8')) as { key?: unknown; overview?: unknown };
        if (stored.key !== key) return undefined;
        const parsed = Overview.safeParse(stored.overview);
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, overview) {
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed, so a reader never sees half a file.
        const temp = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify({ key, overview }));
        renameSync(temp, file(key));
        prune(dir);
      } catch {
        // A read-only or full disk only costs the next start a recomputation.
      }
    },
  };
}

function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of files.slice(KEEP)) rmSync(old.path, { force: true });
}
