// @name summary
// @description Graph summary: nodes by label, relationships by type, articles by language
CALL () {
  // The schema-version node is bookkeeping, not data.
  MATCH (n) WHERE NOT n:KgMeta UNWIND labels(n) AS key RETURN 'label' AS kind, key, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS kind, type(r) AS key, count(*) AS count
  UNION ALL
  MATCH (a:Article) RETURN 'language' AS kind, a.lang AS key, count(*) AS count
}
RETURN kind, key, count
ORDER BY kind, key
