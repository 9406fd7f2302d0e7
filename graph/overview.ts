/**
 * The reads an explorer of a large graph needs, in Cypher next to the rest of the store: the
 * most important entities (degree over the chosen relation types and dates, counted by Neo4j,
 * so nothing the size of the graph leaves the server), the ties among a set of entities, one
 * entity's neighbourhood (newest first), name search, one relation with its evidence, and a
 * fingerprint that changes whenever the graph does.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { type Graph, readTx } from './driver.js';
import { GraphFilter } from './graphology.js';
import { RELATION_TYPES, type RelationType } from './model.js';
import { luceneEscape } from './resolve.js';

export type RankedEntity = { id: string; name: string; type: string; aliases: string[]; degree: number };
/** One relation between two entities, in its stored direction. */
export type Tie = { source: string; target: string; type: RelationType };
export type Ranking = { entities: RankedEntity[]; total: number; relations: number };

const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z
    .array(z.string())
    .nullable()
    .transform((a) => a ?? []),
  degree: z.number(),
});
const TieRow = z.object({ source: z.string(), target: z.string(), type: z.enum(RELATION_TYPES) });
const num = (v: unknown) => z.number().parse(v);

/**
 * The relation pattern for a filter. Types are identifiers, not values, so they cannot be
 * parameters; they come from the RelationType enum only (checked here), never from raw input.
 */
function relationPattern(filter: GraphFilter): Pattern | undefined {
  const { relationTypes, from, to } = GraphFilter.parse(filter);
  const types = (relationTypes ?? [...RELATION_TYPES]).filter((t) => RELATION_TYPES.includes(t));
  if (!types.length) return undefined;
  return { types: types.join('|'), dated: Boolean(from || to), all: types.length === RELATION_TYPES.length };
}
type Pattern = { types: string; dated: boolean; all: boolean };
const DATES = '($from IS NULL OR r.lastSeen >= $from) AND ($to IS NULL OR r.firstSeen <= $to)';
const dateParams = (filter: GraphFilter) => ({ from: filter.from ?? null, to: filter.to ?? null });

/**
 * An entity touches two kinds of relationship: the relation types, and MENTIONS from the
 * articles that name it (graph/write-article.ts). Over all relation types its degree is then
 * its whole degree less its mentions: two reads of Neo4j's degree store, where counting type by
 * type walks every sparse node's relationship chain once per type (at 50k entities the typed
 * count took 1.2 s, this one 0.13-0.36 s). `fast` says no other relationship type exists.
 */
const degreeOf = (node: string, p: Pattern, fast = false) =>
  p.dated
    ? `COUNT { (${node})-[r:${p.types}]-() WHERE ${DATES} }`
    : p.all && fast
      ? `(COUNT { (${node})--() } - COUNT { (${node})<-[:MENTIONS]-() })`
      : `COUNT { (${node})-[:${p.types}]-() }`;

/** True when every relationship type in the database is a relation type, MENTIONS or SUPPORTS. */
async function onlyKnownTypes(tx: ManagedTransaction): Promise<boolean> {
  const known = new Set<string>([...RELATION_TYPES, 'MENTIONS', 'SUPPORTS']);
  const result = await tx.run(
    'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS t',
  );
  return z
    .array(z.string())
    .parse(result.records[0]?.get('t') ?? [])
    .every((t) => known.has(t));
}

/**
 * The `limit` entities with the most relations in the filter, and how many there are in all.
 * The two are separate reads (topEntities, filterTotals), so a caller that needs the top first
 * can start on it while Neo4j still counts.
 */
export async function rankEntities(g: Graph, filter: GraphFilter, limit: number): Promise<Ranking> {
  const [entities, totals] = await Promise.all([topEntities(g, filter, limit), filterTotals(g, filter)]);
  return { entities, ...totals };
}

/**
 * The degree expression for the filter, the fast one when the database allows it. `known` is
 * GraphState.onlyKnownTypes when the caller has it (one statement less on a cold Neo4j).
 */
async function degreeFor(tx: ManagedTransaction, p: Pattern, known?: boolean): Promise<string> {
  return degreeOf('e', p, p.all && !p.dated && (known ?? (await onlyKnownTypes(tx))));
}

