/**
 * The one way kg gets a Java program ready to run: Maven resolves the folder's pom.xml into a
 * classpath (jars stay in Maven's cache), javac compiles the folder's single source file once
 * per version of its text, and both are cached under ~/.cache/kg/NAME, so every run after the
 * first is offline. The Neo4j launcher (graph/neo4j) and the Korean analyser
 * (ingest/text/nori) both go through here.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UnavailableError } from './errors.js';

/** Java, Maven or the program itself is not usable; the message is one line a user can act on. */
export class JvmError extends UnavailableError {
  constructor(message: string, code = 'kg.Jvm') {
    super(code, message);
    this.name = 'JvmError';
  }
}

export type JvmApp = {
  /** What the user reads in errors: "Neo4j 5.26.19", "the Korean analyser (Lucene Nori 9.11.1)". */
  label: string;
  /** The folder, relative to the package root, holding pom.xml and MAIN.java. */
  folder: string;
  main: string;
  /** Cache folder name under ~/.cache/kg; carries the version so upgrades never mix jars. */
  cacheName: string;
  /** Said after "cannot run Maven": what else the user could do. */
  hint?: string;
  /** Further Maven goals (e.g. copying plugin jars), run once after the classpath is resolved. */
  extraGoals?: (cache: string) => string[][];
  /** Files those goals leave in the cache; when one is missing, Maven runs again. */
  extraFiles?: (cache: string) => string[];
};

export type JvmRuntime = { classpath: string; cache: string };

/** Finds FOLDER (pom.xml + source) whether kg runs from source or from dist/. */
export function appFolder(folder: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, folder);
    if (existsSync(join(candidate, 'pom.xml'))) return candidate;
    dir = dirname(dir);
  }
  throw new JvmError(`cannot find ${folder}/pom.xml next to the kg installation`);
}

/**
 * A `<properties>` value of FOLDER/pom.xml ("neo4j.version"): the pom is the one place a Java
 * part's version is written, so the cache name and the messages can never disagree with the jars.
 */
export function pomProperty(folder: string, name: string): string {
  const pom = readFileSync(join(appFolder(folder), 'pom.xml'), 'utf8');
  const tag = name.replace(/\./g, '\\.');
  const value = new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(pom)?.[1]?.trim();
  if (!value) throw new JvmError(`${folder}/pom.xml has no <${name}> property`);
  return value;
}

export function javaTool(name: 'java' | 'javac', env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', name) : name;
}

/** Where an app's resolved classpath and compiled classes are cached, for every KG_HOME. */
export function jvmCache(cacheName: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.KG_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kg');
  return join(base, cacheName);
}

function runMaven(app: JvmApp, pom: string, goals: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(env.KG_MVN || 'mvn', ['-B', '-q', '-f', pom, ...goals], { encoding: 'utf8', env });
  if (result.error)
    throw new JvmError(
      `cannot run Maven (mvn) to fetch ${app.label}: ${result.error.message}. Install Maven${app.hint ? `, ${app.hint}` : ''}.`,
    );
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new JvmError(`Maven could not fetch ${app.label}:\n${tail}`);
  }
}

/**
 * Resolves the app's jars through Maven once and compiles its source once per version of that
 * source; later calls only check that the cached files are still there (offline).
 */
export function provisionJvm(app: JvmApp, env: NodeJS.ProcessEnv = process.env): JvmRuntime {
  const cache = jvmCache(app.cacheName, env);
  const folder = appFolder(app.folder);
  const source = join(folder, `${app.main}.java`);
  const classpathFile = join(cache, 'classpath.txt');
  const classes = join(cache, 'classes', createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 12));
  const cached = () => {
    if (!existsSync(classpathFile)) return undefined;
    const classpath = readFileSync(classpathFile, 'utf8').trim();
    const present = [...classpath.split(':'), ...(app.extraFiles?.(cache) ?? [])].every((f) => existsSync(f));
    return present ? classpath : undefined;
  };
  let classpath = cached();
  if (!classpath) {
    mkdirSync(cache, { recursive: true });
    const pom = join(folder, 'pom.xml');
    runMaven(app, pom, ['dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], env);
    for (const goals of app.extraGoals?.(cache) ?? []) runMaven(app, pom, goals, env);
    classpath = cached();
    if (!classpath) throw new JvmError(`Maven finished but the jars of ${app.label} are missing from its cache`);
  }
  if (!existsSync(join(classes, `${app.main}.class`))) {
    const javac = spawnSync(javaTool('javac', env), ['-d', classes, '-cp', classpath, source], {
      encoding: 'utf8',
      env,
    });
    if (javac.error || javac.status !== 0) {
      const why = javac.error ? `${javac.error.message}` : javac.stderr.trim().split('\n')[0];
      throw new JvmError(`cannot compile ${app.label} (needs a JDK 17+ with javac): ${why}`);
    }
  }
  return { classpath: `${classes}:${classpath}`, cache };
}
