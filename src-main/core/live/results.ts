import type { Activity } from '../workshop/activity-schema';
import { SPECTRUM_POSITIONS, type ActivityResult } from '../session/session-schema';
import type { LiveIntent } from './live-schema';
import { IntentRejected } from './intent-rejected';

/** Intents that record what the group did: poll counts, spectrum placements, the card sort. */
export type ResultIntent = Extract<LiveIntent, { type: 'poll-add' | 'poll-set' | 'spectrum-add' | 'sort-place' }>;

const notHere = (what: string, activity: Activity) => new IntentRejected(`"${activity.title}" has no ${what}.`);

/** The activity's result after the group's latest answer; counts never go below zero. */
export function applyResult(activity: Activity, before: ActivityResult | undefined, intent: ResultIntent): ActivityResult {
  switch (intent.type) {
    case 'poll-add':
    case 'poll-set': {
      if (activity.kind !== 'poll') throw notHere('poll', activity);
      if (!activity.options.some((o) => o.id === intent.optionId)) throw notHere(`option "${intent.optionId}"`, activity);
      const counts = before?.kind === 'poll' ? { ...before.counts } : {};
      const old = counts[intent.optionId] ?? 0;
      counts[intent.optionId] = Math.min(10000, Math.max(0, intent.type === 'poll-set' ? intent.count : old + intent.by));
      return { kind: 'poll', counts };
    }
    case 'spectrum-add': {
      if (activity.kind !== 'spectrum') throw notHere('spectrum line', activity);
      if (!activity.statements.some((s) => s.id === intent.statementId)) throw notHere(`statement "${intent.statementId}"`, activity);
      const placements = before?.kind === 'spectrum' ? { ...before.placements } : {};
      const row = [...(placements[intent.statementId] ?? new Array<number>(SPECTRUM_POSITIONS).fill(0))];
      row[intent.position] = Math.min(10000, Math.max(0, row[intent.position] + intent.by));
      placements[intent.statementId] = row;
      return { kind: 'spectrum', placements };
    }
    case 'sort-place': {
      if (activity.kind !== 'card-sort') throw notHere('card sort', activity);
      if (!activity.cards.some((c) => c.id === intent.cardId)) throw notHere(`card "${intent.cardId}"`, activity);
      if (intent.categoryId !== null && !activity.categories.some((c) => c.id === intent.categoryId))
        throw notHere(`category "${intent.categoryId}"`, activity);
      const placement = before?.kind === 'card-sort' ? { ...before.placement } : {};
      // Delete first: key order then records the order of placing, so the board can mark the latest card.
      delete placement[intent.cardId];
      if (intent.categoryId !== null) placement[intent.cardId] = intent.categoryId;
      return { kind: 'card-sort', placement };
    }
  }
}
