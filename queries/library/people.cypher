// @name people
// @description People working for a company or organization
// @param entity entity  the employer: id, name or any alias
MATCH (p:Entity)-[r:WORKS_FOR]->(x:Entity)
WHERE x.id IN $entity
RETURN x.name AS employer, p.name AS person, p.id AS id, p.aliases AS aliases,
       size(r.articles) AS articles, r.evidenceSentences[0] AS evidence
ORDER BY person, id
