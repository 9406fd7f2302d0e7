/**
 * Where the graph lives: a Neo4j named by NEO4J_URI (Docker, Aura, a cluster), or else the
 * local server that kg provisions itself under KG_HOME.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const DEFAULT_BOLT_PORT = 7687;

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
  const fromEnv = Number(env.KG_NEO4J_PORT);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return readServerState(home)?.port ?? DEFAULT_BOLT_PORT;
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
