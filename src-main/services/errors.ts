import type { AppError } from '../core/result';

/** An error a handler throws on purpose; it crosses to the renderer with its code and message. */
export class AppFailure extends Error {
  constructor(
    readonly code: AppError['code'],
    message: string,
    readonly extra: Partial<AppError> = {},
  ) {
    super(message);
  }
}

/** What a call named is not there (or no longer): the one not-found error of the app. */
export class NotFound extends AppFailure {
  constructor(message: string) {
    super('not-found', message);
  }
}

export const errnoOf = (err: unknown): string | undefined => {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
};

/** What the system said, in the facilitator's words; one table for every file the app reads or writes. */
const REASONS: Record<string, (doing: 'write' | 'use') => string> = {
  ENOSPC: () => 'The disk is full',
  EDQUOT: () => 'The disk quota is used up',
  EACCES: (doing) => `Secure Base is not allowed to ${doing === 'write' ? 'write to' : 'use'} its data folder`,
  EPERM: (doing) => `The system refused to let Secure Base ${doing === 'write' ? 'write to' : 'use'} its data folder`,
  EROFS: () => 'The data folder is on a read-only disk',
  EIO: () => 'The disk reported a read or write error',
  EMFILE: () => 'Too many files are open',
  ENOENT: () => 'The data folder is missing (was it moved or deleted?)',
};

/** A file operation the system refused (disk full, no permission…), said plainly, with the system's code. */
export class DiskFailure extends AppFailure {
  constructor(
    readonly error: unknown,
    readonly file: string,
    doing: 'write' | 'use' = 'use',
  ) {
    const code = errnoOf(error);
    const reason =
      (code && REASONS[code]?.(doing)) ??
      `The file could not be ${doing === 'write' ? 'written' : 'read'}: ${(error as Error)?.message ?? String(error)}`;
    super('io', code ? `${reason} (${code}).` : `${reason}.`);
  }
}
