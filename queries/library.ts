/**
 * The named query library: one `.cypher` file per question in queries/library/, each opening
 * with a comment header that is the single definition of its name, description and parameters:
 *
 *   // @name competitors
 *   // @description Competitors of an entity
 *   // @param entity entity         the entity: id, name or any alias
 *   // @param type entityType?      optional (null in Cypher when not given)
 *   // @param top int=10            with a default
 *
 * The parameter types map to zod schemas below; the header becomes one zod object per query,
 * so CLI strings and API values are checked the same way. Entity parameters are resolved to
 * the list of matching entity ids before the query runs (`WHERE x.id IN $entity`), through the
 * same alias index the store uses, so "DeepSeek" finds 딥시크.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Graph } from '../graph/driver.js';
import { UsageError } from '../graph/errors.js';
import { ENTITY_TYPES, EntityType, RELATION_TYPES, RelationType } from '../graph/model.js';
import { findEntityIds } from '../graph/read.js';
import { type QueryRows, type RunOptions, runCypher } from './run.js';

/** A named query that does not exist, or a parameter it does not accept (exit 2 in the CLI). */
/** A named query called with an unknown name or a parameter that does not fit its schema. */
export class QueryParamError extends UsageError {
  constructor(message: string) {
    super(message, 'kg.QueryParam');
    this.name = 'QueryParamError';
  }
}

/** Accepts `company` for `Company`: users type labels in any case. */
const caseless = <T extends string>(values: readonly T[], schema: z.ZodType<T>) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (values.find((t) => t.toLowerCase() === v.toLowerCase()) ?? v) : v),
    schema,
  );

export const PARAM_TYPES = {
  /** An entity by id, name or alias; arrives in Cypher as the list of matching ids. */
  entity: z.string().trim().min(1),
  string: z.string(),
  int: z.coerce.number().int().min(0).max(1_000_000),
  date: z.iso.date(),
  entityType: caseless(ENTITY_TYPES, EntityType),
  relationType: caseless(RELATION_TYPES, RelationType),
} as const;
export type ParamType = keyof typeof PARAM_TYPES;

export type ParamSpec = {
  name: string;
  type: ParamType;
  optional: boolean;
  default?: unknown;
  description: string;
};

export type NamedQuery = {
  name: string;
  description: string;
  params: ParamSpec[];
  cypher: string;
  file: string;
  schema: z.ZodType<Record<string, unknown>>;
};

const PARAM_LINE = /^@param\s+([A-Za-z_][A-Za-z0-9_]*)\s+([A-Za-z]+)(\?|=(\S+))?\s*(.*)$/;

/** Parses one file's header; a malformed header is a bug in the library, so it throws. */
export function parseQuery(text: string, file: string): NamedQuery {
  const header = text
    .split('\n')
    .filter((line) => line.startsWith('//'))
    .map((line) => line.replace(/^\/\/\s?/, '').trim());
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  const tag = (name: string) =>
    header
      .find((l) => l.startsWith(`@${name} `))
      ?.slice(name.length + 2)
      .trim();
  const name = tag('name') ?? fail('no @name line');
  if (!/^[a-z][a-z0-9-]*$/.test(name)) fail(`query names are lower-case words joined by dashes, not "${name}"`);
  const params = header
    .filter((l) => l.startsWith('@param '))
    .map((line): ParamSpec => {
      const m = PARAM_LINE.exec(line) ?? fail(`cannot read "${line}"`);
      const [, pname = '', type = '', marker, raw, description = ''] = m;
      if (!(type in PARAM_TYPES))
        fail(`unknown parameter type "${type}" (known: ${Object.keys(PARAM_TYPES).join(', ')})`);
      const spec: ParamSpec = { name: pname, type: type as ParamType, optional: marker !== undefined, description };
      if (raw !== undefined) {
        const parsed = PARAM_TYPES[spec.type].safeParse(raw);
        if (!parsed.success) fail(`bad default for ${pname}: ${raw}`);
        spec.default = parsed.data;
      }
      return spec;
    });
  const shape = Object.fromEntries(
    params.map((p) => {
      const base: z.ZodType = PARAM_TYPES[p.type];
      const field = p.default !== undefined ? base.default(p.default) : p.optional ? base.optional() : base;
      return [p.name, field];
    }),
  );
  return {
    name,
    description: tag('description') ?? fail('no @description line'),
    params,
    cypher: text,
    file,
    schema: z.strictObject(shape) as unknown as z.ZodType<Record<string, unknown>>,
  };
}

