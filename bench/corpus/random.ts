/** A small seeded PRNG (mulberry32) so the same seed always yields the same corpus. */
export type Random = {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** Index in [0, n) skewed towards 0, so a few entities become hubs as in real news. */
  skewed(n: number, power?: number): number;
  chance(p: number): boolean;
};

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
