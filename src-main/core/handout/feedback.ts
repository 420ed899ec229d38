import type { Workshop } from '../workshop/workshop-schema';

export interface FeedbackContent {
  workshopTitle: string;
  intro: string;
  scaleLabels: readonly [string, string];
  /** Statements to rate from 1 to 5, tied to what the workshop set out to do. */
  scales: string[];
  openQuestions: [string, string];
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A one-page feedback form: a few scales from the workshop's goals, and two open questions. */
export function feedbackContent(workshop: Workshop): FeedbackContent {
  const goals = workshop.goals ?? workshop.activities.filter((a) => a.kind === 'teach' || a.kind === 'scenario').map((a) => a.goal);
  return {
    workshopTitle: workshop.title,
    intro: 'Thank you for taking part. Your answers are anonymous and help us make the next workshop better.',
    scaleLabels: ['Not at all', 'Very much'],
    scales: [
      ...goals.slice(0, 4).map((g) => `It set out to ${lowerFirst(g.trim()).replace(/[.!?]+$/, '')}: it did.`),
      'I felt safe to take part, or to pass.',
      'I will use something from today in the next week.',
    ],
    openQuestions: ['What will you take away from today?', 'What would have made the workshop better for you?'],
  };
}