/** The library folder next to this module, or in the source tree when running from dist/. */
function libraryDir(): string {
  const candidates = ['./library/', '../../queries/library/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`the named query library is missing (looked in ${candidates.join(', ')})`);
  return found;
}

let cached: Map<string, NamedQuery> | undefined;

/** The library's queries by name; read once per process unless another folder is given. */
export function loadLibrary(dir?: string): Map<string, NamedQuery> {
  if (cached && dir === undefined) return cached;
  const queries = new Map<string, NamedQuery>();
  const folder = dir ?? libraryDir();
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.cypher'))
    .sort()) {
    const query = parseQuery(readFileSync(`${folder}/${file}`, 'utf8'), file);
    if (queries.has(query.name)) throw new Error(`${file}: a second query named ${query.name}`);
    queries.set(query.name, query);
  }
  if (dir === undefined) cached = queries;
  return queries;
}

export function namedQuery(name: string): NamedQuery {
  const query = loadLibrary().get(name);
  if (!query) {
    throw new QueryParamError(`unknown query "${name}" (kg query --list shows the named queries)`);
  }
  return query;
}

/** Checks raw values (CLI strings or API values) against the query's header; one-line errors. */
export function validateParams(query: NamedQuery, raw: Record<string, unknown>): Record<string, unknown> {
  const parsed = query.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = query.params.map((p) => p.name).join(', ') || 'none';
      return `${query.name} has no parameter ${issue.keys.join(', ')} (it takes: ${known})`;
    }
    const key = String(issue.path[0] ?? '');
    const spec = query.params.find((p) => p.name === key);
    const given = raw[key];
    if (given === undefined) return `${query.name} needs --param ${key}=… (${spec?.description || spec?.type})`;
    return `bad value for ${key} (${spec?.type}): ${JSON.stringify(given)}: ${issue.message}`;
  });
  throw new QueryParamError(problems.join('; '));
}

/**
 * Values ready for the driver: entity references become id lists, ints become Neo4j integers
 * (a JS number is sent as a float, which LIMIT refuses), and absent optional values are null
 * because Cypher needs every parameter it names.
 */
export async function bindParams(
  g: Graph,
  query: NamedQuery,
  values: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const bound: Record<string, unknown> = {};
  for (const spec of query.params) {
    const value = values[spec.name];
    if (value === undefined || value === null) bound[spec.name] = null;
    else if (spec.type === 'entity') {
      const ids = await findEntityIds(g, String(value));
      if (!ids.length) {
        throw new QueryParamError(
          `no entity matches ${JSON.stringify(value)} for ${spec.name} (give an id, a name or an alias)`,
        );
      }
      bound[spec.name] = ids;
    } else if (spec.type === 'int') bound[spec.name] = neo4j.int(value as number);
    else bound[spec.name] = value;
  }
  return bound;
}

export type NamedResult = QueryRows & { query: string; params: Record<string, unknown> };

export async function runNamed(
  g: Graph,
  name: string,
  raw: Record<string, unknown>,
  options: Omit<RunOptions, 'write'> = {},
): Promise<NamedResult> {
  const query = namedQuery(name);
  const values = validateParams(query, raw);
  const bound = await bindParams(g, query, values);
  const rows = await runCypher(g, query.cypher, bound, { ...options, write: false });
  const shown = Object.fromEntries(Object.entries(bound).map(([k, v]) => [k, neo4j.isInt(v) ? v.toNumber() : v]));
  return { ...rows, query: name, params: shown };
}

/** A lower-case word such as `competitors` names a query; anything else is Cypher. */
export const looksLikeName = (text: string) => /^[a-z][a-z0-9-]*$/.test(text.trim());

/**
 * Ad-hoc Cypher gets its parameters as typed as the text allows: JSON values (numbers,
 * booleans, lists) when they parse, whole numbers as Neo4j integers, anything else a string.
 */
export function adHocParams(raw: Record<string, string>): Record<string, unknown> {
  const typed = (text: string): unknown => {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
    } catch {
      return text;
    }
  };
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typed(v)]));
}

/** Runs a named query, or the text as Cypher; what `kg query` and `kg export --query` share. */
export async function runQuery(
  g: Graph,
  text: string,
  raw: Record<string, string>,
  options: RunOptions = {},
): Promise<QueryRows & { query?: string; params?: Record<string, unknown> }> {
  if (looksLikeName(text)) return runNamed(g, text.trim(), raw, options);
  return runCypher(g, text, adHocParams(raw), options);
}
