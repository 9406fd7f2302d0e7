// @name shortest-path
// @description Shortest path between two entities, with the evidence of each hop
// @param from entity  one end: id, name or any alias
// @param to entity  the other end: id, name or any alias
// Relations are followed either way round (a path of news links, not of directed flows);
// `relation` shows the stored direction. At most 8 hops: a bound Cypher cannot take as a parameter.
MATCH (a:Entity) WHERE a.id IN $from
MATCH (b:Entity) WHERE b.id IN $to AND a <> b
MATCH p = shortestPath((a)-[:COMPETES_WITH|REGULATES|INVESTS_IN|DEVELOPS|WORKS_FOR|BASED_IN*..8]-(b))
WITH p ORDER BY length(p), [n IN nodes(p) | n.id] LIMIT 1
UNWIND range(0, length(p) - 1) AS i
WITH i, relationships(p)[i] AS r, nodes(p)[i] AS here, nodes(p)[i + 1] AS next
// The earliest supporting article's first sentence stands for the hop.
OPTIONAL CALL (r) {
  MATCH (art:Article)-[sp:SUPPORTS]->(:Fact {id: r.fact})
  RETURN art, sp.sentences[0] AS evidence ORDER BY art.reportDate, art.id LIMIT 1
}
RETURN i + 1 AS hop, here.name AS source,
       CASE WHEN startNode(r) = here THEN '-[' + type(r) + ']->' ELSE '<-[' + type(r) + ']-' END AS relation,
       next.name AS target, evidence, art.title AS article,
       r.articles AS articles
ORDER BY hop
