import type { z } from 'zod';
import { fail, jsonPath, ok, type Problem, type Result } from './result';

/** Zod's wording, made plainer for people who edit workshop files by hand. */
function plain(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return `is required (${issue.expected})`;
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

export function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: plain(issue) }));
}

/** Parse untrusted data with a schema; on failure every problem names its JSON path. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, what = 'input'): Result<z.infer<S>> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  const problems = problemsOf(parsed.error);
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return fail('invalid-input', `Invalid ${what}: ${first.path}: ${first.message}${more}`, { path: first.path, problems });
}
