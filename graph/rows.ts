/**
 * Pure preparation of one article's extraction for the store: merged duplicates, symmetric
 * relations in one canonical direction, and the rules that keep entity properties independent
 * of the order in which articles arrive.
 */
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
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  amount: string | null;
  currency: string | null;
  evidence: EvidenceRow[];
};

export function entityRows(extraction: Extraction): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const e of extraction.entities) {
    const row = byId.get(e.id);
    // Aliases are names: the extractor's, not every mention ("the company", "이 회사" refer, they do not name).
    const forms = [e.name, ...e.aliases];
    if (row) {
      row.name = preferredName(row.name, e.name);
      row.aliases = mergeAliases(row.aliases, forms);
      row.count += e.mentions.length;
      row.starts.push(...e.mentions.map((m) => m.start));
      row.ends.push(...e.mentions.map((m) => m.end));
    } else {
      byId.set(e.id, {
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: mergeAliases(forms),
        count: e.mentions.length,
        starts: e.mentions.map((m) => m.start),
        ends: e.mentions.map((m) => m.end),
      });
    }
  }
  return [...byId.values()];
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
    let source = idMap.get(r.source) ?? r.source;
    let target = idMap.get(r.target) ?? r.target;
    if (source === target) continue;
    if (SYMMETRIC_RELATIONS.has(r.type) && source > target) [source, target] = [target, source];
    const key = `${r.type}|${source}|${target}`;
    const row = rows.get(key) ?? {
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
    for (const ev of r.evidence) {
      if (!row.evidence.some((e) => e.start === ev.start && e.end === ev.end)) {
        row.evidence.push({ sentence: ev.sentence, start: ev.start, end: ev.end });
      }
    }
    rows.set(key, row);
  }
  for (const row of rows.values()) row.evidence.sort((a, b) => a.start - b.start);
  return [...rows.values()].sort((a, b) => (a.type + a.source + a.target < b.type + b.source + b.target ? -1 : 1));
}

/** The date a report is filed under: when it was published, else the day it was ingested. */
export function reportDate(article: { publishedAt?: string | null; ingestedAt: string }): string {
  return (article.publishedAt ?? article.ingestedAt).slice(0, 10);
}
