/**
 * The one statement that writes a chunk of articles: per article (in order, each seeing the
 * ones before), the Article node, its entities (merged, with the forms it used kept on its
 * MENTIONS edges), and its support of each fact (facts.ts). One statement a chunk, not one an
 * article: Neo4j parses, checks and autoparameterises a statement's text on every run before
 * it finds the cached plan, and this text is long.
 */
import { addSupport } from './facts.js';

/** `$articles`: [{article, date, entities, relations}]; one row back per article, in order. */
export const WRITE_ARTICLES = `UNWIND $articles AS art
  CALL (art) {
     CREATE (a:Article {id: art.article.id})
     SET a.title = art.article.title, a.source = art.article.source, a.lang = art.article.lang,
         a.publishedAt = art.article.publishedAt, a.ingestedAt = $ingestedAt, a.reportDate = art.date
     WITH a
     CALL (a, art) {
       UNWIND art.entities AS x
       MERGE (e:Entity {id: x.id})
         ON CREATE SET e:$(x.type), e.type = x.type, e.name = x.name, e.aliases = [], e.aliasKeys = []
       // Lock before reading what is there, so a concurrent ingest's aliases are not lost.
       SET e._lock = true
       REMOVE e._lock
       // Every entity written has its name among its aliases: none means this MERGE created it.
       // The same rule as preferredName (rows.ts): a Korean form first, then the smaller string.
       WITH a, e, x, e.aliases = [] AS created, e.name =~ '.*[가-힣].*' AS oldKorean, x.name =~ '.*[가-힣].*' AS newKorean
       WITH a, e, x, created,
            CASE WHEN newKorean <> oldKorean THEN CASE WHEN newKorean THEN x.name ELSE e.name END
                 WHEN x.name < e.name THEN x.name ELSE e.name END AS name,
            all(k IN x.aliasKeys WHERE k IN e.aliasKeys) AND all(n IN x.aliases WHERE n IN e.aliases) AS known
       // Most mentions add no new form: then the lists stay, and so do the full-text indexes.
       CALL (e, x, known) {
         WITH e, x WHERE NOT known
         CALL (e, x) {
           UNWIND e.aliases + x.aliases AS alias
           WITH DISTINCT alias ORDER BY alias
           RETURN collect(alias) AS aliases
         }
         CALL (e, x) {
           UNWIND e.aliasKeys + x.aliasKeys AS key
           WITH DISTINCT key ORDER BY key
           RETURN collect(key) AS keys
         }
         SET e.aliases = aliases, e.aliasKeys = keys
       }
       FOREACH (_ IN CASE WHEN name <> e.name THEN [1] ELSE [] END | SET e.name = name)
       CREATE (a)-[:MENTIONS {count: x.count, name: x.name, aliases: x.aliases, starts: x.starts, ends: x.ends}]->(e)
       RETURN count(CASE WHEN created THEN 1 END) AS entitiesCreated
     }
     CALL (a, art) {${addSupport('art.relations', 'art.date')}
     }
     RETURN entitiesCreated, relationsCreated
  }
  RETURN art.article.id AS id, entitiesCreated, relationsCreated`;
