import type { Activity, ActivityOf, ScenarioCard } from '../workshop/activity-schema';
import { scenarioStepOf } from '../live/steps';

/**
 * The question on screen that the room answers, named by one key: the activity for a poll or a card
 * sort, the activity and statement for a spectrum line, the activity and card for a scenario.
 * Holding results back and revealing them is per key.
 */
export interface ScreenQuestion {
  key: string;
  activityId: string;
  /** The statement (spectrum) or card (scenario) the key names inside its activity. */
  itemId?: string;
}

export const questionKey = (activityId: string, itemId?: string): string => (itemId ? `${activityId}.${itemId}` : activityId);

/** The question a step of an activity puts on screen; null for activities the room does not answer. */
export function screenQuestionOf(activity: Activity | undefined, step: number): ScreenQuestion | null {
  if (!activity) return null;
  switch (activity.kind) {
    case 'poll':
    case 'card-sort':
      return { key: activity.id, activityId: activity.id };
    case 'spectrum': {
      const statement = activity.statements[Math.min(step, activity.statements.length - 1)];
      return { key: questionKey(activity.id, statement.id), activityId: activity.id, itemId: statement.id };
    }
    case 'scenario': {
      const card = activity.cards[scenarioStepOf(activity.cards, step).cardIndex];
      return { key: questionKey(activity.id, card.id), activityId: activity.id, itemId: card.id };
    }
    default:
      return null;
  }
}

export const IN_BETWEEN = { id: 'in-between', label: 'Somewhere in between' } as const;

/** "Tolu" -> "Tolu’s view"; "His mother" -> "his mother’s view"; "James" -> "James’ view". */
function viewOf(label: string): string {
  const who = /^(His|Her|Their|The|A|An|My|Our) /.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
  return `${who}${who.endsWith('s') ? '’' : '’s'} view`;
}

/**
 * The responses a phone can choose for a scenario card: the activity's own, or one per point of
 * view and "Somewhere in between". A card without points of view and an activity without
 * responses offers none (written responses only).
 */
export function scenarioResponsesOf(activity: ActivityOf<'scenario'>, card: ScenarioCard): { id: string; label: string }[] {
  if (activity.responses) return activity.responses.map((r) => ({ id: r.id, label: r.label }));
  if (!card.perspectives?.length) return [];
  return [...card.perspectives.map((p, i) => ({ id: `view-${i + 1}`, label: `Closer to ${viewOf(p.label)}` })), { ...IN_BETWEEN }];
}
