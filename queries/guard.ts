/**
 * The read-only guard: decides from the planner's EXPLAIN (nothing has run yet) whether a
 * statement may run without --write. "Read-only" means no writes, and also no files, no
 * network and no administration: LOAD CSV, procedures outside an allowlist (apoc.load.*,
 * apoc.import.*, apoc.export.*, apoc.cypher.*, dbms.* …) and administration commands are
 * refused with one line saying why. A remote Neo4j's configuration is not ours, so this
 * check does not rely on the server refusing them itself.
 */
/** The part of an EXPLAIN plan the guard reads (neo4j-driver's Plan has this shape). */
export type PlanNode = { operatorType: string; arguments: Record<string, unknown>; children: PlanNode[] };
export type Explained = { plan: PlanNode | false; queryType: string };

/** Built-in procedures that only read the graph or its schema. */
const READ_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.info',
  'db.ping',
  'dbms.components',
]);

/** APOC namespaces that compute on values and the graph only (kept in step with graph/neo4j/Launcher.java). */
const SAFE_APOC = new Set(
  'agg algo any atomic bitwise coll convert create data date diff hashing json label lock map math merge meta neighbors node nodes number path refactor rel schema scoring search stats temporal text util'.split(
    ' ',
  ),
);

/** Namespaces of Cypher's own functions (date.truncate, point.distance, vector.similarity.cosine …). */
const BUILTIN_FUNCTION_NAMESPACES = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
  'graph',
  'db',
]);

/** APOC families that reach outside the graph: files, URLs, or nested Cypher that could. */
const EXTERNAL_APOC = /^apoc\.(load|import|export|log|cypher|do|when|case|periodic|graph|trigger|spatial|warmup)\b/;

/** SHOW commands that list the graph's own schema and catalogue; the rest are administration. */
const SHOW_ALLOWED = new Set(['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions']);

export type Refusal = { reason: string };

function isSafeApoc(name: string): boolean {
  if (name === 'apoc.version' || name === 'apoc.help') return true;
  const family = name.split('.')[1] ?? '';
  return name.startsWith('apoc.') && SAFE_APOC.has(family);
}

export function procedureRefusal(name: string): Refusal | undefined {
  if (READ_PROCEDURES.has(name) || isSafeApoc(name)) return undefined;
  if (EXTERNAL_APOC.test(name)) {
    return { reason: `${name} can read files or URLs or run other statements, which is not allowed in read-only mode` };
  }
  if (name.startsWith('dbms.') || name.startsWith('db.')) {
    return { reason: `${name} is an administration procedure, which is not allowed in read-only mode` };
  }
  return { reason: `procedure ${name} is not on kg's read-only allowlist, so it is not allowed in read-only mode` };
}

/** Namespaced function calls in an operator's details (string literals there are already parameters). */
function functionRefusal(details: string): Refusal | undefined {
  for (const m of details.matchAll(/(?<![\w.$`])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*\(/g)) {
    const name = m[1] ?? '';
    const namespace = name.split('.')[0] ?? '';
    if (namespace === 'apoc' ? isSafeApoc(name) : BUILTIN_FUNCTION_NAMESPACES.has(namespace)) continue;
    if (EXTERNAL_APOC.test(name)) {
      return {
        reason: `${name} can read files or URLs or run other statements, which is not allowed in read-only mode`,
      };
    }
    return { reason: `function ${name} is not on kg's read-only allowlist, so it is not allowed in read-only mode` };
  }
  return undefined;
}

function operatorRefusal(plan: PlanNode): Refusal | undefined {
  const operator = plan.operatorType.split('@')[0] ?? plan.operatorType;
  const database = plan.operatorType.split('@')[1];
  const details = String(plan.arguments?.Details ?? '');
  if (operator === 'LoadCSV') return { reason: 'LOAD CSV reads files or URLs, which is not allowed in read-only mode' };
  if (operator === 'AdministrationCommand' || database === 'system') {
    return { reason: 'administration commands are not allowed in read-only mode' };
  }
  if (operator.startsWith('Show') && !SHOW_ALLOWED.has(operator)) {
    return {
      reason: `${operator.replace(/^Show/, 'SHOW ').toUpperCase()} is administration, which is not allowed in read-only mode`,
    };
  }
  if (operator.startsWith('Terminate')) return { reason: 'TERMINATE is not allowed in read-only mode' };
  if (operator.startsWith('ProcedureCall')) {
    const name = /^\s*([\w.]+)\s*\(/.exec(details)?.[1];
    const refused = name
      ? procedureRefusal(name)
      : { reason: 'an unnamed procedure call is not allowed in read-only mode' };
    if (refused) return refused;
  }
  return functionRefusal(details);
}

/** The first reason, in plan order, that this statement may not run read-only; undefined if it may. */
export function readOnlyRefusal(summary: Explained): Refusal | undefined {
  const stack: PlanNode[] = summary.plan ? [summary.plan] : [];
  for (let plan = stack.pop(); plan; plan = stack.pop()) {
    const refused = operatorRefusal(plan);
    if (refused) return refused;
    stack.push(...plan.children);
  }
  if (summary.queryType !== 'r') {
    return {
      reason:
        'this query writes to the graph, and queries are read-only here (kg query accepts --write for a deliberate change)',
    };
  }
  return undefined;
}
