/**
 * The canonical form of an article's rows, for the store and for ingest alike: merged
 * duplicates (entity rows by id, relation rows by fact), symmetric relations in one direction,
 * evidence merged by span, and the rules (preferred name, sorted aliases) that keep entity
 * properties independent of the order in which articles arrive.
 */
import { factId } from './facts.js';
import { aliasKey, type Extraction, type RelationType, relationAllowed, SYMMETRIC_RELATIONS } from './model.js';

const HANGUL = /[\uac00-\ud7a3]/;

/**
 * The display name of an entity, chosen the same way whatever the order of articles:
 * a Korean form wins over others (our readers are Korean first), then the smaller string.
 */
export function preferredName(a: string, b: string): string {
  const ha = HANGUL.test(a);
  const hb = HANGUL.test(b);
  if (ha !== hb) return ha ? a : b;
  return a <= b ? a : b;
}

/** Sorted union, so a node's aliases read the same whichever article came first. */
export function mergeAliases(...lists: ReadonlyArray<readonly string[] | undefined>): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))].sort();
}

export function aliasKeys(aliases: readonly string[]): string[] {
  return [...new Set(aliases.map(aliasKey).filter(Boolean))].sort();
}

export type EntityRow = {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  count: number;
  starts: number[];
  ends: number[];
};

export type EvidenceRow = { sentence: string; start: number; end: number };

export type RelationRow = {
  /** The key of the fact this row supports (see facts.ts). */
  fact: string;
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  amount: string | null;
  currency: string | null;
  evidence: EvidenceRow[];
};

export function entityRows(extraction: Extraction): EntityRow[] {
  return mergeEntityRows(
    extraction.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      // Aliases are names: the extractor's, not every mention ("the company", "이 회사" refer, they do not name).
      aliases: mergeAliases([e.name, ...e.aliases]),
      count: e.mentions.length,
      starts: e.mentions.map((m) => m.start),
      ends: e.mentions.map((m) => m.end),
    })),
  );
}

/** Rows naming the same entity become one: preferred name, union of aliases, all mentions. */
export function mergeEntityRows(rows: readonly EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) {
      byId.set(row.id, { ...row, aliases: [...row.aliases], starts: [...row.starts], ends: [...row.ends] });
      continue;
    }
    seen.name = preferredName(seen.name, row.name);
    seen.aliases = mergeAliases(seen.aliases, row.aliases);
    seen.count += row.count;
    seen.starts.push(...row.starts);
    seen.ends.push(...row.ends);
  }
  return [...byId.values()];
}

/** Canonical ends of a relation: a symmetric one points from the smaller id to the larger. */
export function canonicalEnds(type: RelationType, source: string, target: string): [string, string] {
  return SYMMETRIC_RELATIONS.has(type) && source > target ? [target, source] : [source, target];
}

/** Adds evidence to a list unless a piece with the same span is there; keeps the list by offset. */
export function mergeEvidence(into: EvidenceRow[], more: readonly EvidenceRow[]): EvidenceRow[] {
  for (const ev of more) {
    if (!into.some((e) => e.start === ev.start && e.end === ev.end)) {
      into.push({ sentence: ev.sentence, start: ev.start, end: ev.end });
    }
  }
  return into.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Relations ready to MERGE, with ids already mapped to the graph's entities. Relations whose
 * ends are unknown or whose types break the closed schema are dropped; duplicates within the
 * article are merged; symmetric ones point from the smaller id to the larger.
 */
export function relationRows(extraction: Extraction, idMap: ReadonlyMap<string, string> = new Map()): RelationRow[] {
  const types = new Map(extraction.entities.map((e) => [e.id, e.type]));
  const rows = new Map<string, RelationRow>();
  for (const r of extraction.relations) {
    const sourceType = types.get(r.source);
    const targetType = types.get(r.target);
    if (!sourceType || !targetType || !relationAllowed(r.type, sourceType, targetType)) continue;
    const [source, target] = canonicalEnds(r.type, idMap.get(r.source) ?? r.source, idMap.get(r.target) ?? r.target);
    if (source === target) continue;
    const fact = factId(r.type, source, target);
    const row = rows.get(fact) ?? {
      fact,
      type: r.type,
      source,
      target,
      confidence: 0,
      amount: null,
      currency: null,
      evidence: [],
    };
    row.confidence = Math.max(row.confidence, r.confidence);
    row.amount ??= r.amount ?? null;
    row.currency ??= r.currency ?? null;
    mergeEvidence(row.evidence, r.evidence);
    rows.set(fact, row);
  }
  return [...rows.values()].sort((a, b) => (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0));
}

/** The date a report is filed under: when it was published, else the day it was ingested. */
export function reportDate(article: { publishedAt?: string | null; ingestedAt: string }): string {
  return (article.publishedAt ?? article.ingestedAt).slice(0, 10);
}
