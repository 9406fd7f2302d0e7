/**
 * The local default: a real Neo4j 5.26 LTS Community server that kg provisions from Maven
 * Central (graph/neo4j/pom.xml), starts, stops and reports on. The jars stay in Maven's
 * cache, so every start after the first is offline.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BOLT_PORT, localPaths, readServerState, type ServerState } from './config.js';
import { UnavailableError } from './errors.js';

export const NEO4J_VERSION = '5.26.19';
const READY_MARK = 'kg-neo4j ready';

/** The local server cannot be provisioned or started (no Maven, no JDK, a failed start). */
export class LocalServerError extends UnavailableError {
  constructor(message: string) {
    super('kg.LocalServer', message);
    this.name = 'LocalServerError';
  }
}

/** Finds graph/neo4j (pom.xml + Launcher.java) whether running from source or from dist/. */
function launcherDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'graph', 'neo4j');
    if (existsSync(join(candidate, 'pom.xml'))) return candidate;
    if (existsSync(join(dir, 'neo4j', 'pom.xml'))) return join(dir, 'neo4j');
    dir = dirname(dir);
  }
  throw new LocalServerError('cannot find graph/neo4j/pom.xml next to the kg installation');
}

function javaTool(name: 'java' | 'javac'): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', name) : name;
}

function runMaven(pom: string, goals: string[]): void {
  const result = spawnSync('mvn', ['-B', '-q', '-f', pom, ...goals], { encoding: 'utf8' });
  if (result.error)
    throw new LocalServerError(
      `cannot run Maven (mvn): ${result.error.message}. Install Maven, or set NEO4J_URI to use another Neo4j.`,
    );
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalServerError(`Maven could not fetch Neo4j ${NEO4J_VERSION}:\n${tail}`);
  }
}

/** Where the resolved classpath, APOC jars and the compiled launcher are cached, for every KG_HOME. */
export function runtimeCache(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.KG_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kg');
  return join(base, `neo4j-${NEO4J_VERSION}`);
}

export type Runtime = { classpath: string; pluginsDir: string };

/**
 * Resolves Neo4j and APOC through Maven once, and compiles the launcher once per version of
 * its source; later starts only check that the cached files are still there (offline).
 */
export function provision(env: NodeJS.ProcessEnv = process.env): Runtime {
  const cache = runtimeCache(env);
  const source = join(launcherDir(), 'Launcher.java');
  const classpathFile = join(cache, 'classpath.txt');
  const pluginsDir = join(cache, 'plugins');
  const classes = join(cache, 'launcher', createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 12));
  const jarsCached = () => {
    if (!existsSync(classpathFile)) return undefined;
    const classpath = readFileSync(classpathFile, 'utf8').trim();
    const jarsPresent = classpath.split(':').every((jar) => existsSync(jar));
    const apocPresent = ['apoc-core', 'apoc-common'].every((a) =>
      existsSync(join(pluginsDir, `${a}-${NEO4J_VERSION}.jar`)),
    );
    return jarsPresent && apocPresent ? classpath : undefined;
  };
  let classpath = jarsCached();
  if (!classpath) {
    mkdirSync(cache, { recursive: true });
    const pom = join(launcherDir(), 'pom.xml');
    runMaven(pom, ['dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`]);
    runMaven(pom, [
      'dependency:copy-dependencies',
      '-DincludeGroupIds=org.neo4j.procedure',
      `-DoutputDirectory=${pluginsDir}`,
    ]);
    classpath = jarsCached();
    if (!classpath) throw new LocalServerError('Maven finished but the Neo4j jars are missing from its cache');
  }
  if (!existsSync(join(classes, 'Launcher.class'))) {
    const javac = spawnSync(javaTool('javac'), ['-d', classes, '-cp', classpath, source], { encoding: 'utf8' });
    if (javac.error || javac.status !== 0) {
      throw new LocalServerError(
        `cannot compile the Neo4j launcher (needs a JDK 17+): ${javac.error?.message ?? javac.stderr}`,
      );
    }
  }
  return { classpath: `${classes}:${classpath}`, pluginsDir };
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
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-XX:ActiveProcessorCount=2',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
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
