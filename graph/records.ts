/**
 * The read boundary: Neo4j records turned into typed values by a zod schema, never by a cast.
 * A record that does not fit says which query column was wrong, instead of travelling on as a
 * value of the wrong type.
 */
import type { QueryResult, RecordShape } from 'neo4j-driver';
import type { z } from 'zod';

/** Every record of a result, parsed as one object of its columns. */
export function records<T extends z.ZodTypeAny>(result: QueryResult<RecordShape>, schema: T): z.infer<T>[] {
  return result.records.map((record) => schema.parse(record.toObject()));
}

/** The single record a query returns (an aggregate); an error if there is none. */
export function one<T extends z.ZodTypeAny>(result: QueryResult<RecordShape>, schema: T): z.infer<T> {
  const [first] = records(result, schema);
  if (first === undefined) throw new Error('the query returned no record');
  return first;
}

/** The first record, or undefined when the query matched nothing. */
export function first<T extends z.ZodTypeAny>(result: QueryResult<RecordShape>, schema: T): z.infer<T> | undefined {
  return records(result, schema)[0];
}
