import type { Activity } from '../workshop/activity-schema';
import type { ActivityKind } from '../workshop/kinds';
import type { ActivityResult, Capture, Session } from './session-schema';
import { scenarioResponsesOf } from '../room/questions';
import { questionLines, responseLines } from './room-text-lines';
import { m, type Locale } from '../catalog/locale';

/** One activity of a past session as the facilitator reads it back: notes, captures, results in words. */
export interface RecordActivity {
  activityId: string;
  title: string;
  kind: ActivityKind;
  plannedMinutes: number;
  /** Null when the activity was never run. */
  spentMinutes: number | null;
  notes: string;
  captures: Capture[];
  /** The group's results, one line each ("Mostly agree: 7"); empty when none were entered. */
  results: string[];
  /** Approved written responses from phones, "Card: response"; empty for other activities. */
  responses: string[];
}

/** A past session, read-only: what the Sessions view shows and what the Markdown export prints. */
export interface SessionRecord {
  id: string;
  workshopId: string;
  workshopTitle: string;
  group: string;
  participants?: number;
  createdAt: string;
  updatedAt: string;
  endedAt?: string;
  sessionNotes: string;
  activities: RecordActivity[];
  /** Quick captures not tied to an activity of the agenda. */
  otherCaptures: Capture[];
  /** Approved questions from phones with their votes, most upvoted first. */
  questions: string[];
  /** False when the workshop is gone, so results show ids instead of labels. */
  workshopFound: boolean;
}

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

const phones = (n: number | undefined, locale: Locale) =>
  n === undefined ? [] : [m.sessions_record_answered_phones({ count: n }, { locale })];

/** Results in words; labels come from the workshop when it still exists, ids otherwise. */
export function resultLines(result: ActivityResult, activity: Activity | undefined, locale: Locale = 'en'): string[] {
  const o = { locale };
  switch (result.kind) {
    case 'poll': {
      const label = new Map(activity?.kind === 'poll' ? activity.options.map((o) => [o.id, o.label]) : []);
      return [...Object.entries(result.counts).map(([id, n]) => `${label.get(id) ?? id}: ${n}`), ...phones(result.answered, locale)];
    }
    case 'spectrum': {
      const text = new Map(activity?.kind === 'spectrum' ? activity.statements.map((s) => [s.id, s.text]) : []);
      const poles =
        activity?.kind === 'spectrum' ? `${activity.poles.left} → ${activity.poles.right}` : m.sessions_record_left_right({}, o);
      return Object.entries(result.placements).map(([id, counts]) => {
        const fromPhones = result.answered?.[id];
        const who =
          fromPhones === undefined
            ? m.sessions_record_people({ count: total(counts) }, o)
            : m.sessions_record_people_phones({ count: total(counts), phones: fromPhones }, o);
        return `${text.get(id) ?? id} (${poles}, ${who}): ${counts.join(' · ')}`;
      });
    }
    case 'card-sort': {
      const cards = new Map(activity?.kind === 'card-sort' ? activity.cards.map((c) => [c.id, c.text]) : []);
      const cats = new Map(activity?.kind === 'card-sort' ? activity.categories.map((c) => [c.id, c.label]) : []);
      const votes = Object.entries(result.votes ?? {}).map(
        ([card, row]) =>
          `${cards.get(card) ?? card}: ${Object.entries(row)
            .map(([cat, n]) => `${cats.get(cat) ?? cat} ${n}`)
            .join(' · ')}`,
      );
      return [
        ...Object.entries(result.placement).map(([card, cat]) => `${cards.get(card) ?? card} → ${cats.get(cat) ?? cat}`),
        ...votes,
        ...phones(result.answered, locale),
      ];
    }
    case 'scenario': {
      const scenario = activity?.kind === 'scenario' ? activity : undefined;
      return Object.entries(result.counts).map(([cardId, row]) => {
        const card = scenario?.cards.find((c) => c.id === cardId);
        const label = new Map(scenario && card ? scenarioResponsesOf(scenario, card).map((r) => [r.id, r.label]) : []);
        const answered = result.answered?.[cardId];
        const counts = Object.entries(row)
          .map(([id, n]) => `${label.get(id) ?? id}: ${n}`)
          .join(' · ');
        const title = card?.title ?? cardId;
        return `${answered === undefined ? title : m.sessions_record_card_phones({ title, count: answered }, o)}: ${counts}`;
      });
    }
  }
}

/** A past session in words; `locale` is the language of the words around the group's results. */
export function sessionRecord(session: Session, activities: readonly Activity[] | undefined, locale: Locale = 'en'): SessionRecord {
  const byId = new Map((activities ?? []).map((a) => [a.id, a]));
  const onAgenda = new Set(session.agenda.map((a) => a.activityId));
  const captures = [...session.notes.captures].sort((a, b) => a.at.localeCompare(b.at));
  const spent = (id: string) => (session.spentMs[id] === undefined ? null : Math.round(session.spentMs[id] / 60000));
  return {
    id: session.id,
    workshopId: session.workshopId,
    workshopTitle: session.workshopTitle,
    group: session.group,
    ...(session.participants !== undefined ? { participants: session.participants } : {}),
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    ...(session.endedAt ? { endedAt: session.endedAt } : {}),
    sessionNotes: session.notes.session,
    activities: session.agenda.map((item) => ({
      activityId: item.activityId,
      title: item.title,
      kind: item.kind,
      plannedMinutes: item.minutes,
      spentMinutes: spent(item.activityId),
      notes: session.notes.activities[item.activityId] ?? '',
      captures: captures.filter((c) => c.activityId === item.activityId),
      results: session.results[item.activityId] ? resultLines(session.results[item.activityId], byId.get(item.activityId), locale) : [],
      responses: responseLines(session.roomTexts, item.activityId),
    })),
    questions: questionLines(session.roomTexts, locale),
    otherCaptures: captures.filter((c) => !c.activityId || !onAgenda.has(c.activityId)),
    workshopFound: activities !== undefined,
  };
}
