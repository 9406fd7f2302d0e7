// @name regulation
// @description Who regulates an entity, and what it regulates
// @param entity entity  the entity: id, name or any alias
MATCH (x:Entity)-[r:REGULATES]-(o:Entity)
WHERE x.id IN $entity
RETURN x.name AS entity,
       CASE WHEN startNode(r) = x THEN 'regulates' ELSE 'regulated by' END AS direction,
       o.name AS other, o.type AS type, o.id AS id,
       r.articles AS articles, r.firstSeen AS firstSeen
ORDER BY direction, other, id
