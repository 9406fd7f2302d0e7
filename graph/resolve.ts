/**
 * Cross-article, cross-language entity resolution against what the graph already holds.
 *
 * The rule (deterministic, decided by type and context, never by name alone):
 *  1. An extracted entity whose id is already in the graph is that node. Lexicon entities get
 *     the same id in every language ("딥시크" and "DeepSeek" are both company:deepseek).
 *  2. Otherwise it joins an existing node that has the same type and shares a normalised alias
 *     (aliasKey), but only when exactly one node qualifies; two candidates means the name is
 *     ambiguous, and a wrong merge is worse than a duplicate.
 *  3. Models and products are also told apart by developer: an id like model:deepseek/r1 only
 *     joins a node of the same developer, so two different "R1"s stay two entities. An id with
 *     no developer (model:r1) may join a developer-qualified node when rule 2 holds.
 *  4. A person and a company that share a name never merge (rule 2 requires the same type).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityRow } from './rows.js';

/** Lucene treats these as syntax; a name or a typed search term means the characters. */
export const luceneEscape = (term: string) => term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
/** A Lucene query matching exactly one normalised alias in the entity_alias_keys index. */
export const aliasPhrase = (key: string) => `"${luceneEscape(key)}"`;

/** `model:deepseek/r1` → `deepseek`; `model:r1` → undefined. */
export function developerOf(id: string): string | undefined {
  const key = id.slice(id.indexOf(':') + 1);
  const slash = key.indexOf('/');
  return slash > 0 ? key.slice(0, slash) : undefined;
}

export function compatibleIds(extractedId: string, candidateId: string, type: string): boolean {
  if (type !== 'Model' && type !== 'Product') return true;
  const wanted = developerOf(extractedId);
  return wanted === undefined || wanted === developerOf(candidateId);
}

export type ExistingEntity = { id: string; name: string; aliases: string[] };

/** Maps each extracted id to the graph node it denotes; returns the existing nodes it found. */
export async function resolveEntities(
  tx: ManagedTransaction,
  rows: readonly EntityRow[],
  keysOf: (row: EntityRow) => string[],
): Promise<{ idMap: Map<string, string>; existing: Map<string, ExistingEntity> }> {
  const idMap = new Map<string, string>();
  const existing = new Map<string, ExistingEntity>();
  // One round trip: each row either is a node already, or looks for candidates by alias.
  const result = await tx.run(
    `UNWIND $rows AS x
     OPTIONAL MATCH (e:Entity {id: x.id})
     CALL (x, e) {
       WITH x, e WHERE e IS NULL AND x.query <> ''
       CALL db.index.fulltext.queryNodes('entity_alias_keys', x.query) YIELD node
       WITH x, node WHERE node.type = x.type
       RETURN collect(DISTINCT {id: node.id, name: node.name, aliases: node.aliases}) AS candidates
     }
     RETURN x.id AS wanted, x.type AS type, e {.id, .name, .aliases} AS found, candidates`,
    { rows: rows.map((r) => ({ id: r.id, type: r.type, query: keysOf(r).map(aliasPhrase).join(' OR ') })) },
  );
  for (const record of result.records) {
    const found = record.get('found') as ExistingEntity | null;
    if (found) {
      existing.set(found.id, { ...found, aliases: found.aliases ?? [] });
      continue;
    }
    const wanted: string = record.get('wanted');
    const type: string = record.get('type');
    const nodes = (record.get('candidates') as ExistingEntity[]).filter((n) => compatibleIds(wanted, n.id, type));
    const only = nodes.length === 1 ? nodes[0] : undefined;
    if (only) {
      idMap.set(wanted, only.id);
      existing.set(only.id, { ...only, aliases: only.aliases ?? [] });
    }
  }
  return { idMap, existing };
}
