import type { Activity } from '../workshop/activity-schema';
import type { Workshop } from '../workshop/workshop-schema';
import { m, type Locale } from '../catalog/locale';
import { kindLabels } from '../workshop/kinds';
import type { ActivityResult, Session } from '../session/session-schema';
import { scenarioResponsesOf } from '../room/questions';
import { formatClock, formatDay, minutesFromMs } from './format';
import type { SummaryOptions } from './handout-options';
import { questionLines, responseCards } from '../session/room-text-lines';
import { wordsLocaleOf } from './words-locale';

export interface AgendaLine {
  activityId: string;
  title: string;
  kindLabel: string;
  plannedMinutes: number;
  /** Null when the activity was never started in this session. */
  actualMinutes: number | null;
}

export type ResultContent =
  | {
      kind: 'poll';
      activityId: string;
      title: string;
      question: string;
      options: { label: string; count: number }[];
      total: number;
      /** How many answered from phones, when phones did. */
      answered?: number;
    }
  | {
      kind: 'spectrum';
      activityId: string;
      title: string;
      left: string;
      right: string;
      statements: { text: string; counts: number[]; total: number; answered?: number }[];
    }
  | {
      kind: 'card-sort';
      activityId: string;
      title: string;
      /** One column per category, in the activity's order; `suggested` is the answer key where the group differed. */
      columns: { label: string; cards: { text: string; suggested?: string }[] }[];
      unplaced: string[];
      /** How the phones sorted each card: counts in `voteColumns` order; empty when no phone did. */
      voteColumns: string[];
      votes: { text: string; counts: number[] }[];
      answered?: number;
    }
  | {
      kind: 'scenario';
      activityId: string;
      title: string;
      cards: { title: string; responses: { label: string; count: number }[]; answered?: number }[];
    };

export interface NotesContent {
  session: string;
  activities: { activityId: string; title: string; text: string }[];
  captures: { time: string; activityTitle?: string; text: string }[];
}

