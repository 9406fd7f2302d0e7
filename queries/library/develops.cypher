// @name develops
// @description Models developed by an entity, or who develops a model
// @param entity entity  a developer (company, person...) or a model: id, name or any alias
// One parameter answers both questions: the entity may stand at either end of DEVELOPS.
MATCH (d:Entity)-[r:DEVELOPS]->(m:Entity)
WHERE d.id IN $entity OR m.id IN $entity
RETURN d.name AS developer, d.id AS developerId, m.name AS model, m.id AS modelId, m.type AS modelType,
       r.articles AS articles, r.firstSeen AS firstSeen
ORDER BY developer, model
