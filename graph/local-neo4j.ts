/**
 * The local default: a real Neo4j 5.26 LTS Community server that kg provisions from Maven
 * Central (graph/neo4j/pom.xml, through graph/jvm.ts), starts, stops and reports on. The jars
 * stay in Maven's cache, so every start after the first is offline.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_BOLT_PORT, localPaths, readServerState, type ServerState } from './config.js';
import { type JvmApp, JvmError, javaTool, pomProperty, provisionJvm } from './jvm.js';

const NEO4J_FOLDER = join('graph', 'neo4j');
/** Written once, in graph/neo4j/pom.xml. */
export const NEO4J_VERSION = pomProperty(NEO4J_FOLDER, 'neo4j.version');
const READY_MARK = 'kg-neo4j ready';

/** The local server cannot be provisioned, started or stopped. */
export class LocalServerError extends JvmError {
  constructor(message: string) {
    super(message, 'kg.LocalServer');
    this.name = 'LocalServerError';
  }
}

const pluginsOf = (cache: string) => join(cache, 'plugins');

const NEO4J_APP: JvmApp = {
  label: `Neo4j ${NEO4J_VERSION}`,
  folder: NEO4J_FOLDER,
  main: 'Launcher',
  cacheName: `neo4j-${NEO4J_VERSION}`,
  hint: 'or set NEO4J_URI to use another Neo4j',
  extraGoals: (cache) => [
    ['dependency:copy-dependencies', '-DincludeGroupIds=org.neo4j.procedure', `-DoutputDirectory=${pluginsOf(cache)}`],
  ],
  extraFiles: (cache) => ['apoc-core', 'apoc-common'].map((a) => join(pluginsOf(cache), `${a}-${NEO4J_VERSION}.jar`)),
};

export type Runtime = { classpath: string; pluginsDir: string };

/** Neo4j and APOC through the shared JVM provisioning (graph/jvm.ts): Maven once, then offline. */
export function provision(env: NodeJS.ProcessEnv = process.env): Runtime {
  try {
    const { classpath, cache } = provisionJvm(NEO4J_APP, env);
    return { classpath, pluginsDir: pluginsOf(cache) };
  } catch (error) {
    if (error instanceof JvmError && !(error instanceof LocalServerError)) throw new LocalServerError(error.message);
    throw error;
  }
}

/** The password of the local server: the user's (KG_NEO4J_PASSWORD) or one generated once, kept 0600. */
export function ensurePassword(home: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.KG_NEO4J_PASSWORD) return env.KG_NEO4J_PASSWORD;
  const { passwordFile } = localPaths(home);
  if (existsSync(passwordFile)) return readFileSync(passwordFile, 'utf8').trim();
  mkdirSync(dirname(passwordFile), { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  chmodSync(passwordFile, 0o600);
  return password;
}

function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A recycled pid must not pass for our server.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('\0Launcher\0');
  } catch {
    return true;
  }
}

export type LocalStatus = { running: true; state: ServerState; uri: string } | { running: false; reason: string };

export function localStatus(home: string): LocalStatus {
  const state = readServerState(home);
  if (!state) return { running: false, reason: 'not started' };
  if (!isLauncherAlive(state.pid))
    return { running: false, reason: `process ${state.pid} is gone (see ${localPaths(home).logFile})` };
  return { running: true, state, uri: `bolt://127.0.0.1:${state.port}` };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type StartOptions = { port?: number; heap?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv };

/** Starts the local server (or finds it running) and resolves once Bolt accepts connections. */
export async function startLocal(
  home: string,
  options: StartOptions = {},
): Promise<ServerState & { alreadyRunning: boolean }> {
  const current = localStatus(home);
  if (current.running) return { ...current.state, alreadyRunning: true };

  const env = options.env ?? process.env;
  const port = options.port ?? DEFAULT_BOLT_PORT;
  const paths = localPaths(home);
  const { classpath, pluginsDir } = provision(env);
  const password = ensurePassword(home, env);
  mkdirSync(dirname(paths.logFile), { recursive: true });
  const log = openSync(paths.logFile, 'w');
  const heap = options.heap ?? env.KG_NEO4J_HEAP ?? '1g';
  const child = spawn(
    javaTool('java'),
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      // The throughput collector: G1's threads and barriers took 7.1 ms of Neo4j CPU per news
      // article written, the parallel one 1.5 (and the query threads less too: 27 ms in all
      // against 41, profiled by thread). A collector in KG_NEO4J_JAVA_OPTS replaces it.
      ...(/-XX:\+Use\w+GC/.test(env.KG_NEO4J_JAVA_OPTS ?? '') ? [] : ['-XX:+UseParallelGC']),
      '-XX:+ExitOnOutOfMemoryError',
      // The C1 compiler only: with C2 on, its compiler threads took half of Neo4j's CPU for as
      // long as an ingest ran (4.1 of 8.1 ms per article after 2,000 articles, profiled by thread),
      // while C1's code ran the queries only ~10% slower: 4.6 ms per article in all.
      '-XX:TieredStopAtLevel=1',
      '-XX:ActiveProcessorCount=2',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      // Last, so they override the above (e.g. -XX:TieredStopAtLevel=4 for a long-lived server).
      ...(env.KG_NEO4J_JAVA_OPTS ?? '').split(' ').filter(Boolean),
      '-cp',
      classpath,
      'Launcher',
      paths.neo4jHome,
      String(port),
      pluginsDir,
    ],
    { detached: true, stdio: ['ignore', log, log], env: { ...env, KG_NEO4J_PASSWORD: password } },
  );
  closeSync(log);
  let exited: number | null | undefined;
  child.on('exit', (code) => {
    exited = code;
  });
  child.on('error', () => {
    exited = -1;
  });
  child.unref();

  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    const text = readFileSync(paths.logFile, 'utf8');
    const ready = text.split('\n').find((line) => line.startsWith(READY_MARK));
    if (ready && child.pid) {
      const version = ready.split(' ')[2] ?? NEO4J_VERSION;
      const state: ServerState = { pid: child.pid, port, version, startedAt: new Date().toISOString() };
      writeFileSync(paths.stateFile, `${JSON.stringify(state, null, 2)}\n`);
      return { ...state, alreadyRunning: false };
    }
    if (exited !== undefined) {
      const why = text
        .split('\n')
        .filter((l) => /Exception|error|Caused by/i.test(l) && !/^\s+at /.test(l))
        .slice(-3)
        .join('\n');
      throw new LocalServerError(`Neo4j did not start (exit ${exited}); see ${paths.logFile}\n${why}`);
    }
    await sleep(200);
  }
  if (child.pid) process.kill(child.pid, 'SIGKILL');
  throw new LocalServerError(
    `Neo4j did not start within ${(options.timeoutMs ?? 180_000) / 1000}s; see ${paths.logFile}`,
  );
}

/** Stops the local server, waiting for a clean shutdown (so the next start needs no recovery). */
export async function stopLocal(home: string, timeoutMs = 60_000): Promise<boolean> {
  const state = readServerState(home);
  if (!state || !isLauncherAlive(state.pid)) {
    rmSync(localPaths(home).stateFile, { force: true });
    return false;
  }
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isLauncherAlive(state.pid) && Date.now() < deadline) await sleep(200);
  if (isLauncherAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
  rmSync(localPaths(home).stateFile, { force: true });
  return true;
}
