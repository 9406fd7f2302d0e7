/**
 * The statements that write a chunk of articles after its look-ups: WRITE_CHUNK writes the
 * articles with their edges and creates what is new, once per entity and fact (not once per
 * mention); the entities and facts that were there come back locked, and the updates fold.ts
 * computes for them go by element id. The statement they replace did everything row by row,
 * per article and mention: ~25 Eager buffers, a relation look-up and ten conditional SETs per
 * relation row, a lock per mention.
 */
import { relationBetween } from './facts.js';

/**
 * The chunk in one statement: the Article nodes; every entity of the chunk (`$entities`,
 * sorted by id: one locking order for every writer, so two chunks wait rather than deadlock)
 * and every fact (`$facts`, sorted by fact id), each merged once with the chunk's edges to it.
 * A node this statement creates gets the chunk's final state at once (the rows folded from
 * nothing, fold.ts), and a fact's relation is created with it; a node that was there is locked
 * (the ON MATCH SET) before it is read, and comes back in `entities` / `facts` with its state,
 * for fold.ts to update it. Mentions and supports name their article, and facts their ends,
 * by position in `$articles` and `$entities`; the counts written come back to be checked.
 */
export const WRITE_CHUNK = `UNWIND $articles AS art
  CREATE (a:Article {id: art.id})
  SET a.title = art.title, a.source = art.source, a.lang = art.lang, a.publishedAt = art.publishedAt,
      a.ingestedAt = $ingestedAt, a.reportDate = art.date
  WITH collect(a) AS arts
  CALL (arts) {
    UNWIND $entities AS x
    MERGE (e:Entity {id: x.id})
      ON CREATE SET e._lock = true, e:$(x.type), e.type = x.type, e.name = x.name, e.aliases = x.aliases,
                    e.aliasKeys = x.aliasKeys
      ON MATCH SET e._lock = false
    WITH arts, x, e, e._lock AS created
    REMOVE e._lock
    WITH arts, x, e, created
    CALL (arts, x, e) {
      UNWIND x.mentions AS m
      WITH arts[m.article] AS a, m, e
      CREATE (a)-[:MENTIONS {count: m.count, name: m.name, aliases: m.aliases, starts: m.starts, ends: m.ends}]->(e)
      RETURN count(*) AS mentions
    }
    RETURN collect(e) AS ents, sum(mentions) AS mentions,
           collect(CASE WHEN NOT created THEN {id: x.id, element: elementId(e), name: e.name, aliases: e.aliases,
                                               aliasKeys: e.aliasKeys} END) AS entities
  }
  CALL (arts, ents) {
    UNWIND $facts AS x
    WITH arts, x, ents[x.s] AS s, ents[x.t] AS t
    MERGE (f:Fact {id: x.fact})
      ON CREATE SET f._lock = true, f.type = x.type, f.source = x.source, f.target = x.target, f += x.bookkeeping
      ON MATCH SET f._lock = false
    WITH arts, x, s, t, f, f._lock AS created
    REMOVE f._lock
    WITH arts, x, s, t, f, created
    CALL (x, s, t, created) {
      WITH x, s, t WHERE created
      CREATE (s)-[r:$(x.type)]->(t)
      SET r = x.relation
    }
    CALL (arts, x, f) {
      UNWIND x.supports AS sp
      WITH arts[sp.article] AS a, sp, f
      CREATE (a)-[:SUPPORTS {sentences: sp.sentences, starts: sp.starts, ends: sp.ends, confidence: sp.confidence,
                             amount: sp.amount, currency: sp.currency}]->(f)
      RETURN count(*) AS supports
    }
    WITH x, s, t, f, created, supports,
         CASE WHEN NOT created AND f.confidenceHolders IS NOT NULL THEN ${relationBetween('s', 't', 'x.type')} END AS r
    RETURN sum(supports) AS supports,
           collect(CASE WHEN NOT created THEN {fact: x.fact, element: elementId(f), source: elementId(s),
                   target: elementId(t), relation: elementId(r), articles: coalesce(r.articles, 0),
                   confidence: r.confidence, firstSeen: r.firstSeen, lastSeen: r.lastSeen, amount: r.amount,
                   currency: r.currency, confidenceHolders: f.confidenceHolders,
                   firstSeenHolders: f.firstSeenHolders, lastSeenHolders: f.lastSeenHolders,
                   amountArticle: f.amountArticle} END) AS facts
  }
  RETURN mentions, supports, entities, facts`;

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
