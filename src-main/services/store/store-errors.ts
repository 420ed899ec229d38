import type { z } from 'zod';
import type { Problem } from '../../core/result';
import { problemsOf } from '../../core/validation';
import { AppFailure } from '../errors';
import { errnoOf } from './file-system';

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

const REASONS: Record<string, string> = {
  ENOSPC: 'The disk is full',
  EDQUOT: 'The disk quota is used up',
  EACCES: 'Secure Base is not allowed to write to its data folder',
  EPERM: 'The system refused to let Secure Base write to its data folder',
  EROFS: 'The data folder is on a read-only disk',
  EIO: 'The disk reported a read or write error',
  EMFILE: 'Too many files are open',
  ENOENT: 'The data folder is missing (was it moved or deleted?)',
};

/**
 * A write that did not reach the disk. What was saved before is untouched; the caller still holds
 * its change (the note stays in the window) and can try again.
 */
export class WriteFailed extends AppFailure {
  constructor(
    readonly error: unknown,
    readonly file: string,
  ) {
    const code = errnoOf(error);
    const reason = (code && REASONS[code]) ?? `The file could not be written: ${(error as Error)?.message ?? String(error)}`;
    super('io', code ? `${reason} (${code}).` : `${reason}.`);
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