/** The `limit` entities with the most relations in the filter, most first. */
export async function topEntities(
  g: Graph,
  filter: GraphFilter,
  limit: number,
  known?: boolean,
): Promise<RankedEntity[]> {
  const p = relationPattern(filter);
  if (!p) return [];
  return readTx(g, async (tx) => {
    const top = await tx.run(
      `MATCH (e:Entity)
       WITH e, ${await degreeFor(tx, p, known)} AS degree WHERE degree > 0
       ORDER BY degree DESC, e.id LIMIT $limit
       RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, degree`,
      { ...dateParams(filter), limit: neo4j.int(limit) },
    );
    return top.records.map((r) => Entity.parse(r.toObject()));
  });
}

/** How many entities have a relation in the filter, and how many relations it holds. */
export async function filterTotals(g: Graph, filter: GraphFilter, known?: boolean): Promise<Omit<Ranking, 'entities'>> {
  const p = relationPattern(filter);
  if (!p) return { total: 0, relations: 0 };
  return readTx(g, async (tx) => {
    const totals = await tx.run(
      `CALL () { MATCH (e:Entity) WHERE ${await degreeFor(tx, p, known)} > 0 RETURN count(e) AS total }
       CALL () { MATCH ()-[r:${p.types}]->() ${p.dated ? `WHERE ${DATES}` : ''} RETURN count(r) AS relations }
       RETURN total, relations`,
      dateParams(filter),
    );
    const row = totals.records[0];
    return { total: num(row?.get('total') ?? 0), relations: num(row?.get('relations') ?? 0) };
  });
}

/**
 * Every relation in the filter whose two ends are both among `ids`. Both ends are found by the
 * id index first, so Neo4j checks each pair (Expand Into) instead of reading the far end's id
 * for every relation of every hub.
 */
export async function tiesAmong(g: Graph, ids: readonly string[], filter: GraphFilter): Promise<Tie[]> {
  const p = relationPattern(filter);
  if (!p || !ids.length) return [];
  return readTx(g, async (tx) => {
    const result = await tx.run(
      `MATCH (s:Entity) WHERE s.id IN $ids
       MATCH (t:Entity) WHERE t.id IN $ids
       MATCH (s)-[r:${p.types}]->(t) ${p.dated ? `WHERE ${DATES}` : ''}
       RETURN s.id AS source, t.id AS target, type(r) AS type`,
      { ids, ...dateParams(filter) },
    );
    return result.records.map((r) => TieRow.parse(r.toObject()));
  });
}

export type Neighbourhood = { center: RankedEntity; neighbours: RankedEntity[]; ties: Tie[]; total: number };

/**
 * An entity's neighbours in the filter, those with the most recent relation first, at most
 * `limit` of them, with the relations that join them to it and how many neighbours there are.
 */
export async function neighbourhood(
  g: Graph,
  id: string,
  filter: GraphFilter,
  limit: number,
): Promise<Neighbourhood | undefined> {
  const p = relationPattern(filter);
  return readTx(g, async (tx) => {
    const params = { id, ...dateParams(filter), limit: neo4j.int(limit) };
    // Both statements go out at once (Bolt pipelines them in the transaction): one round trip.
    const [center, result] = await Promise.all([
      tx.run(
        `MATCH (e:Entity {id: $id})
         RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, ${p ? degreeOf('e', p) : '0'} AS degree`,
        params,
      ),
      p
        ? tx.run(
            `MATCH (e:Entity {id: $id})-[r:${p.types}]-(o:Entity)
             WHERE o <> e ${p.dated ? `AND ${DATES}` : ''}
             WITH o, max(coalesce(r.lastSeen, '')) AS last,
                  collect({source: startNode(r).id, target: endNode(r).id, type: type(r)}) AS ties
             WITH collect({o: o, last: last, ties: ties}) AS found
             WITH size(found) AS total, found
             UNWIND found AS n
             WITH total, n ORDER BY n.last DESC, n.o.id LIMIT $limit
             WITH total, n.o AS o, n.ties AS ties
             RETURN total, o.id AS id, o.name AS name, o.type AS type, o.aliases AS aliases,
                    ${degreeOf('o', p)} AS degree, ties`,
            params,
          )
        : undefined,
    ]);
    const first = center.records[0];
    if (!first) return undefined;
    const hub = Entity.parse(first.toObject());
    if (!result) return { center: hub, neighbours: [], ties: [], total: 0 };
    const rows = result.records.map((r) => r.toObject());
    return {
      center: hub,
      neighbours: rows.map((r) => Entity.parse(r)),
      ties: rows.flatMap((r) => z.array(TieRow).parse(r.ties)),
      total: num(rows[0]?.total ?? 0),
    };
  });
}

export type EntityMatch = { id: string; name: string; type: string; matched: string };

