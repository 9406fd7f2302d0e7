/** Exit codes and the one place that turns expected failures into one clear line. */
import { CommanderError } from 'commander';
import { Neo4jError } from 'neo4j-driver';
import { Neo4jUnavailableError } from '../graph/driver.js';
import { JvmError } from '../graph/jvm.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A mistake in how the command was called (exit 2). */
export class UsageError extends Error {}

export function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof UsageError) {
    console.error(`kg: ${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof Neo4jUnavailableError || error instanceof JvmError) {
    console.error(`kg: ${error.message}`);
    return EXIT.failure;
  }
  if (error instanceof Neo4jError) {
    console.error(`kg: Neo4j refused the request: ${error.message.split('\n')[0]} (${error.code})`);
    return EXIT.failure;
  }
  // Anything else is a bug: keep the stack, it is what a maintainer needs.
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.failure;
}