/** Everything a session summary prints; `notes` exists only when the facilitator asked for them. */
export interface SessionSummaryContent {
  /** The language of the summary's fixed words: the workshop's, English when it has no catalog. */
  locale: Locale;
  workshopTitle: string;
  date: string;
  /** "09:30–12:40" when the session has ended. */
  time?: string;
  group: string;
  participants?: number;
  agenda: AgendaLine[];
  plannedTotal: number;
  actualTotal: number;
  results: ResultContent[];
  /** The room's approved questions and written responses (per scenario activity, per card). */
  roomTexts: { questions: string[]; responses: { title: string; cards: { title: string; texts: string[] }[] }[] };
  notes?: NotesContent;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function resultContent(
  activityId: string,
  title: string,
  result: ActivityResult,
  activity: Activity | undefined,
  locale: Locale,
): ResultContent {
  switch (result.kind) {
    case 'poll': {
      const defined = activity?.kind === 'poll' ? activity.options : [];
      const known = new Set(defined.map((o) => o.id));
      const options = [
        ...defined.map((o) => ({ label: o.label, count: result.counts[o.id] ?? 0 })),
        // Counts for options removed from the workshop since still belong to the session.
        ...Object.entries(result.counts)
          .filter(([id]) => !known.has(id))
          .map(([id, count]) => ({ label: id, count })),
      ];
      return {
        kind: 'poll',
        activityId,
        title,
        question: activity?.kind === 'poll' ? activity.question : title,
        options,
        total: sum(options.map((o) => o.count)),
        ...answeredOf(result.answered),
      };
    }
    case 'spectrum': {
      const defined = activity?.kind === 'spectrum' ? activity.statements : [];
      const known = new Set(defined.map((s) => s.id));
      const rows = [
        ...defined.filter((s) => result.placements[s.id]).map((s) => ({ id: s.id, text: s.text, counts: result.placements[s.id] })),
        ...Object.entries(result.placements)
          .filter(([id]) => !known.has(id))
          .map(([id, counts]) => ({ id, text: id, counts })),
      ];
      return {
        kind: 'spectrum',
        activityId,
        title,
        left: activity?.kind === 'spectrum' ? activity.poles.left : m.handouts_summary_left({}, { locale }),
        right: activity?.kind === 'spectrum' ? activity.poles.right : m.handouts_summary_right({}, { locale }),
        statements: rows.map((r) => ({
          text: r.text,
          counts: [...r.counts],
          total: sum(r.counts),
          ...answeredOf(result.answered?.[r.id]),
        })),
      };
    }
    case 'card-sort': {
      const categories = activity?.kind === 'card-sort' ? activity.categories : [];
      const cards = activity?.kind === 'card-sort' ? activity.cards : [];
      const labelOf = new Map(categories.map((c) => [c.id, c.label]));
      const placedIds = new Set(Object.values(result.placement));
      const columnIds = [...categories.map((c) => c.id), ...[...placedIds].filter((id) => !labelOf.has(id))];
      const cardText = new Map(cards.map((c) => [c.id, c.text]));
      const byCard = Object.entries(result.placement);
      const columns = columnIds.map((cid) => ({
        label: labelOf.get(cid) ?? cid,
        cards: byCard
          .filter(([, placed]) => placed === cid)
          .map(([cardId]) => {
            const key = cards.find((c) => c.id === cardId)?.category;
            return {
              text: cardText.get(cardId) ?? cardId,
              ...(key && key !== cid ? { suggested: labelOf.get(key) ?? key } : {}),
            };
          }),
      }));
      const unplaced = cards.filter((c) => result.placement[c.id] === undefined).map((c) => c.text);
      const votes = Object.entries(result.votes ?? {}).map(([cardId, row]) => ({
        text: cardText.get(cardId) ?? cardId,
        counts: categories.map((cat) => row[cat.id] ?? 0),
      }));
      const voteColumns = categories.map((cat) => cat.label);
      return { kind: 'card-sort', activityId, title, columns, unplaced, voteColumns, votes, ...answeredOf(result.answered) };
    }
    case 'scenario': {
      const scenario = activity?.kind === 'scenario' ? activity : undefined;
      const cards = Object.entries(result.counts).map(([cardId, row]) => {
        const card = scenario?.cards.find((c) => c.id === cardId);
        const offered = scenario && card ? scenarioResponsesOf(scenario, card) : [];
        const known = new Set(offered.map((r) => r.id));
        const responses = [
          ...offered.map((r) => ({ label: r.label, count: row[r.id] ?? 0 })),
          ...Object.entries(row)
            .filter(([id]) => !known.has(id))
            .map(([id, count]) => ({ label: id, count })),
        ];
        return { title: card?.title ?? cardId, responses, ...answeredOf(result.answered?.[cardId]) };
      });
      return { kind: 'scenario', activityId, title, cards };
    }
  }
}

const answeredOf = (n: number | undefined) => (n === undefined ? {} : { answered: n });

export function sessionSummaryContent(session: Session, workshop: Workshop, options: SummaryOptions): SessionSummaryContent {
  const activities = new Map(workshop.activities.map((a) => [a.id, a]));
  const locale = wordsLocaleOf(workshop, options.wordsLocale);
  const kinds = kindLabels(locale);
  // The agenda snapshot is the truth for this session, even if the workshop was edited later.
  const agenda: AgendaLine[] = session.agenda.map((item) => {
    const ms = session.spentMs[item.activityId];
    return {
      activityId: item.activityId,
      title: item.title,
      kindLabel: kinds[item.kind],
      plannedMinutes: item.minutes,
      actualMinutes: ms === undefined ? null : minutesFromMs(ms),
    };
  });
  const titleOf = (id: string) => session.agenda.find((a) => a.activityId === id)?.title ?? activities.get(id)?.title ?? id;
  const order = [...session.agenda.map((a) => a.activityId), ...Object.keys(session.results)];
  const results = [...new Set(order)]
    .filter((id) => session.results[id] !== undefined)
    .map((id) => resultContent(id, titleOf(id), session.results[id], activities.get(id), locale));

  const content: SessionSummaryContent = {
    locale,
    workshopTitle: session.workshopTitle || workshop.title,
    date: formatDay(session.createdAt, workshop.lang),
    ...(session.endedAt ? { time: `${formatClock(session.createdAt, workshop.lang)}–${formatClock(session.endedAt, workshop.lang)}` } : {}),
    group: session.group,
    ...(session.participants !== undefined ? { participants: session.participants } : {}),
    agenda,
    plannedTotal: sum(agenda.map((a) => a.plannedMinutes)),
    actualTotal: minutesFromMs(sum(Object.values(session.spentMs))),
    results,
    roomTexts: {
      questions: questionLines(session.roomTexts, locale),
      responses: [...new Set([...order, ...Object.keys(session.roomTexts?.responses ?? {})])]
        .map((id) => ({ title: titleOf(id), cards: responseCards(session.roomTexts, id) }))
        .filter((r) => r.cards.length > 0),
    },
  };
  if (options.includeNotes) {
    const n = session.notes;
    content.notes = {
      session: n.session,
      activities: [...new Set([...order, ...Object.keys(n.activities)])]
        .filter((id) => (n.activities[id] ?? '').trim() !== '')
        .map((id) => ({ activityId: id, title: titleOf(id), text: n.activities[id] })),
      captures: [...n.captures]
        .sort((a, b) => a.at.localeCompare(b.at))
        .map((c) => ({
          time: formatClock(c.at, workshop.lang),
          ...(c.activityId ? { activityTitle: titleOf(c.activityId) } : {}),
          text: c.text,
        })),
    };
  }
  return content;
}
