/** graph/driver.ts against the real Neo4j: a neo4j:// routing URI reaches the local server too. */
import { connectionSettings } from '../../graph/config.js';
import { openGraph } from '../../graph/driver.js';
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
