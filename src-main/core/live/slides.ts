import type { Activity, ActivityOf } from '../workshop/activity-schema';
import type { ActivityResult } from '../session/session-schema';
import { SPECTRUM_POSITIONS } from '../session/session-schema';
import { comparisonTableFor, type ComparisonRow } from '../workshop/comparison-table';
import { GROUPING_LABELS, KIND_LABELS, type Grouping } from '../workshop/kinds';
import { scenarioStepOf } from './steps';
import { gateOf, gateLine, DEFAULT_MIN_GROUP, type Gate } from '../room/gate';
import { questionKey, scenarioResponsesOf } from '../room/questions';
import type { Shown } from '../session/session-schema';

/** What the projector may show of the room's answers: the minimum group size and what is held back. */
export interface SlidePrivacy {
  k: number;
  shown: Shown;
}

const OPEN_ROOM: SlidePrivacy = { k: DEFAULT_MIN_GROUP, shown: { held: [], revealed: [], answerKeys: [] } };

/** A result held back: how many answered and the words to say why nothing more shows. */
export interface SlideGate {
  answered: number;
  waitingFor: 'group' | 'reveal';
  k: number;
  line: string;
}

/**
 * What the room sees of one activity at one step. Built field by field from what participants
 * may see, never by copying the activity, so the script, goal, materials and the card sort's
 * answer key cannot reach the projector by accident.
 */
interface SlideBase {
  title: string;
  kindLabel: string;
  grouping: string;
  /** Which grouping, so the projector can name it in the workshop's language. */
  groupingId?: Grouping;
  /** Shown before activities that invite personal history. */
  contentNote?: string;
  /** Set while the result on screen is held back; its counts are then left out. */
  gate?: SlideGate;
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
      /** How the phones responded to this card; null when none did. */
      votes: { label: string; count: number }[] | null;
    }
  | {
      kind: 'card-sort';
      columns: { id: string; label: string; cards: { id: string; text: string }[] }[];
      unplacedCount: number;
      cardCount: number;
      latestCardId: string | null;
      /** How the phones sorted each card (counts in column order); null when no phone did. */
      votes: { id: string; text: string; counts: number[]; total: number }[] | null;
      /** The answer key with its explanations, only once the facilitator shows it. */
      answerKey: { id: string; text: string; column: string; explanation: string | null }[] | null;
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
  privacy: SlidePrivacy = OPEN_ROOM,
  lang = 'en',
): Slide {
  if (!activity) return { kind: 'missing', title: fallbackTitle, kindLabel: '', grouping: '' };
  const base: SlideBase = {
    title: activity.title,
    kindLabel: KIND_LABELS[activity.kind],
    grouping: GROUPING_LABELS[activity.grouping],
    groupingId: activity.grouping,
    ...(activity.contentNote ? { contentNote: activity.contentNote } : {}),
  };
  const { body, gate } = bodyOf(activity, step, result, privacy, lang);
  return { ...base, ...body, ...(gate.open ? {} : { gate: { ...gate, line: gateLine(gate) } }) };
}

const OPEN: Gate = { open: true };
const sum = (ns: readonly number[]) => ns.reduce((n, x) => n + x, 0);

function gateFor(privacy: SlidePrivacy, key: string, phones: number | undefined, total: number): Gate {
  const { k, shown } = privacy;
  return gateOf({ phones, total, k, held: shown.held.includes(key), revealed: shown.revealed.includes(key) });
}

function bodyOf(
  a: Activity,
  step: number,
  result: ActivityResult | undefined,
  privacy: SlidePrivacy,
  lang: string,
): { body: SlideBody; gate: Gate } {
  switch (a.kind) {
    case 'spectrum': {
      const i = Math.min(step, a.statements.length - 1);
      const statement = a.statements[i];
      const counts = result?.kind === 'spectrum' ? result.placements[statement.id] : undefined;
      const phones = result?.kind === 'spectrum' ? result.answered?.[statement.id] : undefined;
      const gate = gateFor(privacy, questionKey(a.id, statement.id), phones, sum(counts ?? []));
      const body: SlideBody = {
        kind: 'spectrum',
        poles: { left: a.poles.left, right: a.poles.right },
        statement: statement.text,
        statementNumber: i + 1,
        statementCount: a.statements.length,
        counts: counts && gate.open ? [...counts] : new Array<number>(SPECTRUM_POSITIONS).fill(0),
      };
      return { body, gate };
    }
    case 'poll': {
      const counts = result?.kind === 'poll' ? result.counts : {};
      const all = a.options.map((o) => ({ id: o.id, label: o.label, count: counts[o.id] ?? 0 }));
      const gate = gateFor(privacy, a.id, result?.kind === 'poll' ? result.answered : undefined, sum(all.map((o) => o.count)));
      const options = gate.open ? all : all.map((o) => ({ ...o, count: 0 }));
      return { body: { kind: 'poll', questionId: a.id, question: a.question, options, total: sum(options.map((o) => o.count)) }, gate };
    }
    case 'card-sort':
      return cardSortOf(a, result, privacy);
    case 'scenario':
      return scenarioOf(a, step, result, privacy);
    default:
      return { body: plainBodyOf(a, step, lang), gate: OPEN };
  }
}

