import type { z } from 'zod';
import type { Problem } from '../../core/result';
import { problemsOf } from '../../core/validation';
import { AppFailure, DiskFailure, errnoOf } from '../errors';

/** A file that does not parse or validate; the store moves it aside. */
export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
}

/** A file saved by a newer version of the app: left untouched, never overwritten. */
export class NewerFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/**
 * A write that did not reach the disk. What was saved before is untouched; the caller still holds
 * its change (the note stays in the window) and can try again.
 */
export class WriteFailed extends DiskFailure {
  constructor(error: unknown, file: string) {
    super(error, file, 'write');
  }
}

export const asWriteFailed = (err: unknown, file: string): unknown =>
  err instanceof AppFailure || errnoOf(err) === undefined ? err : new WriteFailed(err, file);

/**
 * Validates a changed document before it is written. A change that would make it invalid (too many
 * captures, say) is refused as invalid input with the path of the problem, and nothing is written.
 */
export const checkedBy =
  <T>(schema: z.ZodType<T>, what: string) =>
  (draft: T): T => {
    const parsed = schema.safeParse(draft);
    if (parsed.success) return parsed.data;
    const problems = problemsOf(parsed.error);
    throw new AppFailure('invalid-input', `This change would make the ${what} invalid: ${problems[0].path}: ${problems[0].message}`, {
      path: problems[0].path,
      problems,
    });
  };
