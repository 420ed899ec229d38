import type { Activity } from '../workshop/activity-schema';
import type { LiveIntent } from '../live/live-schema';
import { SPECTRUM_POSITIONS } from '../session/session-schema';
import { scenarioStepOf } from '../live/steps';
import type { AnswerChange, Answerable } from './answers';
import { questionKey, scenarioResponsesOf } from './questions';

type Choice = { id: string; label: string };

/**
 * What a phone shows of the activity on screen, built field by field (never the answer key, notes or
 * script). `closed` and the phone's own answer are added per phone by the room.
 */
export type PhoneQuestion =
  | { kind: 'poll'; id: string; text: string; options: Choice[] }
  | { kind: 'spectrum'; id: string; text: string; poles: { left: string; right: string }; positions: number }
  | { kind: 'card-sort'; id: string; text: string; columns: Choice[]; cards: { id: string; text: string }[] }
  | { kind: 'scenario'; id: string; text: string; situation: string; options: Choice[] }
  /** Prompts only: what a phone writes for a reflection stays on the phone. */
  | { kind: 'reflection'; id: string; text: string; prompts: string[] };

/** The question a phone shows for an activity at a step; null for activities phones do not take part in. */
export function phoneQuestionOf(activity: Activity | undefined, step: number): PhoneQuestion | null {
  if (!activity) return null;
  switch (activity.kind) {
    case 'poll':
      return {
        kind: 'poll',
        id: activity.id,
        text: activity.question,
        options: activity.options.map((o) => ({ id: o.id, label: o.label })),
      };
    case 'spectrum': {
      const s = activity.statements[Math.min(step, activity.statements.length - 1)];
      const poles = { left: activity.poles.left, right: activity.poles.right };
      return { kind: 'spectrum', id: questionKey(activity.id, s.id), text: s.text, poles, positions: SPECTRUM_POSITIONS };
    }
    case 'card-sort':
      return {
        kind: 'card-sort',
        id: activity.id,
        text: activity.title,
        columns: activity.categories.map((c) => ({ id: c.id, label: c.label })),
        cards: activity.cards.map((c) => ({ id: c.id, text: c.text })),
      };
    case 'scenario': {
      const card = activity.cards[scenarioStepOf(activity.cards, step).cardIndex];
      const options = scenarioResponsesOf(activity, card);
      return { kind: 'scenario', id: questionKey(activity.id, card.id), text: card.title, situation: card.situation, options };
    }
    case 'reflection':
      return { kind: 'reflection', id: activity.id, text: activity.title, prompts: activity.prompts.slice(0, step + 1) };
    default:
      return null;
  }
}

/** What a phone may send for a question: the option ids, the cards, and whether it may pass. */
export function answerableOf(q: PhoneQuestion): Answerable {
  switch (q.kind) {
    case 'poll':
    case 'scenario':
      return { id: q.id, options: q.options.map((o) => o.id) };
    case 'spectrum':
      return { id: q.id, options: Array.from({ length: q.positions }, (_, i) => String(i)), pass: true };
    case 'card-sort':
      return { id: q.id, options: q.columns.map((c) => c.id), items: q.cards.map((c) => c.id) };
    case 'reflection':
      return { id: q.id, options: [] };
  }
}

const split = (key: string): [string, string] => {
  const dot = key.indexOf('.');
  return [key.slice(0, dot), key.slice(dot + 1)];
};

/** A key per count, so the batch adds up moves of the same count. */
const moveKey = (i: LiveIntent) => JSON.stringify({ ...i, by: 0 });
const answeredKey = (i: LiveIntent) => JSON.stringify({ ...i, count: 0 });

export type CountIntent = Extract<LiveIntent, { by: number }> & { key: string };
export type AnsweredIntent = Extract<LiveIntent, { type: 'phones-answered' }> & { key: string };

/**
 * How one phone's change moves the session's results: the count it left, the count it joined, and
 * how many phones have answered now (for the privacy gate).
 */
export function resultMovesOf(
  q: PhoneQuestion,
  change: AnswerChange,
  answered: number,
): { moves: CountIntent[]; answered: AnsweredIntent | null } {
  const moves: CountIntent[] = [];
  const add = (i: Extract<LiveIntent, { by: number }>) => moves.push({ ...i, key: moveKey(i) });
  const each = (option: string | undefined, by: number) => {
    if (option === undefined) return;
    if (q.kind === 'poll') add({ type: 'poll-add', activityId: q.id, optionId: option, by });
    else if (q.kind === 'spectrum') {
      const [activityId, statementId] = split(q.id);
      add({ type: 'spectrum-add', activityId, statementId, position: Number(option), by });
    } else if (q.kind === 'scenario') {
      const [activityId, cardId] = split(q.id);
      add({ type: 'vote-add', activityId, itemId: cardId, optionId: option, by });
    } else if (q.kind === 'card-sort' && change.itemId)
      add({ type: 'vote-add', activityId: q.id, itemId: change.itemId, optionId: option, by });
  };
  each(change.removed, -1);
  each(change.added, 1);
  if (q.kind === 'reflection') return { moves, answered: null };
  const dotted = q.kind === 'spectrum' || q.kind === 'scenario';
  const [activityId, itemId] = dotted ? split(q.id) : [q.id, undefined];
  const a: Extract<LiveIntent, { type: 'phones-answered' }> = {
    type: 'phones-answered',
    activityId,
    ...(itemId ? { itemId } : {}),
    count: answered,
  };
  return { moves, answered: { ...a, key: answeredKey(a) } };
}
