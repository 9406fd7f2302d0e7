/**
 * Write throughput of three writers on the same extractions, each into an emptied database
 * after an untimed warm-up of its own, one after another in the same run so that machine
 * load affects them alike. The batched
 * writer runs first and again last; its two runs bracket the others and show the drift.
 * Before any of them, every writer's warm-up runs once: Neo4j's JIT compiles the kernel and
 * Cypher paths all writers share while the first one runs (measured: 34 s of Neo4j CPU for the
 * first batched run, 11 s for the same run last), which otherwise only the first one pays.
 */

import type { Extraction } from '../graph/model.js';
import { writeExtractions } from '../graph/write.js';
import { type Database, emptyDatabase, type GraphSize, graphSize } from './database.js';
import { openLangChain, toGraphDocument, writeLangChain } from './langchain-writer.js';
import { rate, ratio, type Timing, timed } from './measure.js';
import { writeNaive } from './naive-writer.js';

export type WriterRun = Timing & GraphSize & { articlesPerSec: number; recordsPerSec: number; statements?: number };

export type WritersResult = {
  articles: number;
  batched: WriterRun;
  batchedAgain: WriterRun;
  naive: WriterRun;
  langchain: WriterRun;
  ratios: {
    batchedOverNaive: number;
    batchedOverLangchain: number;
    batchedOverNaiveRecords: number;
    batchedOverLangchainRecords: number;
  };
};

const INGESTED_AT = '2025-06-01T00:00:00.000Z';

/** Deletes the data only: a schema change (emptyDatabase drops the peer's constraint) empties Neo4j's plan cache. */
async function deleteData(db: Database): Promise<void> {
  const session = db.g.driver.session({ database: db.g.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Each writer starts from the same empty schema, writes its warm-up articles untimed (so its
 * statements are planned and its own constraints made, as in any long-running use), then
 * its timed articles into an empty graph.
 */
async function measure(
  db: Database,
  articles: number,
  warm: () => Promise<unknown>,
  work: () => Promise<number | undefined>,
): Promise<WriterRun> {
  await emptyDatabase(db.g);
  await warm();
  await deleteData(db);
  const [statements, timing] = await timed(db.pid, work);
  const size = await graphSize(db.g);
  return {
    ...timing,
    ...size,
    articlesPerSec: rate(articles, timing.wallMs),
    recordsPerSec: rate(size.records, timing.wallMs),
    ...(statements !== undefined ? { statements } : {}),
  };
}

const WRITE_CHUNK = 64;

/** The project's writer as `kg ingest` uses it: chunks of articles, one transaction each. */
async function writeBatched(db: Database, extractions: Extraction[]): Promise<void> {
  for (let i = 0; i < extractions.length; i += WRITE_CHUNK) {
    const results = await writeExtractions(db.g, extractions.slice(i, i + WRITE_CHUNK), { ingestedAt: INGESTED_AT });
    const failed = results.find((r) => r instanceof Error);
    if (failed) throw failed;
  }
}

export async function benchWriters(
  db: Database,
  extractions: Extraction[],
  texts: string[],
  warm: { extractions: Extraction[]; texts: string[] },
): Promise<WritersResult> {
  const n = extractions.length;
  // Conversion to LangChain's format happens before the clock starts: it is not writing.
  const documents = extractions.map((x, i) => toGraphDocument(x, texts[i] ?? ''));
  const warmDocuments = warm.extractions.map((x, i) => toGraphDocument(x, warm.texts[i] ?? ''));
  const peer = await openLangChain(db.settings);
  const warmNaive = async () => {
    for (const x of warm.extractions) await writeNaive(db.g, x, INGESTED_AT);
  };
  try {
    // The JVM's warm-up, shared: each writer's warm-up once, untimed, before any timed run.
    for (const w of [() => writeBatched(db, warm.extractions), warmNaive, () => writeLangChain(peer, warmDocuments)]) {
      await emptyDatabase(db.g);
      await w();
    }
    const batched = () =>
      measure(
        db,
        n,
        () => writeBatched(db, warm.extractions),
        async () => {
          await writeBatched(db, extractions);
          return undefined;
        },
      );
    const first = await batched();
    const naive = await measure(db, n, warmNaive, async () => {
      let statements = 0;
      for (const x of extractions) statements += await writeNaive(db.g, x, INGESTED_AT);
      return statements;
    });
    const langchain = await measure(
      db,
      n,
      () => writeLangChain(peer, warmDocuments),
      async () => {
        await writeLangChain(peer, documents);
        return undefined;
      },
    );
    const again = await batched();
    // The mean of the two batched runs is compared with the runs between them.
    const meanMs = (first.wallMs + again.wallMs) / 2;
    const meanRecordsPerSec = (first.recordsPerSec + again.recordsPerSec) / 2;
    return {
      articles: n,
      batched: first,
      batchedAgain: again,
      naive,
      langchain,
      ratios: {
        batchedOverNaive: ratio(naive.wallMs, meanMs),
        batchedOverLangchain: ratio(langchain.wallMs, meanMs),
        batchedOverNaiveRecords: ratio(meanRecordsPerSec, naive.recordsPerSec),
        batchedOverLangchainRecords: ratio(meanRecordsPerSec, langchain.recordsPerSec),
      },
    };
  } finally {
    await peer.close();
  }
}
