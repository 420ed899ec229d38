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
      return activity.cards.reduce((n, card) => n + scenarioCardSpan(card), 0);
    case 'spectrum':
      return activity.statements.length;
    case 'reflection':
      return activity.prompts.length;
    default:
      return 1;
  }
}

type StepCard = { questions: readonly string[]; perspectives?: readonly unknown[] };

/** A scenario card's steps: the situation, then each point of view, then each question. */
const scenarioCardSpan = (card: StepCard) => 1 + (card.perspectives?.length ?? 0) + card.questions.length;

/**
 * For a scenario: the card a step shows, how many of its points of view are revealed (they come
 * right after the situation) and how many of its questions.
 */
export function scenarioStepOf(cards: readonly StepCard[], step: number): { cardIndex: number; views: number; revealed: number } {
  let first = 0;
  for (let i = 0; i < cards.length; i++) {
    const span = scenarioCardSpan(cards[i]);
    if (step < first + span) {
      const into = step - first;
      const views = Math.min(into, cards[i].perspectives?.length ?? 0);
      return { cardIndex: i, views, revealed: into - views };
    }
    first += span;
  }
  const last = cards.length - 1;
  return { cardIndex: last, views: cards[last]?.perspectives?.length ?? 0, revealed: cards[last]?.questions.length ?? 0 };
}
