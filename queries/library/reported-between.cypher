// @name reported-between
// @description Relations first reported between two dates (inclusive, YYYY-MM-DD)
// @param from date  first day
// @param to date  last day
// firstSeen is the earliest publication day (or ingestion day) of a supporting article.
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.firstSeen >= $from AND r.firstSeen <= $to
RETURN r.firstSeen AS firstSeen, s.name AS source, type(r) AS relation, t.name AS target,
       r.articles AS articles, head(COLLECT {
         MATCH (art:Article)-[sp:SUPPORTS]->(:Fact {id: r.fact})
         RETURN sp.sentences[0] AS sentence ORDER BY art.reportDate, art.id LIMIT 1
       }) AS evidence
ORDER BY firstSeen, relation, source, target
