// @name investments
// @description Investment flows into and out of an entity, with amounts when stated
// @param entity entity  the investor or recipient: id, name or any alias
MATCH (x:Entity)-[r:INVESTS_IN]-(o:Entity)
WHERE x.id IN $entity
RETURN CASE WHEN startNode(r) = x THEN 'out' ELSE 'in' END AS flow,
       startNode(r).name AS investor, endNode(r).name AS recipient,
       r.amount AS amount, r.currency AS currency,
       r.articles AS articles, r.firstSeen AS firstSeen, o.id AS otherId
ORDER BY flow, investor, recipient
