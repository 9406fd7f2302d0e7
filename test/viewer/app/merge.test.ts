/** viewer/app/merge.ts on plain data: colours kept across a fresh overview, new nodes placed by their drawn neighbours. */
import { matchCommunities, mergedCommunities, placeNew } from '../../../viewer/app/merge.js';
import type { Drawing } from '../../../viewer/shared.js';

const drawing = (d: Partial<Drawing> & Pick<Drawing, 'ids'>): Drawing => ({
  labels: d.ids,
  types: d.ids.map(() => 'Company'),
  degrees: d.ids.map(() => 1),
  communities: d.ids.map(() => 0),
  edges: [],
  ...d,
});

test('fresh communities take the drawn numbers of the nodes they mostly hold; the rest take unused ones', () => {
  const drawn = new Map([
    ['a', 0],
    ['b', 0],
    ['c', 1],
    ['d', 1],
  ]);
  // Louvain numbered them the other way round this time, and found a new community.
  const fresh = drawing({ ids: ['a', 'b', 'c', 'd', 'e'], communities: [1, 1, 0, 0, 2] });
  expect(matchCommunities(fresh, (id) => drawn.get(id))).toEqual([0, 0, 1, 1, 2]);
  const newcomers = drawing({ ids: ['x', 'y'], communities: [0, 1] });
  expect(matchCommunities(newcomers, (id) => drawn.get(id))).toEqual([0, 1]);
});

test("drawn nodes keep their colour; a new one takes its drawn neighbours' most common one, else its matched community", () => {
  const drawn = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 1],
  ]);
  // Louvain now puts a, b and c together; n is tied to b and c, lone to nothing drawn.
  const fresh = drawing({
    ids: ['a', 'b', 'c', 'n', 'lone'],
    communities: [0, 0, 0, 0, 1],
    edges: [3, 1, 0, 3, 2, 0, 3, 0, 0],
  });
  expect(mergedCommunities(fresh, (id) => drawn.get(id))).toEqual([0, 1, 1, 1, 2]);
});

test('a new node starts beside its drawn neighbours, one without drawn neighbours where the fresh layout puts it, mapped', () => {
  const at = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 10, y: 0 }],
    ['c', { x: 0, y: 10 }],
  ]);
  // The fresh layout is the drawn one moved by (100, 100) and twice as large.
  const fresh = drawing({
    ids: ['a', 'b', 'c', 'n', 'm', 'far'],
    xs: [100, 120, 100, 110, 110, 140],
    ys: [100, 100, 120, 100, 100, 140],
    edges: [3, 0, 0, 3, 1, 0, 4, 0, 0, 4, 1, 0],
  });
  const place = placeNew(fresh, (id) => at.get(id), 1);
  expect([...place.keys()].sort()).toEqual(['far', 'm', 'n']);
  // n and m are both tied to a and b: around (5, 0), one spacing and more apart, not on the same spot.
  const [n, m] = [place.get('n'), place.get('m')];
  for (const p of [n, m]) expect(Math.hypot((p?.x ?? 0) - 5, p?.y ?? 0)).toBeLessThan(2);
  expect(n).not.toEqual(m);
  // A node tied only to a new one starts beside that one, once it is placed.
  const chained = placeNew(
    drawing({ ids: ['a', 'n', 'k'], xs: [0, 50, 90], ys: [0, 50, 90], edges: [1, 0, 0, 2, 1, 0] }),
    (id) => at.get(id),
    1,
  );
  const [cn, ck] = [chained.get('n'), chained.get('k')];
  expect(Math.hypot((ck?.x ?? 0) - (cn?.x ?? 0), (ck?.y ?? 0) - (cn?.y ?? 0))).toBeCloseTo(1, 5);
  // far (140, 140) maps onto (20, 20); alone there, it starts one spacing from that spot.
  const far = place.get('far');
  expect(Math.hypot((far?.x ?? 0) - 20, (far?.y ?? 0) - 20)).toBeCloseTo(1, 5);
});
