/**
 * Overviews kept on disk, one JSON file per database and filter holding the newest overview
 * laid out for it and the graph fingerprint it was laid out at, so a restarted `kg view` paints
 * the last layout at once, even when the graph has changed since (the store then serves it as
 * stale and lays the graph out again behind it). A file is checked by the Overview schema when
 * read (anything unreadable is a miss); only the newest KEEP files stay. Failing to write is not
 * an error: the cache is only a shortcut.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Overview } from './shared.js';

const KEEP = 32;

/** An overview and the fingerprint of the graph it was computed from. */
export type Kept = { fingerprint: string; overview: Overview };
/** `scope` names the database and the filter; the fingerprint is kept beside it, not in it. */
export type OverviewCache = { get(scope: string): Kept | undefined; set(scope: string, kept: Kept): void };

const Stored = z.object({ scope: z.string(), fingerprint: z.string(), overview: Overview });

/** The file a scope is kept in. */
export const cacheFile = (dir: string, scope: string) =>
  join(dir, `${createHash('sha256').update(scope).digest('hex').slice(0, 32)}.json`);

export function diskCache(dir: string): OverviewCache {
  const file = (scope: string) => cacheFile(dir, scope);
  return {
    get(scope) {
      try {
        const stored = Stored.safeParse(JSON.parse(readFileSync(file(scope), 'utf8')));
        if (!stored.success || stored.data.scope !== scope) return undefined;
        return { fingerprint: stored.data.fingerprint, overview: stored.data.overview };
      } catch {
        return undefined;
      }
    },
    set(scope, kept) {
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed, so a reader never sees half a file.
        const temp = `${file(scope)}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify({ scope, ...kept }));
        renameSync(temp, file(scope));
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
