/** `kg db start | stop | status`: the local Neo4j that kg provisions and runs itself. */
import type { Command } from 'commander';
import { connectionSettings, kgEnv, kgHome, localPaths } from '../../graph/config.js';
import { explainConnectionError, graph, openGraph } from '../../graph/driver.js';
import { UsageError } from '../../graph/errors.js';
import { localStatus, NEO4J_VERSION, startLocal, stopLocal } from '../../graph/local-neo4j.js';
import { migrateGraph } from '../../graph/migrate.js';
import { serverVersion } from '../../graph/read.js';
import { EXIT } from '../errors.js';
import { parsePort } from '../options.js';

const STATUS_TIMEOUT_MS = 5_000;

export function registerDb(program: Command): void {
  const db = program.command('db').description('start, stop or inspect the local Neo4j server');

  db.command('start')
    .description(`start the local Neo4j ${NEO4J_VERSION} (fetched through Maven on first use), bound to 127.0.0.1`)
    .option('-p, --port <port>', 'Bolt port (default: KG_NEO4J_PORT or 7687)', parsePort)
    .action(async (options: { port?: number }) => {
      refuseRemote();
      const home = kgHome();
      const started = Date.now();
      const port = options.port ?? kgEnv().KG_NEO4J_PORT;
      const state = await startLocal(home, { port });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        state.alreadyRunning
          ? `Neo4j ${state.version} is already running at bolt://127.0.0.1:${state.port} (pid ${state.pid})`
          : `Neo4j ${state.version} started at bolt://127.0.0.1:${state.port} in ${seconds}s (pid ${state.pid})`,
      );
    });

  db.command('stop')
    .description('stop the local Neo4j server (the data stays)')
    .action(async () => {
      refuseRemote();
      const stopped = await stopLocal(kgHome());
      console.log(stopped ? 'Neo4j stopped' : 'Neo4j was not running');
    });

  db.command('migrate')
    .description('upgrade a graph written by an older kg to the current data model, in place')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const result = await migrateGraph(await graph());
      if (options.json) console.log(JSON.stringify(result, null, 2));
      else if (result.from === result.to)
        console.log(`the graph is already at schema ${result.to}; nothing to migrate`);
      else console.log(`migrated the graph from schema ${result.from} to ${result.to}: ${result.relations} relations`);
    });

  db.command('status')
    .description('say whether Neo4j runs, where, which version, and how to connect')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const settings = connectionSettings();
      const home = kgHome();
      const local = settings.local ? localStatus(home) : undefined;
      let version: string | undefined;
      let error: string | undefined;
      // One plain attempt with a short deadline: a managed query retries for 30 s, and a server
      // that accepts but never answers would hold the default 60 s connection acquisition.
      const g = openGraph(settings, {
        connectionTimeout: STATUS_TIMEOUT_MS,
        connectionAcquisitionTimeout: STATUS_TIMEOUT_MS,
        maxTransactionRetryTime: 0,
      });
      try {
        version = await serverVersion(g);
      } catch (e) {
        error = /acquisition timed out/i.test(String(e))
          ? `Neo4j at ${settings.uri} accepted the connection but gave no answer within ${STATUS_TIMEOUT_MS / 1000} s`
          : explainConnectionError(e, settings).message;
      } finally {
        await g.driver.close();
      }
      const status = {
        running: version !== undefined,
        uri: settings.uri,
        username: settings.username,
        version: version ?? null,
        managedByKg: settings.local,
        pid: local?.running ? local.state.pid : null,
        home: settings.local ? localPaths(home).neo4jHome : null,
        passwordFile: settings.local && !kgEnv().KG_NEO4J_PASSWORD ? localPaths(home).passwordFile : null,
        error: error ?? null,
      };
      if (options.json) console.log(JSON.stringify(status, null, 2));
      else printStatus(status);
      if (!status.running) process.exitCode = EXIT.failure;
      // A connection still being attempted would keep the process alive: the answer is given.
      if (!status.running) setTimeout(() => process.exit(), 200).unref();
    });
}

function printStatus(s: {
  running: boolean;
  uri: string;
  username: string;
  version: string | null;
  managedByKg: boolean;
  pid: number | null;
  home: string | null;
  passwordFile: string | null;
  error: string | null;
}): void {
  if (!s.running) {
    console.log(`Neo4j is not running at ${s.uri}`);
    if (s.error) console.log(s.error);
    return;
  }
  const password = s.passwordFile ? `$(cat ${s.passwordFile})` : '<your password>';
  console.log(`Neo4j ${s.version} is running at ${s.uri}${s.pid ? ` (pid ${s.pid}, managed by kg)` : ''}`);
  if (s.home) console.log(`  data and logs: ${s.home}`);
  console.log(`  user:          ${s.username}`);
  if (s.passwordFile) console.log(`  password file: ${s.passwordFile}`);
  console.log(`  cypher-shell:  cypher-shell -a ${s.uri} -u ${s.username} -p "${password}"`);
  console.log(`  Neo4j Browser: connect to ${s.uri} as ${s.username} (Neo4j Desktop or a hosted Browser)`);
}

function refuseRemote(): void {
  const uri = kgEnv().NEO4J_URI;
  if (uri) {
    throw new UsageError(
      `NEO4J_URI is set (${uri}): kg uses that server and does not manage it; unset NEO4J_URI to use the local one`,
    );
  }
}
