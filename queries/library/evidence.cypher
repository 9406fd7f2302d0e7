// @name evidence
// @description The evidence for a relation between two entities: sentences, offsets and articles
// @param source entity  one end: id, name or any alias
// @param target entity  the other end: id, name or any alias
// @param relation relationType?  only this relation type (COMPETES_WITH, INVESTS_IN...)
// Either direction matches, since symmetric relations are stored one way round only.
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $source AND b.id IN $target AND ($relation IS NULL OR type(r) = $relation)
UNWIND range(0, size(r.evidenceArticles) - 1) AS i
OPTIONAL MATCH (art:Article {id: r.evidenceArticles[i]})
RETURN type(r) AS relation, startNode(r).name AS source, endNode(r).name AS target,
       r.evidenceSentences[i] AS sentence, r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS `end`,
       art.title AS article, art.reportDate AS date, r.evidenceArticles[i] AS articleId
ORDER BY relation, date, articleId, start
