#!/usr/bin/env node
/**
 * `npm start`: the main job on the local default. Starts the local Neo4j (unless NEO4J_URI
 * names another) and ingests the example articles; at a terminal it then serves the viewer and
 * prints its URL until Ctrl+C, while a script (CI, provisioning) gets the `npx kg view` hint and
 * its exit code instead of a server that never ends.
 */
import { join } from 'node:path';
import { kgEnv, kgHome } from '../graph/config.js';
import { closeGraph, type Graph, graph } from '../graph/driver.js';
import { startLocal } from '../graph/local-neo4j.js';
import { graphCounts } from '../graph/read.js';
import { ensureSchema } from '../graph/schema.js';
import { ingestBatch } from '../ingest/batch.js';
import { packageRoot } from '../viewer/paths.js';
import { DEFAULT_VIEW_PORT, startViewer } from '../viewer/server.js';
import { reportError } from './errors.js';

// From the source or from dist/ alike.
const examples = join(packageRoot(), 'examples');

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const port = kgEnv().KG_NEO4J_PORT;
    console.log('Starting the local Neo4j (the first start fetches it through Maven; later starts are offline)…');
    const state = await startLocal(kgHome(), { port });
    console.log(
      `Neo4j ${state.version} ${state.alreadyRunning ? 'already running' : 'started'} at bolt://127.0.0.1:${state.port}`,
    );
  }
  const g = await graph();
  await ensureSchema(g);
  const summary = await ingestBatch(g, [examples]);
  const c = summary.counts;
  console.log(`Example articles: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.failed} failed`);
  const counts = await graphCounts(g);
  console.log(
    `The graph holds ${counts.articles} articles, ${counts.entities} entities and ${counts.relations} relations.`,
  );
  // A person at a terminal gets the viewer; a script (CI, provisioning) gets its exit code.
  if (process.stdin.isTTY && process.stdout.isTTY) {
    console.log('Preparing the viewer…');
    const viewer = await serveViewer(g);
    console.log(`\nExplore the graph: ${viewer.url}   (Ctrl+C stops the viewer; Neo4j keeps running)`);
  } else {
    console.log(
      `\nNot at a terminal, so no viewer is served. Explore the graph: npx kg view   (serves http://127.0.0.1:${DEFAULT_VIEW_PORT})`,
    );
  }
  console.log('\nAlso:');
  console.log('  npx kg stats                         what is in the graph');
  console.log('  npx kg query --list                  named Cypher queries');
  console.log('  npx kg ingest path/to/articles/      add your own articles (files, folders, URLs)');
  console.log('  npx kg db status                     how to connect with cypher-shell or Neo4j Browser');
}

/** The usual port, or any free one when something else holds it. */
async function serveViewer(g: Graph): Promise<{ url: string }> {
  const port = kgEnv().KG_VIEW_PORT ?? DEFAULT_VIEW_PORT;
  try {
    return await startViewer({ g, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startViewer({ g, port: 0 });
  }
}

main()
  .then(async () => {
    if (!(process.stdin.isTTY && process.stdout.isTTY)) await closeGraph();
  })
  .catch(async (error: unknown) => {
    process.exitCode = reportError(error);
    await closeGraph();
  });
