/**
 * Taking a fresh overview into a view that already shows a stale one without redrawing it: the
 * nodes already drawn stay where they are and keep their colours, a new node takes the colour
 * most of its drawn neighbours have (else its fresh community, renumbered after the drawn ones
 * it mostly holds), and each new node starts beside the drawn
 * nodes it is tied to, or where the fresh layout puts it, mapped onto the drawn picture. The
 * worker then settles only the new nodes (layout.ts).
 */
import type { Drawing } from '../shared.js';
import { spiral } from './layout.js';

type Point = { x: number; y: number };

/**
 * The fresh communities renumbered: each takes the drawn community most of its drawn members
 * are in (largest overlaps first, each old number once); the others the smallest no drawn node wears.
 */
export function matchCommunities(d: Drawing, drawnCommunity: (id: string) => number | undefined): number[] {
  const overlap = new Map<string, number>();
  d.ids.forEach((id, i) => {
    const old = drawnCommunity(id);
    if (old === undefined) return;
    const key = `${d.communities[i] ?? 0},${old}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  });
  const renamed = new Map<number, number>();
  const taken = new Set<number>();
  const pairs = [...overlap.entries()].map(
    ([key, n]) => [...key.split(',').map(Number), n] as [number, number, number],
  );
  for (const [fresh, old] of pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1])) {
    if (renamed.has(fresh) || taken.has(old)) continue;
    renamed.set(fresh, old);
    taken.add(old);
  }
  // Never a number a drawn node already wears: a new community must not look like an old one.
  for (const id of d.ids) {
    const old = drawnCommunity(id);
    if (old !== undefined) taken.add(old);
  }
  let next = 0;
  return d.communities.map((c) => {
    let to = renamed.get(c);
    if (to === undefined) {
      while (taken.has(next)) next++;
      to = next;
      renamed.set(c, to);
      taken.add(to);
    }
    return to;
  });
}

/**
 * The community each node of the fresh overview is drawn in: a drawn node keeps its own, a new
 * one takes the one most of its drawn neighbours are in, else its renumbered fresh community.
 */
export function mergedCommunities(d: Drawing, drawnCommunity: (id: string) => number | undefined): number[] {
  const matched = matchCommunities(d, drawnCommunity);
  const votes = new Map<string, Map<number, number>>();
  for (let i = 0; i + 2 < d.edges.length; i += 3) {
    const [s, t] = [d.ids[d.edges[i] ?? -1], d.ids[d.edges[i + 1] ?? -1]];
    if (!s || !t) continue;
    for (const [a, b] of [
      [s, t],
      [t, s],
    ] as const) {
      const c = drawnCommunity(b);
      if (drawnCommunity(a) !== undefined || c === undefined) continue;
      const tally = votes.get(a) ?? new Map<number, number>();
      tally.set(c, (tally.get(c) ?? 0) + 1);
      votes.set(a, tally);
    }
  }
  return d.ids.map((id, i) => {
    const own = drawnCommunity(id);
    if (own !== undefined) return own;
    const tally = [...(votes.get(id) ?? new Map<number, number>()).entries()];
    const best = tally.sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    return best ? best[0] : (matched[i] ?? 0);
  });
}

/** A per-axis linear map from the fresh layout's coordinates onto the drawn ones, fitted on the nodes both hold. */
function fitted(d: Drawing, drawn: (id: string) => Point | undefined): (p: Point) => Point {
  const pairs = d.ids.flatMap((id, i) => {
    const at = drawn(id);
    const x = d.xs?.[i];
    const y = d.ys?.[i];
    return at && x !== undefined && y !== undefined ? [{ from: { x, y }, to: at }] : [];
  });
  if (pairs.length < 2) return (p) => p;
  const axis = (get: (p: Point) => number) => {
    const mean = (ps: Point[]) => ps.reduce((s, p) => s + get(p), 0) / ps.length;
    const from = pairs.map((p) => p.from);
    const to = pairs.map((p) => p.to);
    const [mf, mt] = [mean(from), mean(to)];
    const spread = (ps: Point[], m: number) => Math.sqrt(ps.reduce((s, p) => s + (get(p) - m) ** 2, 0) / ps.length);
    const scale = spread(from, mf) > 0 ? spread(to, mt) / spread(from, mf) : 1;
    return (v: number) => mt + (v - mf) * scale;
  };
  const [fx, fy] = [axis((p) => p.x), axis((p) => p.y)];
  return (p) => ({ x: fx(p.x), y: fy(p.y) });
}

/**
 * Start positions for the fresh overview's nodes not drawn yet: around the centre of the nodes
 * they are tied to that are drawn (or, next round, already placed: a new model beside its new
 * company), on a spiral `spacing` apart, so none start on top of another; a node tied to none of
 * them at its fresh position mapped onto the drawn picture.
 */
export function placeNew(d: Drawing, drawn: (id: string) => Point | undefined, spacing: number): Map<string, Point> {
  const ties = new Map<string, string[]>();
  for (let i = 0; i + 2 < d.edges.length; i += 3) {
    const [s, t] = [d.ids[d.edges[i] ?? -1], d.ids[d.edges[i + 1] ?? -1]];
    if (!s || !t) continue;
    ties.set(s, [...(ties.get(s) ?? []), t]);
    ties.set(t, [...(ties.get(t) ?? []), s]);
  }
  const place = new Map<string, Point>();
  const at = (id: string) => drawn(id) ?? place.get(id);
  // Spots already taken around each centre, over all rounds.
  const used = new Map<string, number>();
  const put = (id: string, centre: Point, into: Map<string, Point>) => {
    const key = `${centre.x.toFixed(3)},${centre.y.toFixed(3)}`;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    into.set(id, spiral(centre, n + 1, spacing)[n] ?? centre);
  };
  let pending = d.ids.filter((id) => !drawn(id));
  for (;;) {
    const round = new Map<string, Point>();
    for (const id of pending) {
      const near = (ties.get(id) ?? []).flatMap((o) => at(o) ?? []);
      if (!near.length) continue;
      const centre = {
        x: near.reduce((sum, p) => sum + p.x, 0) / near.length,
        y: near.reduce((sum, p) => sum + p.y, 0) / near.length,
      };
      put(id, centre, round);
    }
    if (!round.size) break;
    for (const [id, p] of round) place.set(id, p);
    pending = pending.filter((id) => !place.has(id));
  }
  const mapped = fitted(d, drawn);
  const index = new Map(d.ids.map((id, i) => [id, i]));
  for (const id of pending) {
    const i = index.get(id) ?? -1;
    put(id, mapped({ x: d.xs?.[i] ?? 0, y: d.ys?.[i] ?? 0 }), place);
  }
  return place;
}
