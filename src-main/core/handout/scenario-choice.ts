import type { ScenarioBank } from '../workshop/bank-schema';
import type { Workshop } from '../workshop/workshop-schema';
import { choiceProblems, withChosenCards as runWithChosenCards, type ScenarioCards } from '../session/scenario-cards';

/** Activity id -> scenario card ids, in the order the facilitator chose them. */
export type ScenarioCardChoice = ScenarioCards;

export class ScenarioChoiceError extends Error {}

/**
 * The workshop with each chosen scenario activity's cards replaced by the chosen ones, looked up
 * first in the activity's own cards, then in the bank for the activity's section. Unlike a running
 * session, a print order is checked strictly: an unknown activity or card is an error that names it.
 */
export function withChosenCards(workshop: Workshop, choice: ScenarioCardChoice | undefined, banks: readonly ScenarioBank[]): Workshop {
  if (!choice || Object.keys(choice).length === 0) return workshop;
  for (const [id, cardIds] of Object.entries(choice)) {
    const activity = workshop.activities.find((x) => x.id === id);
    if (!activity) throw new ScenarioChoiceError(`scenarioCards.${id}: the workshop has no activity "${id}"`);
    const [problem] = choiceProblems(activity, cardIds, banks);
    if (problem)
      throw new ScenarioChoiceError(`${problem.path.replace(/^\$\.(activityId|cardIds)/, `scenarioCards.${id}`)}: ${problem.message}`);
  }
  return { ...workshop, activities: runWithChosenCards(workshop.activities, choice, banks) };
}
