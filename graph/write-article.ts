/**
 * The statements that write a chunk of articles, in two round trips after the look-ups:
 * LOCK_ENTITIES and LOCK_FACTS take and read every entity and fact the chunk touches, once
 * each (created when missing, so a concurrent ingest of the same entity waits for this one),
 * then the write: the Article nodes with their MENTIONS and SUPPORTS edges, and the entities,
 * facts and relations whose state the chunk changed (fold.ts), reached by element id. Every
 * statement is a flat UNWIND: no conditional logic, no Eager buffers, no relation look-up per
 * row — the old per-row statement cost ~20 ms of Neo4j CPU per news article, most of it there.
 */
import { relationBetween } from './facts.js';

/**
 * `$entities`: [{id, type, name, aliases, aliasKeys}] sorted by id (one locking order for every
 * writer, so two chunks wait rather than deadlock). A missing entity is created with the
 * chunk's own forms. Locks, then reads: the state returned is the committed one.
 */
export const LOCK_ENTITIES = `UNWIND $entities AS x
  OPTIONAL MATCH (old:Entity {id: x.id})
  WITH x, old IS NULL AS fresh
  MERGE (e:Entity {id: x.id})
    ON CREATE SET e:$(x.type), e.type = x.type, e.name = x.name, e.aliases = x.aliases, e.aliasKeys = x.aliasKeys
  SET e._lock = true
  REMOVE e._lock
  RETURN x.id AS id, elementId(e) AS element, fresh, e.name AS name, e.aliases AS aliases, e.aliasKeys AS aliasKeys`;

/**
 * `$facts`: [{fact, type, source, target}] sorted by fact; after LOCK_ENTITIES in the same
 * transaction. Locks each Fact (created when missing) and reads its bookkeeping and its
 * relation's aggregates; a fact no article supported yet has no relation to look for.
 */
export const LOCK_FACTS = `UNWIND $facts AS x
  MERGE (f:Fact {id: x.fact})
    ON CREATE SET f.type = x.type, f.source = x.source, f.target = x.target
  SET f._lock = true
  REMOVE f._lock
  WITH x, f
  MATCH (s:Entity {id: x.source}), (t:Entity {id: x.target})
  WITH x, f, s, t, CASE WHEN f.confidenceHolders IS NOT NULL THEN ${relationBetween('s', 't', 'x.type')} END AS r
  RETURN x.fact AS fact, elementId(f) AS element, elementId(s) AS source, elementId(t) AS target,
         elementId(r) AS relation, coalesce(r.articles, 0) AS articles, r.confidence AS confidence,
         r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.amount AS amount, r.currency AS currency,
         f.confidenceHolders AS confidenceHolders, f.firstSeenHolders AS firstSeenHolders,
         f.lastSeenHolders AS lastSeenHolders, f.amountArticle AS amountArticle`;

/**
 * `$articles`: [{id, title, source, lang, publishedAt, date, mentions, supports}], mentions
 * and supports naming their entity or fact by element id.
 */
export const WRITE_ARTICLES = `UNWIND $articles AS art
  CREATE (a:Article {id: art.id})
  SET a.title = art.title, a.source = art.source, a.lang = art.lang, a.publishedAt = art.publishedAt,
      a.ingestedAt = $ingestedAt, a.reportDate = art.date
  WITH a, art
  CALL (a, art) {
    UNWIND art.mentions AS m
    MATCH (e) WHERE elementId(e) = m.entity
    CREATE (a)-[:MENTIONS {count: m.count, name: m.name, aliases: m.aliases, starts: m.starts, ends: m.ends}]->(e)
  }
  CALL (a, art) {
    UNWIND art.supports AS x
    MATCH (f) WHERE elementId(f) = x.fact
    CREATE (a)-[:SUPPORTS {sentences: x.sentences, starts: x.starts, ends: x.ends, confidence: x.confidence,
                           amount: x.amount, currency: x.currency}]->(f)
  }
  RETURN count(*) AS written`;

/** `$nodes`: [{element, set}]: the changed properties of entities and facts. */
export const UPDATE_NODES = `UNWIND $nodes AS x
  MATCH (n) WHERE elementId(n) = x.element
  SET n += x.set`;

/** `$relations`: [{type, source, target, set}]: relations of facts that had none, ends by element id. */
export const CREATE_RELATIONS = `UNWIND $relations AS x
  MATCH (s) WHERE elementId(s) = x.source
  MATCH (t) WHERE elementId(t) = x.target
  CREATE (s)-[r:$(x.type)]->(t)
  SET r = x.set`;

/** `$relations`: [{element, set}]: the changed aggregates of existing relations. */
export const UPDATE_RELATIONS = `UNWIND $relations AS x
  MATCH ()-[r]->() WHERE elementId(r) = x.element
  SET r += x.set`;
