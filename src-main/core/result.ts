/** One problem found in input, located by a JSON path such as `$.activities[2].title`. */
export interface Problem {
  path: string;
  message: string;
  /** What kind of problem, as a fixed word the editor says in its own language; `message` says it in English. */
  kind?: ProblemKind;
  /** The number that goes with the kind: the most characters, the fewest items. */
  limit?: number;
}

export type ProblemKind = 'empty' | 'too-long' | 'exactly' | 'at-least-items' | 'at-most-items' | 'at-least' | 'at-most' | 'whole-number';

export interface AppError {
  code: 'invalid-input' | 'not-found' | 'read-only' | 'conflict' | 'io' | 'internal' | 'unknown-channel' | 'forbidden';
  message: string;
  path?: string;
  problems?: Problem[];
  /** Why, as a fixed word a page can say in its own language (a phone's refusals); `message` says it in English. */
  reason?: string;
  /** The number that goes with the reason: seconds to wait, phones a room takes, texts waiting. */
  amount?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: AppError['code'], message: string, extra: Partial<AppError> = {}): Result<never> => ({
  ok: false,
  error: { code, message, ...extra },
});

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of path)
    out +=
      typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(part))
          ? `.${String(part)}`
          : `[${JSON.stringify(String(part))}]`;
  return out;
}
