import type { Activity } from '../workshop/activity-schema';
import { SPECTRUM_POSITIONS, type ActivityResult } from '../session/session-schema';
import type { LiveIntent } from './live-schema';
import { IntentRejected } from './intent-rejected';
import { scenarioResponsesOf } from '../room/questions';

/** Intents that record what the group did: poll counts, spectrum placements, the card sort, phones' votes. */
export type ResultIntent = Extract<
  LiveIntent,
  { type: 'poll-add' | 'poll-set' | 'spectrum-add' | 'sort-place' | 'vote-add' | 'phones-answered' }
>;

const tally = (n: number) => Math.min(10000, Math.max(0, n));

/** A table of counts (item -> option -> n) with one count moved. */
function moved(table: Record<string, Record<string, number>> | undefined, item: string, option: string, by: number) {
  const row = { ...(table?.[item] ?? {}) };
  row[option] = tally((row[option] ?? 0) + by);
  return { ...(table ?? {}), [item]: row };
}

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
      return { kind: 'poll', counts, ...(before?.kind === 'poll' && before.answered !== undefined ? { answered: before.answered } : {}) };
    }
    case 'spectrum-add': {
      if (activity.kind !== 'spectrum') throw notHere('spectrum line', activity);
      if (!activity.statements.some((s) => s.id === intent.statementId)) throw notHere(`statement "${intent.statementId}"`, activity);
      const placements = before?.kind === 'spectrum' ? { ...before.placements } : {};
      const row = [...(placements[intent.statementId] ?? new Array<number>(SPECTRUM_POSITIONS).fill(0))];
      row[intent.position] = Math.min(10000, Math.max(0, row[intent.position] + intent.by));
      placements[intent.statementId] = row;
      return { kind: 'spectrum', placements, ...(before?.kind === 'spectrum' && before.answered ? { answered: before.answered } : {}) };
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
      return before?.kind === 'card-sort' ? { ...before, placement } : { kind: 'card-sort', placement };
    }
    case 'vote-add':
      return voted(activity, before, intent);
    case 'phones-answered':
      return answered(activity, before, intent);
  }
}

function voted(
  activity: Activity,
  before: ActivityResult | undefined,
  intent: Extract<ResultIntent, { type: 'vote-add' }>,
): ActivityResult {
  if (activity.kind === 'card-sort') {
    if (!activity.cards.some((c) => c.id === intent.itemId)) throw notHere(`card "${intent.itemId}"`, activity);
    if (!activity.categories.some((c) => c.id === intent.optionId)) throw notHere(`category "${intent.optionId}"`, activity);
    const base = before?.kind === 'card-sort' ? before : { kind: 'card-sort' as const, placement: {} };
    return { ...base, votes: moved(base.votes, intent.itemId, intent.optionId, intent.by) };
  }
  if (activity.kind === 'scenario') {
    const card = activity.cards.find((c) => c.id === intent.itemId);
    if (!card) throw notHere(`card "${intent.itemId}"`, activity);
    if (!scenarioResponsesOf(activity, card).some((r) => r.id === intent.optionId))
      throw notHere(`response "${intent.optionId}"`, activity);
    const base = before?.kind === 'scenario' ? before : { kind: 'scenario' as const, counts: {} };
    return { ...base, counts: moved(base.counts, intent.itemId, intent.optionId, intent.by) };
  }
  throw notHere('votes from phones', activity);
}

function answered(
  activity: Activity,
  before: ActivityResult | undefined,
  intent: Extract<ResultIntent, { type: 'phones-answered' }>,
): ActivityResult {
  const count = tally(intent.count);
  switch (activity.kind) {
    case 'poll':
      return { ...(before?.kind === 'poll' ? before : { kind: 'poll' as const, counts: {} }), answered: count };
    case 'card-sort':
      return { ...(before?.kind === 'card-sort' ? before : { kind: 'card-sort' as const, placement: {} }), answered: count };
    case 'spectrum': {
      if (!intent.itemId || !activity.statements.some((s) => s.id === intent.itemId))
        throw notHere(`statement "${intent.itemId}"`, activity);
      const base = before?.kind === 'spectrum' ? before : { kind: 'spectrum' as const, placements: {} };
      return { ...base, answered: { ...(base.answered ?? {}), [intent.itemId]: count } };
    }
    case 'scenario': {
      if (!intent.itemId || !activity.cards.some((c) => c.id === intent.itemId)) throw notHere(`card "${intent.itemId}"`, activity);
      const base = before?.kind === 'scenario' ? before : { kind: 'scenario' as const, counts: {} };
      return { ...base, answered: { ...(base.answered ?? {}), [intent.itemId]: count } };
    }
    default:
      throw notHere('questions for phones', activity);
  }
}
