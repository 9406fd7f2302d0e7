/** Small helpers for the ingest tests: run the pipeline on a string, find entities and relations. */
import type { ExtractedEntity, Extraction, RelationType } from '../../graph/model.js';
import { extract } from '../../ingest/pipeline.js';

export function run(text: string, source = 'test.txt'): Promise<Extraction> {
  return extract({ source, text, format: 'txt' });
}

export function entity(x: Extraction, id: string): ExtractedEntity | undefined {
  return x.entities.find((e) => e.id === id);
}

export function hasRelation(x: Extraction, type: RelationType, source: string, target: string): boolean {
  return x.relations.some(
    (r) =>
      r.type === type &&
      ((r.source === source && r.target === target) ||
        (type === 'COMPETES_WITH' && r.source === target && r.target === source)),
  );
}

export function relationsOf(x: Extraction, type: RelationType): string[] {
  return x.relations.filter((r) => r.type === type).map((r) => `${r.source}>${r.target}`);
}

/** The relations of one type as "source name>target name", sorted: what a reader checks. */
export function namedPairs(x: Extraction, type: RelationType): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations
    .filter((r) => r.type === type)
    .map((r) => `${name.get(r.source)}>${name.get(r.target)}`)
    .sort();
}

/** Every entity of a text's extraction as "Type:name", for checks on what was found and as what. */
export async function typedNames(text: string): Promise<string[]> {
  return (await run(text)).entities.map((e) => `${e.type}:${e.name}`);
}
