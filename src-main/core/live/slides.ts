import type { Activity } from '../workshop/activity-schema';
import type { ActivityResult } from '../session/session-schema';
import { SPECTRUM_POSITIONS } from '../session/session-schema';
import { comparisonTableFor, type ComparisonRow } from '../workshop/comparison-table';
import { GROUPING_LABELS, KIND_LABELS } from '../workshop/kinds';
import { scenarioStepOf } from './steps';

/**
 * What the room sees of one activity at one step. Built field by field from what participants
 * may see, never by copying the activity, so the script, goal, materials and the card sort's
 * answer key cannot reach the projector by accident.
 */
interface SlideBase {
  title: string;
  kindLabel: string;
  grouping: string;
  /** Shown before activities that invite personal history. */
  contentNote?: string;
}

export type SlideBody =
  | { kind: 'teach'; points: string[]; pointCount: number; table: { columns: ComparisonRow; rows: readonly ComparisonRow[] } | null }
  | { kind: 'discussion'; prompt: string; questions: string[]; questionCount: number }
  | {
      kind: 'scenario';
      card: { title: string; situation: string };
      /** The card's points of view revealed so far: each is a step after the situation. */
      perspectives: { label: string; text: string }[];
      perspectiveCount: number;
      questions: string[];
      questionCount: number;
      cardNumber: number;
      cardCount: number;
    }
  | {
      kind: 'card-sort';
      columns: { id: string; label: string; cards: { id: string; text: string }[] }[];
      unplacedCount: number;
      cardCount: number;
      latestCardId: string | null;
    }
  | {
      kind: 'spectrum';
      poles: { left: string; right: string };
      statement: string;
      statementNumber: number;
      statementCount: number;
      counts: number[];
    }
  | { kind: 'poll'; questionId: string; question: string; options: { id: string; label: string; count: number }[]; total: number }
  | { kind: 'reflection'; prompts: string[]; promptCount: number }
  | { kind: 'role-play'; brief: string; roles: { name: string; brief: string }[] }
  | { kind: 'break'; minutes: number }
  /** The activity was removed from the workshop after this session started. */
  | { kind: 'missing' };

export type Slide = SlideBase & SlideBody;

export function slideOf(
  activity: Activity | undefined,
  fallbackTitle: string,
  step: number,
  result: ActivityResult | undefined,
  lang = 'en',
): Slide {
  if (!activity) return { kind: 'missing', title: fallbackTitle, kindLabel: '', grouping: '' };
  const base: SlideBase = {
    title: activity.title,
    kindLabel: KIND_LABELS[activity.kind],
    grouping: GROUPING_LABELS[activity.grouping],
    ...(activity.contentNote ? { contentNote: activity.contentNote } : {}),
  };
  return { ...base, ...bodyOf(activity, step, result, lang) };
}

function bodyOf(a: Activity, step: number, result: ActivityResult | undefined, lang: string): SlideBody {
  switch (a.kind) {
    case 'teach':
      return a.showComparisonTable
        ? { kind: 'teach', points: [], pointCount: 0, table: tableIn(lang) }
        : { kind: 'teach', points: a.points.slice(0, step + 1), pointCount: a.points.length, table: null };
    case 'discussion':
      return { kind: 'discussion', prompt: a.prompt, questions: a.questions.slice(0, step), questionCount: a.questions.length };
    case 'scenario': {
      const { cardIndex, views, revealed } = scenarioStepOf(a.cards, step);
      const card = a.cards[cardIndex];
      const all = card.perspectives ?? [];
      return {
        kind: 'scenario',
        card: { title: card.title, situation: card.situation },
        perspectives: all.slice(0, views).map((p) => ({ label: p.label, text: p.text })),
        perspectiveCount: all.length,
        questions: card.questions.slice(0, revealed),
        questionCount: card.questions.length,
        cardNumber: cardIndex + 1,
        cardCount: a.cards.length,
      };
    }
    case 'card-sort': {
      const placement = result?.kind === 'card-sort' ? result.placement : {};
      const text = new Map(a.cards.map((c) => [c.id, c.text]));
      const placed = Object.keys(placement).filter((id) => text.has(id));
      return {
        kind: 'card-sort',
        columns: a.categories.map((cat) => ({
          id: cat.id,
          label: cat.label,
          cards: placed.filter((id) => placement[id] === cat.id).map((id) => ({ id, text: text.get(id)! })),
        })),
        unplacedCount: a.cards.length - placed.length,
        cardCount: a.cards.length,
        latestCardId: placed.at(-1) ?? null,
      };
    }
    case 'spectrum': {
      const i = Math.min(step, a.statements.length - 1);
      const statement = a.statements[i];
      const counts = result?.kind === 'spectrum' ? result.placements[statement.id] : undefined;
      return {
        kind: 'spectrum',
        poles: { left: a.poles.left, right: a.poles.right },
        statement: statement.text,
        statementNumber: i + 1,
        statementCount: a.statements.length,
        counts: counts ? [...counts] : new Array<number>(SPECTRUM_POSITIONS).fill(0),
      };
    }
    case 'poll': {
      const counts = result?.kind === 'poll' ? result.counts : {};
      const options = a.options.map((o) => ({ id: o.id, label: o.label, count: counts[o.id] ?? 0 }));
      return { kind: 'poll', questionId: a.id, question: a.question, options, total: options.reduce((n, o) => n + o.count, 0) };
    }
    case 'reflection':
      return { kind: 'reflection', prompts: a.prompts.slice(0, step + 1), promptCount: a.prompts.length };
    case 'role-play':
      return { kind: 'role-play', brief: a.brief, roles: a.roles.map((r) => ({ name: r.name, brief: r.brief })) };
    case 'break':
      return { kind: 'break', minutes: a.minutes };
  }
}

function tableIn(lang: string): { columns: ComparisonRow; rows: readonly ComparisonRow[] } {
  const { columns, rows } = comparisonTableFor(lang);
  return { columns, rows };
}
