/**
 * The peer: LangChain.js Neo4jGraph.addGraphDocuments, fed the same extractions converted to
 * its GraphDocument format, with the options its documentation recommends (a base entity
 * label, and the source article as a Document node that MENTIONS each entity).
 */

import { GraphDocument, Node, Relationship } from '@langchain/community/graphs/document';
import { Neo4jGraph } from '@langchain/community/graphs/neo4j_graph';
import { Document } from '@langchain/core/documents';
import type { ConnectionSettings } from '../graph/config.js';
import type { Extraction } from '../graph/model.js';
import { entityRows, relationRows } from '../graph/rows.js';

export function toGraphDocument(extraction: Extraction, text: string): GraphDocument {
  const nodes = new Map(
    entityRows(extraction).map((e) => [
      e.id,
      new Node({ id: e.id, type: e.type, properties: { name: e.name, aliases: e.aliases } }),
    ]),
  );
  const relationships = relationRows(extraction).flatMap((r) => {
    const source = nodes.get(r.source);
    const target = nodes.get(r.target);
    if (!source || !target) return [];
    const properties: Record<string, string | number | string[] | number[]> = {
      confidence: r.confidence,
      evidenceSentences: r.evidence.map((e) => e.sentence),
      evidenceStarts: r.evidence.map((e) => e.start),
      evidenceEnds: r.evidence.map((e) => e.end),
    };
    if (r.amount) properties.amount = r.amount;
    if (r.currency) properties.currency = r.currency;
    return [new Relationship({ source, target, type: r.type, properties })];
  });
  const { article } = extraction;
  const source = new Document({
    pageContent: text,
    metadata: { id: article.id, title: article.title, source: article.source, lang: article.lang },
  });
  return new GraphDocument({ nodes: [...nodes.values()], relationships, source });
}

export async function openLangChain(settings: ConnectionSettings): Promise<Neo4jGraph> {
  const graph = new Neo4jGraph({
    url: settings.uri,
    username: settings.username,
    password: settings.password,
    ...(settings.database ? { database: settings.database } : {}),
  });
  // What Neo4jGraph.initialize does, minus its console.log (stdout is the benchmark's table).
  await graph.refreshSchema();
  return graph;
}

export async function writeLangChain(graph: Neo4jGraph, documents: GraphDocument[]): Promise<void> {
  await graph.addGraphDocuments(documents, { baseEntityLabel: true, includeSource: true });
}
