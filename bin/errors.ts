/** Exit codes, and the one table that turns an expected failure (a KgError) into one line and a code. */
import { CommanderError } from 'commander';
import { Neo4jError } from 'neo4j-driver';
import { describeError, type ErrorKind, KgError } from '../graph/errors.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** What each kind of failure means to a script: 2 = called wrongly or refused as asked, 1 = it failed. */
const EXIT_BY_KIND: Record<ErrorKind, number> = {
  usage: EXIT.usage,
  unsupported: EXIT.usage,
  refused: EXIT.usage,
  input: EXIT.failure,
  'not-found': EXIT.failure,
  'too-large': EXIT.failure,
  'unsupported-media': EXIT.usage,
  timeout: EXIT.failure,
  unavailable: EXIT.failure,
};

export function exitCodeOf(error: KgError): number {
  return EXIT_BY_KIND[error.kind];
}

export function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof KgError) {
    console.error(`kg: ${describeError(error)}`);
    return exitCodeOf(error);
  }
  if (error instanceof Neo4jError) {
    console.error(`kg: Neo4j refused the request: ${error.message.split('\n')[0]} (${error.code})`);
    return EXIT.failure;
  }
  // Anything else is a bug: keep the stack, it is what a maintainer needs.
  console.error(describeError(error));
  return EXIT.failure;
}
