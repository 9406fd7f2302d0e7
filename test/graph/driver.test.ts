/** graph/driver.ts against the real Neo4j: a neo4j:// routing URI reaches the local server too; FAIL_FAST tries once. */

import { Neo4jError } from 'neo4j-driver';
import { connectionSettings } from '../../graph/config.js';
import { FAIL_FAST, openGraph, readTx, writeTx } from '../../graph/driver.js';
import { graphCounts } from '../../graph/read.js';
import { writeExtraction } from '../../graph/write.js';
import { FUNDING } from '../support/fixtures.js';
import { useTestGraph } from '../support/graph.js';
import { testEnv } from '../support/server.js';

const g = useTestGraph({ emptyBeforeEach: true });

test('a neo4j:// URI routes reads and writes to the local server, so a cluster or Aura is configuration', async () => {
  const settings = connectionSettings(testEnv());
  const routed = openGraph({ ...settings, uri: settings.uri.replace(/^bolt:/, 'neo4j:') });
  expect(routed.settings.uri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
  try {
    await writeExtraction(routed, FUNDING);
    expect(await graphCounts(routed)).toMatchObject({ articles: 1, entities: 2, relations: 1 });
    expect(await graphCounts(g)).toMatchObject({ articles: 1 });
  } finally {
    await routed.driver.close();
  }
});

test('FAIL_FAST tries a transaction once and rolls it back; a retrying graph tries a transient failure again', async () => {
  const transient = () =>
    new Neo4jError('the test says try again', 'Neo.TransientError.General.TestFailure', '50N00', 'try again');
  const attempts = async (graph: ReturnType<typeof openGraph>) => {
    let calls = 0;
    const failed = await writeTx(graph, async (tx) => {
      calls++;
      await tx.run("CREATE (:Entity {id: 'test:half-done', name: 'x', type: 'Company'})");
      throw transient();
    }).catch((error: unknown) => error);
    return { calls, code: (failed as Neo4jError).code };
  };
  const once = openGraph(g.settings, FAIL_FAST);
  const retrying = openGraph(g.settings, { maxTransactionRetryTime: 1 });
  try {
    expect(once.retries).toBe(false);
    expect(await attempts(once)).toEqual({ calls: 1, code: 'Neo.TransientError.General.TestFailure' });
    expect((await attempts(retrying)).calls).toBe(2);
    // Nothing of a failed attempt stays; a successful one answers.
    const left = await readTx(once, async (tx) =>
      (await tx.run("MATCH (e:Entity {id: 'test:half-done'}) RETURN count(e) AS n")).records[0]?.get('n'),
    );
    expect(left).toBe(0);
  } finally {
    await once.driver.close();
    await retrying.driver.close();
  }
});
