import type { Activity } from '../workshop/activity-schema';

/**
 * How many times the clicker moves inside an activity before it moves on to the next one.
 * Content the room should take in piece by piece (questions, statements, prompts, key points)
 * is revealed one step at a time, as a presenter would build a slide.
 */
export function stepCountOf(activity: Activity | undefined): number {
  if (!activity) return 1;
  switch (activity.kind) {
    case 'teach':
      return activity.showComparisonTable ? 1 : activity.points.length;
    case 'discussion':
      return 1 + activity.questions.length;
    case 'scenario':
      return activity.cards.reduce((n, card) => n + 1 + card.questions.length, 0);
    case 'spectrum':
      return activity.statements.length;
    case 'reflection':
      return activity.prompts.length;
    default:
      return 1;
  }
}

/** For a scenario: the card a step shows and how many of its questions are revealed so far. */
export function scenarioStepOf(cards: readonly { questions: readonly string[] }[], step: number): { cardIndex: number; revealed: number } {
  let first = 0;
  for (let i = 0; i < cards.length; i++) {
    const span = 1 + cards[i].questions.length;
    if (step < first + span) return { cardIndex: i, revealed: step - first };
    first += span;
  }
  const last = cards.length - 1;
  return { cardIndex: last, revealed: cards[last]?.questions.length ?? 0 };
}
