import { m, type Locale } from '../catalog/locale';
import type { Workshop } from '../workshop/workshop-schema';
import { wordsLocaleOf } from './words-locale';

export interface FeedbackContent {
  /** The language of the form's fixed words: the workshop's, English when it has no catalog. */
  locale: Locale;
  workshopTitle: string;
  intro: string;
  scaleLabels: readonly [string, string];
  /** Statements to rate from 1 to 5, tied to what the workshop set out to do. */
  scales: string[];
  openQuestions: [string, string];
}

const lowerFirst = (s: string, locale: Locale) => s.charAt(0).toLocaleLowerCase(locale) + s.slice(1);

/** A one-page feedback form: a few scales from the workshop's goals, and two open questions. */
export function feedbackContent(workshop: Workshop, wordsLocale?: Locale): FeedbackContent {
  const goals = workshop.goals ?? workshop.activities.filter((a) => a.kind === 'teach' || a.kind === 'scenario').map((a) => a.goal);
  const locale = wordsLocaleOf(workshop, wordsLocale);
  const o = { locale };
  return {
    locale,
    workshopTitle: workshop.title,
    intro: m.handouts_feedback_intro({}, o),
    scaleLabels: [m.handouts_feedback_not_at_all({}, o), m.handouts_feedback_very_much({}, o)],
    scales: [
      ...goals.slice(0, 4).map((g) => m.handouts_feedback_goal({ goal: lowerFirst(g.trim(), locale).replace(/[.!?؟。]+$/, '') }, o)),
      m.handouts_feedback_safe({}, o),
      m.handouts_feedback_use({}, o),
    ],
    openQuestions: [m.handouts_feedback_take_away({}, o), m.handouts_feedback_better({}, o)],
  };
}
