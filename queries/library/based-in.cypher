// @name based-in
// @description Entities based in a country, by type
// @param country entity  the country: id, name or any alias
// @param type entityType?  only entities of this type (Person, Company, Organization...)
MATCH (e:Entity)-[r:BASED_IN]->(c:Entity)
WHERE c.id IN $country AND ($type IS NULL OR e.type = $type)
RETURN c.name AS country, e.type AS type, e.name AS entity, e.id AS id, r.articles AS articles
ORDER BY type, entity, id