function cardSortOf(
  a: ActivityOf<'card-sort'>,
  result: ActivityResult | undefined,
  privacy: SlidePrivacy,
): { body: SlideBody; gate: Gate } {
  const sorted = result?.kind === 'card-sort' ? result : undefined;
  const placement = sorted?.placement ?? {};
  const text = new Map(a.cards.map((c) => [c.id, c.text]));
  const placed = Object.keys(placement).filter((id) => text.has(id));
  const rows = a.cards.map((c) => {
    const counts = a.categories.map((cat) => sorted?.votes?.[c.id]?.[cat.id] ?? 0);
    return { id: c.id, text: c.text, counts, total: sum(counts) };
  });
  const total = sum(rows.map((r) => r.total));
  const gate = total > 0 || sorted?.answered !== undefined ? gateFor(privacy, a.id, sorted?.answered, total) : OPEN;
  const label = new Map(a.categories.map((c) => [c.id, c.label]));
  const keyShown = privacy.shown.answerKeys.includes(a.id);
  return {
    gate,
    body: {
      kind: 'card-sort',
      columns: a.categories.map((cat) => ({
        id: cat.id,
        label: cat.label,
        cards: placed.filter((id) => placement[id] === cat.id).map((id) => ({ id, text: text.get(id)! })),
      })),
      unplacedCount: a.cards.length - placed.length,
      cardCount: a.cards.length,
      latestCardId: placed.at(-1) ?? null,
      // A card fewer than k phones sorted shows no counts of its own, even once the sort as a whole may.
      votes:
        total > 0 && gate.open
          ? rows.filter((r) => r.total > 0).map((r) => (r.total < privacy.k ? { ...r, counts: r.counts.map(() => 0), total: 0 } : r))
          : null,
      answerKey: keyShown
        ? a.cards
            .filter((c) => c.category && label.has(c.category))
            .map((c) => ({ id: c.id, text: c.text, column: label.get(c.category!)!, explanation: c.explanation ?? null }))
        : null,
    },
  };
}

function scenarioOf(
  a: ActivityOf<'scenario'>,
  step: number,
  result: ActivityResult | undefined,
  privacy: SlidePrivacy,
): { body: SlideBody; gate: Gate } {
  const { cardIndex, views, revealed } = scenarioStepOf(a.cards, step);
  const card = a.cards[cardIndex];
  const all = card.perspectives ?? [];
  const counts = result?.kind === 'scenario' ? result.counts[card.id] : undefined;
  const responses = scenarioResponsesOf(a, card).map((r) => ({ label: r.label, count: counts?.[r.id] ?? 0 }));
  const total = sum(responses.map((r) => r.count));
  const phones = result?.kind === 'scenario' ? result.answered?.[card.id] : undefined;
  const gate = counts || phones !== undefined ? gateFor(privacy, questionKey(a.id, card.id), phones, total) : OPEN;
  return {
    gate,
    body: {
      kind: 'scenario',
      card: { title: card.title, situation: card.situation },
      perspectives: all.slice(0, views).map((p) => ({ label: p.label, text: p.text })),
      perspectiveCount: all.length,
      questions: card.questions.slice(0, revealed),
      questionCount: card.questions.length,
      cardNumber: cardIndex + 1,
      cardCount: a.cards.length,
      votes: counts && gate.open && total > 0 ? responses : null,
    },
  };
}

function plainBodyOf(a: Activity, step: number, lang: string): SlideBody {
  switch (a.kind) {
    case 'teach':
      return a.showComparisonTable
        ? { kind: 'teach', points: [], pointCount: 0, table: tableIn(lang) }
        : { kind: 'teach', points: a.points.slice(0, step + 1), pointCount: a.points.length, table: null };
    case 'discussion':
      return { kind: 'discussion', prompt: a.prompt, questions: a.questions.slice(0, step), questionCount: a.questions.length };
    case 'reflection':
      return { kind: 'reflection', prompts: a.prompts.slice(0, step + 1), promptCount: a.prompts.length };
    case 'role-play':
      return { kind: 'role-play', brief: a.brief, roles: a.roles.map((r) => ({ name: r.name, brief: r.brief })) };
    case 'break':
      return { kind: 'break', minutes: a.minutes };
    default:
      return { kind: 'missing' };
  }
}

function tableIn(lang: string): { columns: ComparisonRow; rows: readonly ComparisonRow[] } {
  const { columns, rows } = comparisonTableFor(lang);
  return { columns, rows };
}
