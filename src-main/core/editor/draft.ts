import type { z } from 'zod';
import { workshopSchema, type Workshop } from '../workshop/workshop-schema';
import { jsonPath, type Problem } from '../result';

/**
 * A draft is a workshop whose shape is right (every field present with the right type, known
 * kinds and sections) but whose content may still break the rules: an empty title, too few
 * questions, 0 minutes. Edits keep drafts in that state, so the editor can show every problem
 * inline while the facilitator works, and only a valid workshop is ever saved to the library.
 */
const CONTENT_CODES = new Set(['too_small', 'too_big', 'invalid_format', 'custom', 'not_multiple_of']);

const isContentIssue = (issue: z.core.$ZodIssue): boolean =>
  CONTENT_CODES.has(issue.code) || (issue.code === 'invalid_type' && issue.expected === 'int');

/** Zod's wording in a facilitator's words; the editor shows these next to the field. */
/** The kind of a content problem and its number, for the editor to say in its own language. */
export function problemKind(issue: z.core.$ZodIssue): Pick<Problem, 'kind' | 'limit'> {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    const small = issue.code === 'too_small';
    if (issue.origin === 'string') return small ? { kind: 'empty' } : { kind: 'too-long', limit };
    if (issue.origin === 'array') {
      if ('exact' in issue && issue.exact) return { kind: 'exactly', limit };
      return { kind: small ? 'at-least-items' : 'at-most-items', limit };
    }
    return { kind: small ? 'at-least' : 'at-most', limit };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') return { kind: 'whole-number' };
  return {};
}

export function editorMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    const exact = 'exact' in issue && issue.exact;
    if (issue.origin === 'string') return issue.code === 'too_small' ? 'must not be empty' : `at most ${n} characters`;
    if (issue.origin === 'array') {
      if (exact) return `needs exactly ${n}`;
      return issue.code === 'too_small' ? (n === 1 ? 'add at least one' : `add at least ${n}`) : `at most ${n}`;
    }
    return issue.code === 'too_small' ? `at least ${n}` : `at most ${n}`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'use a whole number';
  return issue.message.replace(/^Invalid input: /, '');
}

export interface DraftCheck {
  /** The shape is right: edits may continue from here. */
  sound: boolean;
  /** Content problems, each at its JSON path ($.activities[2].title). */
  problems: Problem[];
  /** Problems of shape; a draft with any is refused. */
  structural: Problem[];
  /** The parsed (trimmed) workshop, when there are no problems at all. */
  workshop?: Workshop;
}

export function checkDraft(data: unknown): DraftCheck {
  const parsed = workshopSchema.safeParse(data);
  if (parsed.success) return { sound: true, problems: [], structural: [], workshop: parsed.data };
  const problems: Problem[] = [];
  const structural: Problem[] = [];
  for (const issue of parsed.error.issues) {
    (isContentIssue(issue) ? problems : structural).push({
      path: jsonPath(issue.path),
      message: editorMessage(issue),
      ...problemKind(issue),
    });
  }
  return { sound: structural.length === 0, problems, structural };
}
