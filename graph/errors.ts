/**
 * One error model for all of kg. Every expected failure is a KgError with a `kind` (what went
 * wrong, from the user's side), a stable `code` for scripts and tests, and whether trying again
 * may help (`retriable`). The CLI maps kind → exit code and the viewer's server maps kind → HTTP
 * status, each in one table; anything that is not a KgError is a bug and keeps its stack.
 * Typed subclasses exist where callers need to tell failures apart; tests assert their `name`.
 */
// A namespace import, so esbuild can leave the unused parts of zod out of the viewer's browser bundle.
import * as z from 'zod';

export const ErrorKind = z.enum([
  'usage', // the command or request was called wrongly
  'unsupported', // a method or operation this interface does not offer
  'input', // an article, a parameter or a Cypher text that cannot be used
  'not-found', // the thing asked for does not exist
  'refused', // understood, but not allowed here (a write in read-only mode, external data)
  'too-large', // over a size limit
  'unsupported-media', // a request body in a format this interface does not take
  'timeout', // stopped after its time limit
  'unavailable', // Neo4j, Java, Maven or a URL could not be reached
]);
export type ErrorKind = z.infer<typeof ErrorKind>;

export interface KgErrorOptions {
  cause?: unknown;
  retriable?: boolean;
}

export class KgError extends Error {
  readonly retriable: boolean;

  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    options: KgErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KgError';
    this.retriable = options.retriable ?? kind === 'unavailable';
  }
}

/** One input (file, folder, URL or article text) that cannot be read: which input, and why. */
export class InputError extends KgError {
  constructor(
    readonly input: string,
    reason: string,
    kind: ErrorKind = 'input',
    options: KgErrorOptions = {},
  ) {
    super(kind, `kg.Input.${kind}`, reason, options);
    this.name = 'InputError';
  }
}

/** Neo4j (or the local server's Java/Maven toolchain) cannot be reached or started. */
export class UnavailableError extends KgError {
  constructor(code: string, message: string, options: KgErrorOptions = {}) {
    super('unavailable', code, message, options);
    this.name = 'UnavailableError';
  }
}

/** A Cypher text the server rejected, that timed out, or that read-only mode refuses. */
export class CypherError extends KgError {
  constructor(message: string, code: string, kind: ErrorKind = 'input') {
    super(kind, code, message);
    this.name = 'CypherError';
  }
}

/** A mistake in how a command, a named query or an API endpoint was called. */
export class UsageError extends KgError {
  constructor(message: string, code = 'kg.Usage') {
    super('usage', code, message);
    this.name = 'UsageError';
  }
}

/** Any failure on one input, as the InputError that names it (keeps the original as its cause). */
export function asInputError(input: string, error: unknown): InputError {
  if (error instanceof InputError) return error.input ? error : new InputError(input, error.message, error.kind);
  if (error instanceof KgError) return new InputError(input, error.message, error.kind, { cause: error });
  return new InputError(input, error instanceof Error ? error.message : String(error), 'input', { cause: error });
}

/** The message a user reads for any failure: one line for a KgError, the stack for a bug. */
export function describeError(error: unknown): string {
  if (error instanceof InputError && error.input) return `${error.input}: ${error.message}`;
  if (error instanceof KgError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
