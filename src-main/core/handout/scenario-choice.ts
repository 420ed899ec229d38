import type { ScenarioBank } from '../workshop/bank-schema';
import type { ScenarioCard } from '../workshop/activity-schema';
import type { Workshop } from '../workshop/workshop-schema';

/** Activity id -> scenario card ids, in the order the facilitator chose them. */
export type ScenarioCardChoice = Record<string, string[]>;

export class ScenarioChoiceError extends Error {}

/**
 * The workshop with each chosen scenario activity's cards replaced by the chosen ones, looked up
 * first in the activity's own cards, then in the bank for the activity's section.
 */
export function withChosenCards(workshop: Workshop, choice: ScenarioCardChoice | undefined, banks: readonly ScenarioBank[]): Workshop {
  if (!choice || Object.keys(choice).length === 0) return workshop;
  for (const id of Object.keys(choice)) {
    const a = workshop.activities.find((x) => x.id === id);
    if (!a) throw new ScenarioChoiceError(`scenarioCards.${id}: the workshop has no activity "${id}"`);
    if (a.kind !== 'scenario')
      throw new ScenarioChoiceError(`scenarioCards.${id}: "${a.title}" is a ${a.kind} activity, not scenario cards`);
  }
  return {
    ...workshop,
    activities: workshop.activities.map((a) => {
      const ids = choice[a.id];
      if (a.kind !== 'scenario' || !ids || ids.length === 0) return a;
      const pool: ScenarioCard[] = [...a.cards, ...banks.filter((b) => b.section === a.section).flatMap((b) => b.cards)];
      const cards = ids.map((cardId, i) => {
        const card = pool.find((c) => c.id === cardId);
        if (!card)
          throw new ScenarioChoiceError(`scenarioCards.${a.id}[${i}]: no card "${cardId}" in "${a.title}" or the ${a.section} card bank`);
        return card;
      });
      return { ...a, cards };
    }),
  };
}
