/** Seeded choices (over graph/graphology's PRNG) so the same seed always yields the same corpus. */
import { seededRandom } from '../../graph/graphology.js';

export type Random = {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** Index in [0, n) skewed towards 0, so a few entities become hubs as in real news. */
  skewed(n: number, power?: number): number;
  chance(p: number): boolean;
};

export function seeded(seed: number): Random {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    skewed: (n, power = 2) => Math.min(n - 1, Math.floor(n * next() ** power)),
    chance: (p) => next() < p,
  };
}
