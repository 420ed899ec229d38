import { z } from 'zod';
import { idSchema, type Activity, type ActivityOf, type ScenarioCard } from '../workshop/activity-schema';
import type { ScenarioBank } from '../workshop/bank-schema';
import type { Problem } from '../result';

/** Most cards one scenario activity can run with; a bank holds 9-15. */
export const MAX_CHOSEN_CARDS = 15;

/**
 * The scenario cards chosen for a session's group: activity id -> card ids in the order they are
 * shown. Activities without an entry use the workshop's own cards.
 */
export const scenarioCardsSchema = z.record(idSchema, z.array(idSchema).min(1, 'pick at least one card').max(MAX_CHOSEN_CARDS));
export type ScenarioCards = z.infer<typeof scenarioCardsSchema>;

type Scenario = ActivityOf<'scenario'>;

/** Every card a scenario activity may use: its own cards first, then its section's bank, each card once. */
export function cardPoolOf(activity: Scenario, banks: readonly ScenarioBank[]): ScenarioCard[] {
  const pool = new Map(activity.cards.map((c) => [c.id, c]));
  for (const bank of banks) {
    if (bank.section !== activity.section) continue;
    for (const c of bank.cards) {
      const own = pool.get(c.id);
      // The workshop's own wording wins; who and where come from the bank when the workshop does not say.
      pool.set(c.id, own ? { ...own, age: own.age ?? c.age, setting: own.setting ?? c.setting } : c);
    }
  }
  return [...pool.values()].map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as ScenarioCard);
}

/** What is wrong with a choice of card ids for an activity, each problem with its path. */
export function choiceProblems(activity: Activity | undefined, cardIds: readonly string[], banks: readonly ScenarioBank[]): Problem[] {
  if (!activity) return [{ path: '$.activityId', message: 'no such activity in this workshop' }];
  if (activity.kind !== 'scenario') return [{ path: '$.activityId', message: `"${activity.title}" has no scenario cards` }];
  const pool = new Set(cardPoolOf(activity, banks).map((c) => c.id));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  cardIds.forEach((id, i) => {
    if (!pool.has(id)) problems.push({ path: `$.cardIds[${i}]`, message: `no card "${id}" in the bank for "${activity.title}"` });
    else if (seen.has(id)) problems.push({ path: `$.cardIds[${i}]`, message: `card "${id}" is chosen twice` });
    seen.add(id);
  });
  return problems;
}

/**
 * The activities as this session runs them: each scenario activity with its chosen cards in the
 * chosen order. Card ids no longer in the bank are left out; with none left, the workshop's own cards stay.
 */
export function withChosenCards<A extends Activity | undefined>(
  activities: readonly A[],
  choice: ScenarioCards | undefined,
  banks: readonly ScenarioBank[],
): A[] {
  if (!choice) return [...activities];
  return activities.map((a) => {
    const ids = a && a.kind === 'scenario' ? choice[a.id] : undefined;
    if (!a || a.kind !== 'scenario' || !ids) return a;
    const pool = new Map(cardPoolOf(a, banks).map((c) => [c.id, c]));
    const cards = ids.map((id) => pool.get(id)).filter((c): c is ScenarioCard => c !== undefined);
    return (cards.length ? { ...a, cards } : a) as A;
  });
}
