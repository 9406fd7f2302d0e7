/** The command line as users meet it: help, exit codes, and a clear line when Neo4j is down. */
import neo4j from 'neo4j-driver';
import { runKg } from '../support/cli.js';
import { freePort, testEnv } from '../support/server.js';

test('kg --help lists the commands, and every command has --help', async () => {
  const help = await runKg(['--help']);
  expect(help.code).toBe(0);
  for (const command of ['ingest', 'extract', 'remove', 'stats', 'db']) expect(help.stdout).toContain(command);
  for (const command of [['ingest'], ['stats'], ['db', 'start'], ['db', 'status']]) {
    const sub = await runKg([...command, '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/^Usage: kg /);
  }
});

test('a usage mistake exits 2 with a message', async () => {
  const unknown = await runKg(['stats', '--no-such-option']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain("unknown option '--no-such-option'");
  const missing = await runKg(['ingest']);
  expect(missing.code).toBe(2);
  const badPort = await runKg(['db', 'start', '--port', 'seventy']);
  expect(badPort.code).toBe(2);
});

test('with Neo4j down, kg stats prints one clear line naming the URI and exits 1', async () => {
  const port = await freePort();
  const down = await runKg(['stats'], { ...testEnv(), KG_NEO4J_PORT: String(port) });
  expect(down.code).toBe(1);
  const lines = down.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`bolt://127.0.0.1:${port}`);
  expect(lines[0]).toContain('kg db start');
  expect(down.stderr).not.toMatch(/\n\s+at /);
});

test('kg db status says where Neo4j runs, and its credentials work from a separate driver', async () => {
  const status = await runKg(['db', 'status', '--json']);
  expect(status.code).toBe(0);
  const s = JSON.parse(status.stdout);
  expect(s).toMatchObject({ running: true, version: '5.26.19', username: 'neo4j', managedByKg: true });
  const human = await runKg(['db', 'status']);
  expect(human.stdout).toContain('cypher-shell -a bolt://127.0.0.1:');
  const { readFileSync, statSync } = await import('node:fs');
  expect(statSync(s.passwordFile).mode & 0o777).toBe(0o600);
  const password = readFileSync(s.passwordFile, 'utf8').trim();
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.username, password));
  try {
    const result = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n');
    expect(typeof result.records[0]?.get('n').toNumber()).toBe('number');
    const apoc = await driver.executeQuery('RETURN apoc.version() AS v');
    expect(apoc.records[0]?.get('v')).toBe('5.26.19');
  } finally {
    await driver.close();
  }
});
