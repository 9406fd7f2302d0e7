// @name competitors
// @description Competitors of an entity (COMPETES_WITH in either direction)
// @param entity entity  the company, model or country: id, name or any alias
// COMPETES_WITH is stored once (smaller id first), so the pattern is undirected.
MATCH (x:Entity)-[r:COMPETES_WITH]-(c:Entity)
WHERE x.id IN $entity
RETURN x.name AS entity, c.name AS competitor, c.type AS type, c.id AS id,
       r.articles AS articles, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY articles DESC, competitor, id
