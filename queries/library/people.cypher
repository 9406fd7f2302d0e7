// @name people
// @description People working for a company or organization, with the earliest supporting sentence
// @param entity entity  the employer: id, name or any alias
MATCH (p:Entity)-[r:WORKS_FOR]->(x:Entity)
WHERE x.id IN $entity
RETURN x.name AS employer, p.name AS person, p.id AS id, p.aliases AS aliases,
       r.articles AS articles, head(COLLECT {
         MATCH (art:Article)-[sp:SUPPORTS]->(:Fact {id: r.fact})
         RETURN sp.sentences[0] AS sentence ORDER BY art.reportDate, art.id LIMIT 1
       }) AS evidence
ORDER BY person, id
