/**
 * The naive writer the benchmark compares against: what a straightforward graph builder does,
 * one auto-commit MERGE statement per entity, mention and relation. It writes the same data
 * model as graph/write.ts (labels, MENTIONS with counts, a Fact and a SUPPORTS edge with the
 * evidence per relation and article) but without
 * cross-article alias resolution and without batching.
 */
import type { Graph } from '../graph/driver.js';
import type { Extraction } from '../graph/model.js';
import { entityRows, relationRows } from '../graph/rows.js';

export async function writeNaive(g: Graph, extraction: Extraction, ingestedAt: string): Promise<number> {
  const { article } = extraction;
  const session = g.driver.session({ database: g.database });
  let statements = 0;
  // Every session.run outside a transaction is its own auto-commit transaction.
  const run = async (cypher: string, params: Record<string, unknown>) => {
    statements++;
    await session.run(cypher, params);
  };
  try {
    await run(
      `MERGE (a:Article {id: $id})
       SET a.title = $title, a.source = $source, a.lang = $lang, a.publishedAt = $publishedAt, a.ingestedAt = $ingestedAt`,
      { ...article, publishedAt: article.publishedAt ?? null, ingestedAt },
    );
    for (const e of entityRows(extraction)) {
      await run(
        `MERGE (e:Entity {id: $id}) ON CREATE SET e.type = $type
         SET e:$($type), e.name = $name, e.aliases = $aliases`,
        e,
      );
      await run(
        `MATCH (a:Article {id: $articleId}), (e:Entity {id: $id})
         MERGE (a)-[m:MENTIONS]->(e) SET m.count = $count, m.starts = $starts, m.ends = $ends`,
        { ...e, articleId: article.id },
      );
    }
    for (const r of relationRows(extraction)) {
      await run('MERGE (f:Fact {id: $fact}) ON CREATE SET f.type = $type, f.source = $source, f.target = $target', r);
      await run(
        `MATCH (a:Article {id: $articleId}), (f:Fact {id: $fact})
         CREATE (a)-[:SUPPORTS {sentences: $sentences, starts: $starts, ends: $ends, confidence: $confidence,
                                amount: $amount, currency: $currency}]->(f)`,
        {
          ...r,
          articleId: article.id,
          sentences: r.evidence.map((e) => e.sentence),
          starts: r.evidence.map((e) => e.start),
          ends: r.evidence.map((e) => e.end),
        },
      );
      await run(
        `MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
         MERGE (s)-[r:$($type)]->(t)
         SET r.fact = $fact, r.articles = coalesce(r.articles, 0) + 1,
             r.confidence = $confidence, r.amount = $amount, r.currency = $currency`,
        r,
      );
    }
  } finally {
    await session.close();
  }
  return statements;
}
