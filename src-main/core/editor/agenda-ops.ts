import type { Workshop } from '../workshop/workshop-schema';
import type { Activity, ScenarioCard } from '../workshop/activity-schema';
import { freshId } from './ids';
import { EditRejected } from './paths';
import { copyTitle } from './create';

export const MAX_ACTIVITIES = 60;

const activityIds = (w: Workshop) => new Set(w.activities.map((a) => a.id));

function at(w: Workshop, index: number): Activity {
  const activity = w.activities[index];
  if (!activity) throw new EditRejected(`There is no activity ${index + 1} on the agenda.`);
  return activity;
}

/** Put a copy of an activity into the agenda, with an id that is free in this workshop. */
export function insertActivity(w: Workshop, activity: Activity, index = w.activities.length): void {
  if (w.activities.length >= MAX_ACTIVITIES) throw new EditRejected(`A workshop holds at most ${MAX_ACTIVITIES} activities.`);
  const copy = { ...structuredClone(activity), id: freshId(activity.id, activityIds(w)) };
  w.activities.splice(Math.min(index, w.activities.length), 0, copy);
}

export function moveActivity(w: Workshop, from: number, to: number): void {
  at(w, from);
  const [moved] = w.activities.splice(from, 1);
  w.activities.splice(Math.min(to, w.activities.length), 0, moved);
}

export function removeActivity(w: Workshop, index: number): void {
  at(w, index);
  w.activities.splice(index, 1);
}

/** A copy right after the original, titled so the two can be told apart. */
export function duplicateActivity(w: Workshop, index: number): void {
  const original = at(w, index);
  const title = copyTitle(original.title, w.lang);
  insertActivity(w, { ...original, id: `${original.id}-copy`, title }, index + 1);
}

/** Copy a bank's scenario card into a scenario activity, with an id that is free in that activity. */
export function insertBankCard(w: Workshop, activityIndex: number, card: ScenarioCard): void {
  const activity = at(w, activityIndex);
  if (activity.kind !== 'scenario') throw new EditRejected(`“${activity.title}” is not a scenario activity.`);
  const id = freshId(card.id, new Set(activity.cards.map((c) => c.id)));
  activity.cards.push({ ...structuredClone(card), id });
}

/**
 * The workshop's sections follow its agenda: every section an activity draws on, in agenda order.
 * With no activities left the old list stays, since the schema wants at least one.
 */
export function syncSections(w: Workshop): void {
  if (w.activities.length === 0) return;
  w.sections = [...new Set(w.activities.map((a) => a.section))];
}
