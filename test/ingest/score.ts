/**
 * A compact copy of the matching logic of ../shared/eval/score.mjs, so the held-out regression
 * test runs where the shared folder is absent. Entities match on any shared normalised surface
 * form (greedy, one-to-one); optional gold items are neither required nor false positives;
 * COMPETES_WITH is symmetric. Only Person/Company/Country/Model count as spurious entities.
 */
import type { Extraction } from '../../graph/model.js';

export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  optional?: boolean;
}
export interface GoldRelation {
  type: string;
  from: string;
  to: string;
  optional?: boolean;
}
export interface Gold {
  article: string;
  lang: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}
export type Group = 'entities' | 'entities_typed' | 'relations_core' | 'relations_extended';
export type Counts = Record<Group, { tp: number; fp: number; fn: number }>;

const CORE_TYPES = new Set(['Person', 'Company', 'Country', 'Model']);
const CORE_RELATIONS = new Set(['COMPETES_WITH', 'REGULATES', 'INVESTS_IN']);
const EXTENDED_RELATIONS = new Set(['DEVELOPS', 'WORKS_FOR', 'BASED_IN']);

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'"‘’“”`.\-_·ㆍ()]/g, '');
const forms = (e: { name: string; aliases?: string[] }) =>
  new Set([e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean));

export function emptyCounts(): Counts {
  const z = () => ({ tp: 0, fp: 0, fn: 0 });
  return { entities: z(), entities_typed: z(), relations_core: z(), relations_extended: z() };
}

export function scoreInto(c: Counts, gold: Gold, x: Extraction): void {
  const goldForms = gold.entities.map(forms);
  const pairs: { si: number; gi: number; score: number }[] = [];
  x.entities.forEach((s, si) => {
    const sf = forms(s);
    goldForms.forEach((gf, gi) => {
      let shared = 0;
      for (const f of sf) if (gf.has(f)) shared++;
      const g = gold.entities[gi];
      if (shared && g) pairs.push({ si, gi, score: shared + (norm(s.name) === norm(g.name) ? 10 : 0) });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const m = new Map<number, number>();
  const taken = new Set<number>();
  for (const { si, gi } of pairs) {
    if (m.has(si) || taken.has(gi)) continue;
    m.set(si, gi);
    taken.add(gi);
  }
  x.entities.forEach((s, si) => {
    const gi = m.get(si);
    const g = gi === undefined ? undefined : gold.entities[gi];
    if (!g) {
      if (CORE_TYPES.has(s.type)) {
        c.entities.fp++;
        c.entities_typed.fp++;
      }
      return;
    }
    if (g.optional) return;
    c.entities.tp++;
    if (s.type === g.type) c.entities_typed.tp++;
    else {
      c.entities_typed.fp++;
      c.entities_typed.fn++;
    }
  });
  gold.entities.forEach((g, gi) => {
    if (g.optional || taken.has(gi)) return;
    c.entities.fn++;
    c.entities_typed.fn++;
  });

  const index = new Map(gold.entities.map((g, i) => [norm(g.name), i]));
  const key = (t: string, a: number, b: number) =>
    t === 'COMPETES_WITH' && a > b ? `${t}|${b}|${a}` : `${t}|${a}|${b}`;
  const goldRel = new Map<string, GoldRelation>();
  for (const r of gold.relations) {
    const a = index.get(norm(r.from));
    const b = index.get(norm(r.to));
    if (a === undefined || b === undefined) throw new Error(`gold relation endpoint missing: ${r.from} -> ${r.to}`);
    const k = key(r.type, a, b);
    if (!goldRel.has(k) || !r.optional) goldRel.set(k, r);
  }
  const sysIndex = new Map(x.entities.map((e, i) => [e.id, i]));
  const group = (t: string): Group | undefined =>
    CORE_RELATIONS.has(t) ? 'relations_core' : EXTENDED_RELATIONS.has(t) ? 'relations_extended' : undefined;
  const seen = new Set<string>();
  for (const r of x.relations) {
    const grp = group(r.type);
    const si = sysIndex.get(r.source);
    const ti = sysIndex.get(r.target);
    if (!grp || si === undefined || ti === undefined) continue;
    const a = m.get(si);
    const b = m.get(ti);
    const k = a === undefined || b === undefined ? undefined : key(r.type, a, b);
    if (k && seen.has(k)) continue;
    if (k) seen.add(k);
    const g = k ? goldRel.get(k) : undefined;
    if (g?.optional) continue;
    c[grp][g ? 'tp' : 'fp']++;
  }
  for (const [k, r] of goldRel) {
    const grp = group(r.type);
    if (!r.optional && !seen.has(k) && grp) c[grp].fn++;
  }
}

export function f1({ tp, fp, fn }: { tp: number; fp: number; fn: number }): number {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
