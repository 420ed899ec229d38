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

export const notFound = (message: string) => new AppFailure('not-found', message);
