/**
 * The provenance model's Cypher, in one place: each fact (one relation between two entities)
 * has a `(:Fact {id})` anchor, every article that states it has its own
 * `(:Article)-[:SUPPORTS {sentences, starts, ends, confidence, amount, currency}]->(:Fact)`,
 * and the user-facing relation carries only aggregates. Adding or removing an article's
 * support touches that article's SUPPORTS edges and the aggregates of the facts they reach —
 * never the other articles' evidence — except when the article held an extreme value alone
 * (the only holder of the top confidence, the earliest or latest date, the kept amount); then
 * that one fact's aggregates are recomputed from its remaining supporters.
 *
 * Bookkeeping that makes this incremental lives on the Fact node: how many supporters hold
 * the current maximum confidence, the first and the last date; which article's amount is kept.
 * Adding support is computed in fold.ts and written by write-article.ts.
 */
import { RELATION_TYPES, type RelationType } from './model.js';

/** `COMPETES_WITH|company:a|company:b`: the key of the relation an article supports. */
export const factId = (type: RelationType, source: string, target: string) => `${type}|${source}|${target}`;

/** Relation types as a pattern; they come from the closed schema, never from input. */
export const RELATIONS = RELATION_TYPES.join('|');

/**
 * The relation of type `type` from node `s` to node `t`, or null: an expansion from the two
 * bound nodes, each branch with its type written out so a popular entity reads only that
 * type's relationships. Never `MERGE (s)-[r:$(type)]->(t)`: planned on a near-empty graph
 * (the first ingest of a fresh database), that becomes a scan of every relationship in the
 * graph and a filter, kept in the plan cache while the graph grows (profiled: 8.2 million db
 * hits for 300 articles, 28k per article against ~1.7k).
 */
export const relationBetween = (s: string, t: string, type: string) =>
  `CASE ${type} ${RELATION_TYPES.map((r) => `WHEN '${r}' THEN head(COLLECT { MATCH (${s})-[r:${r}]->(${t}) RETURN r })`).join(' ')} END`;

/**
 * The aggregates of one fact from all its supporters: run on `f` and `r` when an increment
 * cannot tell (the removed article held an extreme alone), and by the migration.
 */
export const RECOMPUTE = `
  MATCH (o:Article)-[sp:SUPPORTS]->(f)
  WITH f, r, o, sp ORDER BY o.id
  WITH f, r, collect({id: o.id, d: o.reportDate, c: sp.confidence, amount: sp.amount, currency: sp.currency}) AS rows
  WITH f, r, rows, reduce(m = 0.0, x IN rows | CASE WHEN x.c > m THEN x.c ELSE m END) AS top,
       reduce(m = null, x IN rows | CASE WHEN m IS NULL OR x.d < m THEN x.d ELSE m END) AS first,
       reduce(m = null, x IN rows | CASE WHEN m IS NULL OR x.d > m THEN x.d ELSE m END) AS last,
       head([x IN rows WHERE x.amount IS NOT NULL]) AS kept
  SET r.articles = size(rows), r.confidence = top, r.firstSeen = first, r.lastSeen = last,
      f.confidenceHolders = size([x IN rows WHERE x.c = top]),
      f.firstSeenHolders = size([x IN rows WHERE x.d = first]),
      f.lastSeenHolders = size([x IN rows WHERE x.d = last]),
      f.amountArticle = kept.id, r.amount = kept.amount, r.currency = kept.currency`;

/**
 * Takes the support of the article whose id is in variable `id` off its facts: deletes its
 * SUPPORTS edges, decrements the aggregates, deletes facts left with no supporter, and
 * recomputes only the facts whose extreme it held.
 */
export const REMOVE_SUPPORT = `
  MATCH (a:Article {id: id})-[sp:SUPPORTS]->(f:Fact)
  SET f._lock = true
  REMOVE f._lock
  WITH a, sp, f
  MATCH (s:Entity {id: f.source}), (t:Entity {id: f.target})
  WITH a, sp, f, ${relationBetween('s', 't', 'f.type')} AS r
  WITH a, sp, f, r, sp.confidence AS c, a.reportDate AS d, f.amountArticle = a.id AS heldAmount
  DELETE sp
  SET r.articles = r.articles - 1,
      f.confidenceHolders = f.confidenceHolders - CASE WHEN c = r.confidence THEN 1 ELSE 0 END,
      f.firstSeenHolders = f.firstSeenHolders - CASE WHEN d = r.firstSeen THEN 1 ELSE 0 END,
      f.lastSeenHolders = f.lastSeenHolders - CASE WHEN d = r.lastSeen THEN 1 ELSE 0 END
  WITH f, r, heldAmount, r.articles = 0 AS orphan
  CALL (f, r, orphan, heldAmount) {
    WITH f, r WHERE NOT orphan
      AND (heldAmount OR f.confidenceHolders = 0 OR f.firstSeenHolders = 0 OR f.lastSeenHolders = 0)
    ${RECOMPUTE}
  }
  CALL (f, r, orphan) {
    WITH f, r WHERE orphan
    DELETE r
    DELETE f
  }
  RETURN count(CASE WHEN orphan THEN 1 END) AS deleted`;
