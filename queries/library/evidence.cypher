// @name evidence
// @description The evidence for a relation between two entities: sentences, offsets and articles
// @param source entity  one end: id, name or any alias
// @param target entity  the other end: id, name or any alias
// @param relation relationType?  only this relation type (COMPETES_WITH, INVESTS_IN...)
// Either direction matches, since symmetric relations are stored one way round only.
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $source AND b.id IN $target AND ($relation IS NULL OR type(r) = $relation)
// Each supporting article holds its own evidence on a SUPPORTS edge to the relation's fact.
MATCH (art:Article)-[sp:SUPPORTS]->(:Fact {id: r.fact})
UNWIND range(0, size(sp.sentences) - 1) AS i
RETURN type(r) AS relation, startNode(r).name AS source, endNode(r).name AS target,
       sp.sentences[i] AS sentence, sp.starts[i] AS start, sp.ends[i] AS `end`,
       art.title AS article, art.reportDate AS date, art.id AS articleId
ORDER BY relation, date, articleId, start
