/**
 * graph/jvm.ts: the pom is the one place a Java part's version lives; the version kg reports
 * and caches under is read from it, and a pom without the property is a clear JvmError.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { appFolder, pomProperty } from '../../graph/jvm.js';
import { NEO4J_VERSION } from '../../graph/local-neo4j.js';
import { LUCENE_VERSION } from '../../ingest/text/nori.js';

describe('pomProperty', () => {
  test('the Neo4j and Lucene versions are the ones the poms resolve', () => {
    const neo4jPom = readFileSync(join(appFolder(join('graph', 'neo4j')), 'pom.xml'), 'utf8');
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
    expect(neo4jPom).toContain(`<neo4j.version>${NEO4J_VERSION}</neo4j.version>`);
    expect(LUCENE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('a property the pom does not have is a JvmError naming it', () => {
    expect(() => pomProperty(join('graph', 'neo4j'), 'no.such.version')).toThrow(
      expect.objectContaining({ name: 'JvmError', message: expect.stringContaining('<no.such.version>') }),
    );
  });
});
