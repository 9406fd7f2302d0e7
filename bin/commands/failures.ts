/** Turns a failure on one input into the message the user reads: which input, and why. */
import { InputError } from '../../ingest/load/index.js';

export class InputFailure extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}

export function inputFailure(input: string, error: unknown): InputFailure {
  if (error instanceof InputError) return new InputFailure(error.input || input, error.message);
  if (error instanceof Error) return new InputFailure(input, error.message);
  return new InputFailure(input, String(error));
}
