import type { Problem, Workshop } from '../../../src-main/contract';
// The compiled messages themselves (what i18n.svelte re-exports), so this file runs in unit tests without a DOM.
import { m } from './catalog/compiled/messages.js';

/** Names of fields in the facilitator's words; the rest read well enough as they are. A function, so it speaks the current language. */
const names = (): Record<string, string> => ({
  title: m.editor_name_title(),
  summary: m.editor_name_summary(),
  audience: m.editor_name_audience(),
  minutes: m.editor_name_minutes(),
  startTime: m.editor_name_start_time(),
  lang: m.editor_name_lang(),
  translationOf: m.editor_name_translation_of(),
  contentNotes: m.editor_name_content_note(),
  contentNote: m.editor_name_content_note(),
  activities: m.editor_name_agenda(),
  goal: m.editor_name_goal(),
  instructions: m.editor_name_instructions(),
  say: m.editor_name_say(),
  steps: m.editor_name_step(),
  debrief: m.editor_name_debrief(),
  materials: m.editor_name_material(),
  handout: m.editor_name_handout(),
  points: m.editor_name_point(),
  prompt: m.editor_name_prompt(),
  prompts: m.editor_name_prompt(),
  questions: m.editor_name_question(),
  observerQuestions: m.editor_name_observer_question(),
  cards: m.editor_name_card(),
  categories: m.editor_name_category(),
  category: m.editor_name_answer(),
  statements: m.editor_name_statement(),
  options: m.editor_name_option(),
  label: m.editor_name_label(),
  text: m.editor_name_text(),
  situation: m.editor_name_situation(),
  perspectives: m.editor_name_perspective(),
  roles: m.editor_name_role(),
  brief: m.editor_name_brief(),
  name: m.editor_name_name(),
  question: m.editor_name_question(),
  poles: m.editor_name_line(),
  left: m.editor_name_left(),
  right: m.editor_name_right(),
});

export interface LocatedProblem extends Problem {
  /** The activity the problem is in, when it is in one. */
  activityIndex?: number;
  /** Where, in words: "card 2, question 1". */
  where: string;
}

/** What is wrong, in the interface's language when the host named the kind of problem, else in the host's words. */
export function problemText(problem: Problem): string {
  const limit = problem.limit ?? 0;
  switch (problem.kind) {
    case 'empty':
      return m.editor_problem_empty();
    case 'too-long':
      return m.editor_problem_too_long({ limit });
    case 'exactly':
      return m.editor_problem_exactly({ limit });
    case 'at-least-items':
      return m.editor_problem_at_least_items({ limit });
    case 'at-most-items':
      return m.editor_problem_at_most_items({ limit });
    case 'at-least':
      return m.editor_problem_at_least({ limit });
    case 'at-most':
      return m.editor_problem_at_most({ limit });
    case 'whole-number':
      return m.editor_problem_whole_number();
    default:
      return problem.message;
  }
}

/** `$.activities[2].cards[1].questions[0]` -> activity 2, "card 2, question 1". */
export function locate(problem: Problem, draft: Workshop | null): LocatedProblem {
  const parts = [...problem.path.matchAll(/\.([A-Za-z]+)|\[(\d+)\]/g)].map((x) => (x[1] !== undefined ? x[1] : Number(x[2])));
  let activityIndex: number | undefined;
  if (parts[0] === 'activities' && typeof parts[1] === 'number') {
    activityIndex = parts[1];
    parts.splice(0, 2);
  }
  const named = names();
  const words: string[] = [];
  for (const part of parts) {
    if (part === 'script') continue;
    if (typeof part === 'number') {
      const name = words[words.length - 1] ?? m.editor_name_item();
      words[Math.max(0, words.length - 1)] = m.editor_where_numbered({ name, number: part + 1 });
    } else words.push(named[part] ?? part);
  }
  const activity = activityIndex !== undefined ? draft?.activities[activityIndex] : undefined;
  const prefix = activity
    ? m.editor_where_activity_titled({ number: activityIndex! + 1, title: activity.title.trim() || m.editor_where_untitled() })
    : activityIndex !== undefined
      ? m.editor_where_activity({ number: activityIndex + 1 })
      : m.editor_where_workshop();
  const rest = words.join(m.editor_where_separator());
  return {
    ...problem,
    message: problemText(problem),
    ...(activityIndex !== undefined ? { activityIndex } : {}),
    where: rest ? m.editor_where_detail({ place: prefix, detail: rest }) : prefix,
  };
}
