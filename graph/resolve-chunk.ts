/**
 * Entity resolution (the rules in resolve.ts) for a whole chunk with one look-up. Asking the
 * full-text index from inside a transaction that has written entities makes Neo4j index the
 * transaction's own changes again for every query, so resolving article by article costs more
 * with every article of the chunk (profiled: ~90% of the Neo4j time of a chunk of news
 * articles). Instead, every unknown row of the chunk is looked up once, before the chunk's
 * first write, and the chunk's own writes are tracked here: a row then resolves exactly as it
 * would against the graph its earlier articles left — nodes of the graph matching its aliases
 * at the start, plus nodes the chunk created or gave new aliases.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { records } from './records.js';
import { aliasPhrase, compatibleIds } from './resolve.js';
import { aliasKeys, type EntityRow } from './rows.js';

const Looked = z.object({
  id: z.string(),
  type: z.string().nullable(),
  key: z.string(),
  candidates: z.array(z.object({ id: z.string(), type: z.string() })),
});

const lookupKey = (type: string, keys: readonly string[]) => `${type}\u0000${keys.join('\u0001')}`;

export class ChunkResolver {
  /** Nodes this chunk wrote each alias key on: a row finds them by its keys, not by a scan. */
  private readonly added = new Map<string, Set<string>>();

  private constructor(
    /** The type of every node the chunk knows: its rows' ids that are nodes, their candidates, what it wrote. */
    private readonly types: Map<string, string>,
    /** Nodes matching a row's aliases when the look-up ran, by type and alias keys. */
    private readonly atStart: Map<string, { id: string; type: string }[]>,
  ) {}

  /** Looks up every row of the chunk in one round trip: the node with its id, or candidates by alias. */
  static async open(tx: ManagedTransaction, rows: readonly EntityRow[]): Promise<ChunkResolver> {
    const queries = new Map<string, { id: string; type: string; key: string; query: string }>();
    for (const row of rows) {
      const keys = aliasKeys(row.aliases);
      const key = lookupKey(row.type, keys);
      queries.set(`${row.id}\u0000${key}`, {
        id: row.id,
        type: row.type,
        key,
        query: keys.map(aliasPhrase).join(' OR '),
      });
    }
    const found = queries.size
      ? records(
          await tx.run(
            `UNWIND $queries AS x
             OPTIONAL MATCH (e:Entity {id: x.id})
             CALL (x, e) {
               WITH x, e WHERE e IS NULL AND x.query <> ''
               CALL db.index.fulltext.queryNodes('entity_alias_keys', x.query) YIELD node
               WITH x, node WHERE node.type = x.type
               RETURN collect(DISTINCT {id: node.id, type: node.type}) AS candidates
             }
             RETURN x.id AS id, e.type AS type, x.key AS key, candidates`,
            { queries: [...queries.values()] },
          ),
          Looked,
        )
      : [];
    const types = new Map<string, string>();
    const atStart = new Map<string, { id: string; type: string }[]>();
    for (const f of found) {
      if (f.type !== null) types.set(f.id, f.type);
      else atStart.set(f.key, f.candidates);
      for (const c of f.candidates) types.set(c.id, c.type);
    }
    return new ChunkResolver(types, atStart);
  }

  /** Whether this id is a node (in the graph at the start, or written by the chunk since). */
  has(id: string): boolean {
    return this.types.has(id);
  }

  /** Maps each row that is not a node to the one node of its type sharing an alias, if one. */
  resolve(rows: readonly EntityRow[]): Map<string, string> {
    const idMap = new Map<string, string>();
    for (const row of rows) {
      if (this.types.has(row.id)) continue;
      const keys = aliasKeys(row.aliases);
      if (!keys.length) continue;
      const candidates = new Set((this.atStart.get(lookupKey(row.type, keys)) ?? []).map((c) => c.id));
      for (const key of keys)
        for (const id of this.added.get(key) ?? []) if (this.types.get(id) === row.type) candidates.add(id);
      const fitting = [...candidates].filter((id) => compatibleIds(row.id, id, row.type));
      if (fitting.length === 1) idMap.set(row.id, fitting[0] as string);
    }
    return idMap;
  }

  /** Records an article's merged entity rows as written (a new node takes its row's type). */
  wrote(entities: readonly { id: string; type: string; aliasKeys: readonly string[] }[]): void {
    for (const e of entities) {
      if (!this.types.has(e.id)) this.types.set(e.id, e.type);
      for (const k of e.aliasKeys) {
        const ids = this.added.get(k) ?? new Set<string>();
        ids.add(e.id);
        this.added.set(k, ids);
      }
    }
  }
}
