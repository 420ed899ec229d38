import type { Problem, Workshop } from '../../../src-main/contract';

/** Names of fields in the facilitator's words; the rest read well enough as they are. */
const NAMES: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  audience: 'audience',
  minutes: 'minutes',
  startTime: 'start time',
  contentNotes: 'content note',
  contentNote: 'content note',
  activities: 'agenda',
  goal: 'goal',
  instructions: 'instructions',
  say: 'what you say',
  steps: 'step',
  debrief: 'debrief question',
  materials: 'material',
  handout: 'worksheet text',
  points: 'key point',
  prompt: 'prompt',
  prompts: 'prompt',
  questions: 'question',
  observerQuestions: 'observer question',
  cards: 'card',
  categories: 'category',
  category: 'answer',
  statements: 'statement',
  options: 'option',
  label: 'label',
  text: 'text',
  situation: 'situation',
  perspectives: 'perspective',
  roles: 'role',
  brief: 'brief',
  name: 'name',
  question: 'question',
  poles: 'line',
  left: 'left end',
  right: 'right end',
};

export interface LocatedProblem extends Problem {
  /** The activity the problem is in, when it is in one. */
  activityIndex?: number;
  /** Where, in words: "card 2, question 1". */
  where: string;
}

/** `$.activities[2].cards[1].questions[0]` -> activity 2, "card 2, question 1". */
export function locate(problem: Problem, draft: Workshop | null): LocatedProblem {
  const parts = [...problem.path.matchAll(/\.([A-Za-z]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
  let activityIndex: number | undefined;
  if (parts[0] === 'activities' && typeof parts[1] === 'number') {
    activityIndex = parts[1];
    parts.splice(0, 2);
  }
  const words: string[] = [];
  for (const part of parts) {
    if (part === 'script') continue;
    if (typeof part === 'number') words[words.length - 1] = `${words[words.length - 1] ?? 'item'} ${part + 1}`;
    else words.push(NAMES[part] ?? part);
  }
  const activity = activityIndex !== undefined ? draft?.activities[activityIndex] : undefined;
  const prefix = activity
    ? `Activity ${activityIndex! + 1} (${activity.title.trim() || 'untitled'})`
    : activityIndex !== undefined
      ? `Activity ${activityIndex + 1}`
      : 'Workshop';
  const rest = words.join(', ');
  return { ...problem, ...(activityIndex !== undefined ? { activityIndex } : {}), where: rest ? `${prefix}: ${rest}` : prefix };
}
