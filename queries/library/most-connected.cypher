// @name most-connected
// @description Most connected entities (number of relations), optionally of one type
// @param type entityType?  only entities of this type
// @param top int=10  how many entities
// Degree counts relations between entities only, not the MENTIONS edges from articles;
// ties are broken by how many articles mention the entity.
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
WITH e, COUNT { (e)-[]-(:Entity) } AS degree, COUNT { (:Article)-[:MENTIONS]->(e) } AS articles
RETURN e.name AS entity, e.type AS type, e.id AS id, degree, articles
ORDER BY degree DESC, articles DESC, entity, id
LIMIT $top