/**
 * Suggestions over names and aliases in both languages: the `entity_search` full-text index
 * (cjk analyzer: Korean bigrams, English words, with a prefix wildcard for half-typed words),
 * plus a substring scan so a single Hangul syllable or a fragment inside a name still matches.
 */
export async function searchEntities(g: Graph, query: string, limit: number): Promise<EntityMatch[]> {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const lucene = terms.map((t) => `(${luceneEscape(t)} OR ${luceneEscape(t)}*)`).join(' AND ');
  const Row = z.object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    aliases: z.array(z.string()).nullable(),
    score: z.number(),
  });
  const rows = await readTx(g, async (tx) => {
    const result = await tx.run(
      `CALL () {
         CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
         RETURN node, score
         UNION
         MATCH (node:Entity)
         WHERE toLower(node.name) CONTAINS $text OR any(a IN node.aliases WHERE toLower(a) CONTAINS $text)
         RETURN node, 0.0 AS score LIMIT $limit
       }
       RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases, max(score) AS score`,
      // LIMIT wants an integer, and JavaScript numbers travel as floats.
      { lucene, text: terms.join(' '), limit: neo4j.int(limit) },
    );
    return result.records.map((r) => Row.parse(r.toObject()));
  });
  const text = terms.join(' ');
  const rank = (form: string) => {
    const f = form.toLowerCase();
    return f === text ? 0 : f.startsWith(text) ? 1 : f.includes(text) ? 2 : 3;
  };
  return rows
    .map((row) => {
      // Show the form the user was typing (e.g. 딥시크 for "딥"), not only the display name.
      const matched = [row.name, ...(row.aliases ?? [])].sort((a, b) => rank(a) - rank(b))[0] ?? row.name;
      return { id: row.id, name: row.name, type: row.type, matched, rank: rank(matched), score: row.score };
    })
    .sort((a, b) => a.rank - b.rank || b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ id, name, type, matched }) => ({ id, name, type, matched }));
}

/** Relationship element ids (as Cypher results carry them) → the relations they are. */
export async function tiesByElementId(g: Graph, elementIds: readonly string[]): Promise<Map<string, Tie>> {
  if (!elementIds.length) return new Map();
  return readTx(g, async (tx) => {
    const result = await tx.run(
      `UNWIND $keys AS key
       MATCH (s:Entity)-[r]->(t:Entity) WHERE elementId(r) = key
       RETURN key, s.id AS source, t.id AS target, type(r) AS type`,
      { keys: [...elementIds] },
    );
    const map = new Map<string, Tie>();
    for (const r of result.records) {
      const tie = TieRow.safeParse(r.toObject());
      if (tie.success) map.set(String(r.get('key')), tie.data);
    }
    return map;
  });
}

/**
 * What the viewer reads before anything else, in one statement (each statement costs a plan on a
 * just-started Neo4j): a fingerprint that changes whenever an article is added, replaced or
 * removed (counts from Neo4j's count store, the last ingest time; it starts with the database's
 * own id, so two databases never share one), whether only kg's relationship types exist (see
 * degreeOf), and the first and last report day of any article, for the date inputs' bounds.
 */
export type GraphState = {
  fingerprint: string;
  onlyKnownTypes: boolean;
  dates: { min: string | null; max: string | null };
};

export async function graphState(g: Graph): Promise<GraphState> {
  const known = [...RELATION_TYPES, 'MENTIONS', 'SUPPORTS'];
  return readTx(g, async (tx) => {
    const result = await tx.run(
      `CALL db.info() YIELD id
       CALL () {
         MATCH (a:Article)
         RETURN count(a) AS articles, max(a.ingestedAt) AS last, min(a.reportDate) AS min, max(a.reportDate) AS max
       }
       CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
       CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
       RETURN id, articles, last, entities, relations, min, max, all(t IN types WHERE t IN $known) AS onlyKnown`,
      { known },
    );
    const r = result.records[0];
    if (!r) return { fingerprint: '', onlyKnownTypes: false, dates: { min: null, max: null } };
    return {
      fingerprint: ['id', 'articles', 'last', 'entities', 'relations'].map((k) => String(r.get(k))).join('|'),
      onlyKnownTypes: r.get('onlyKnown') === true,
      dates: { min: (r.get('min') as string | null) ?? null, max: (r.get('max') as string | null) ?? null },
    };
  });
}

/** GraphState's fingerprint alone. */
export const graphFingerprint = async (g: Graph): Promise<string> => (await graphState(g)).fingerprint;
