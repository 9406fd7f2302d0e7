/**
 * Where the graph lives: a Neo4j named by NEO4J_URI (Docker, Aura, a cluster), or else the
 * local server that kg provisions itself under KG_HOME.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { UsageError } from './errors.js';

export const DEFAULT_BOLT_PORT = 7687;

const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);
const text = (what: string) => z.preprocess(unsetIfEmpty, z.string().optional()).describe(what);
const port = (what: string) =>
  z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(65535).optional()).describe(what);

/**
 * Every environment variable kg reads, in one place: the README's table is this list. Read
 * through `kgEnv()`, so a malformed value is one clear line, not a NaN deep inside.
 */
export const KgEnv = z.object({
  NEO4J_URI: text('use this Neo4j (bolt://, neo4j://, neo4j+s://) instead of the local one'),
  NEO4J_USERNAME: text('user for NEO4J_URI (default neo4j)'),
  NEO4J_PASSWORD: text('password for NEO4J_URI'),
  NEO4J_DATABASE: text('database for NEO4J_URI (default: the server default)'),
  KG_HOME: text("the local server's data, logs and password (default ~/.local/share/kg)"),
  KG_NEO4J_PORT: port('Bolt port of the local server (default 7687)'),
  KG_NEO4J_PASSWORD: text('password of the local server instead of the generated one'),
  KG_NEO4J_HEAP: text('JVM heap of the local server (default 1g)'),
  KG_NEO4J_PAGECACHE: text('page cache of the local server (default 512m)'),
  KG_NEO4J_JAVA_OPTS: text("extra JVM options of the local server, space-separated, after kg's own"),
  KG_NEO4J_ALLOW_EXTERNAL: text('1 at kg db start: let Cypher read files and URLs (LOAD CSV, APOC load/import/export)'),
  KG_CACHE_DIR: text('where provisioned Java programs are cached (default ~/.cache/kg)'),
  KG_MVN: text('the Maven command (default mvn)'),
  JAVA_HOME: text('the JDK to run and compile the Java parts with (default: java on PATH)'),
  KG_VIEW_PORT: port('port of the viewer that npm start serves (default 7400)'),
  KG_VALIDATE: text('1: check every extraction against its zod schema (slower; for debugging)'),
});
export type KgEnv = z.infer<typeof KgEnv>;

export function kgEnv(env: NodeJS.ProcessEnv = process.env): KgEnv {
  const parsed = KgEnv.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new UsageError(`environment variable ${issue?.path.join('.')}: ${issue?.message}`);
}

/** One variable only, for a module that reads it once at load time. */
export function kgEnvVar<K extends keyof KgEnv>(name: K, env: NodeJS.ProcessEnv = process.env): KgEnv[K] {
  return kgEnv({ [name]: env[name] })[name];
}

export const ConnectionSettings = z.object({
  uri: z.string().min(1),
  username: z.string().min(1),
  password: z.string(),
  database: z.string().optional(),
  /** True when the server is the one kg manages itself (started by `kg db start`). */
  local: z.boolean(),
});
export type ConnectionSettings = z.infer<typeof ConnectionSettings>;

/** The folder that holds the local server's data, logs, password and state. */
export function kgHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KG_HOME) return resolve(env.KG_HOME);
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'kg');
}

export const localPaths = (home: string) => ({
  home,
  neo4jHome: join(home, 'neo4j'),
  passwordFile: join(home, 'neo4j', 'password'),
  stateFile: join(home, 'neo4j', 'server.json'),
  logFile: join(home, 'neo4j', 'logs', 'kg-launcher.log'),
});

/** What `kg db start` records about the running local server. */
export const ServerState = z.object({
  pid: z.number().int(),
  port: z.number().int(),
  version: z.string(),
  startedAt: z.string(),
});
export type ServerState = z.infer<typeof ServerState>;

export function readServerState(home: string): ServerState | undefined {
  try {
    return ServerState.parse(JSON.parse(readFileSync(localPaths(home).stateFile, 'utf8')));
  } catch {
    return undefined;
  }
}

export function localPort(env: NodeJS.ProcessEnv, home: string): number {
  return kgEnv(env).KG_NEO4J_PORT ?? readServerState(home)?.port ?? DEFAULT_BOLT_PORT;
}

function readLocalPassword(home: string, env: NodeJS.ProcessEnv): string {
  if (env.KG_NEO4J_PASSWORD) return env.KG_NEO4J_PASSWORD;
  try {
    return readFileSync(localPaths(home).passwordFile, 'utf8').trim();
  } catch {
    return '';
  }
}

export function connectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  if (env.NEO4J_URI) {
    return ConnectionSettings.parse({
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
      local: false,
    });
  }
  const home = kgHome(env);
  return {
    uri: `bolt://127.0.0.1:${localPort(env, home)}`,
    username: 'neo4j',
    password: readLocalPassword(home, env),
    database: undefined,
    local: true,
  };
}
