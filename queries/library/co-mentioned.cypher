// @name co-mentioned
// @description Entities mentioned in the same articles as an entity
// @param entity entity  the entity: id, name or any alias
// @param top int=20  how many entities
MATCH (x:Entity)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(o:Entity)
WHERE x.id IN $entity AND NOT o.id IN $entity
WITH o, collect(DISTINCT a) AS shared
RETURN o.name AS entity, o.type AS type, o.id AS id, size(shared) AS articles,
       [a IN shared | a.title] AS titles
ORDER BY articles DESC, entity, id
LIMIT $top
