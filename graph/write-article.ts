/**
 * The one statement that writes an article: the Article node, its entities (merged, with the
 * forms it used kept on its MENTIONS edges), and its support of each fact (facts.ts). Every
 * round trip is a few milliseconds, and an article used to take eight of them.
 */
import { ADD_SUPPORT } from './facts.js';

export const WRITE_ARTICLE = `CREATE (a:Article {id: $article.id})
     SET a.title = $article.title, a.source = $article.source, a.lang = $article.lang,
         a.publishedAt = $article.publishedAt, a.ingestedAt = $ingestedAt, a.reportDate = $date
     WITH a
     CALL (a) {
       UNWIND $entities AS x
       MERGE (e:Entity {id: x.id})
         ON CREATE SET e.type = x.type, e.name = x.name, e.aliases = [], e.aliasKeys = []
       // Lock before reading what is there, so a concurrent ingest's aliases are not lost.
       SET e._lock = true
       REMOVE e._lock
       SET e:$(x.type)
       WITH a, e, x
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
       // The same rule as preferredName (rows.ts): a Korean form first, then the smaller string.
       WITH a, e, x, aliases, keys, e.name =~ '.*[가-힣].*' AS oldKorean, x.name =~ '.*[가-힣].*' AS newKorean
       WITH a, e, x, aliases, keys,
            CASE WHEN newKorean <> oldKorean THEN CASE WHEN newKorean THEN x.name ELSE e.name END
                 WHEN x.name < e.name THEN x.name ELSE e.name END AS name
       // Most mentions add nothing new; skipping the SET spares two full-text index updates.
       FOREACH (_ IN CASE WHEN aliases <> e.aliases OR keys <> e.aliasKeys OR name <> e.name THEN [1] ELSE [] END |
         SET e.aliases = aliases, e.aliasKeys = keys, e.name = name)
       CREATE (a)-[m:MENTIONS]->(e)
       SET m.count = x.count, m.name = x.name, m.aliases = x.aliases, m.starts = x.starts, m.ends = x.ends
     }
     CALL (a) {${ADD_SUPPORT}
     }
     RETURN supported`;
