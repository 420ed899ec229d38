import type { Workshop } from '../workshop/workshop-schema';
import { clockAt } from '../workshop/timing';

export interface EditorAgendaRow {
  activityId: string;
  /** Minutes from the workshop's start. */
  startsAt: number;
  endsAt: number;
  /** Clock times "HH:MM", when the workshop has a valid start time. */
  clock?: string;
  endClock?: string;
  /** What the script's steps add up to; the editor points out when it differs from the activity's minutes. */
  stepMinutes: number;
}

export interface EditorAgenda {
  rows: EditorAgendaRow[];
  total: number;
  target: number;
  /** Positive when the agenda runs over its target, negative when under. */
  over: number;
  endClock?: string;
}

const START_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whole, non-negative minutes: a draft may hold anything while the facilitator types. */
const wholeMinutes = (n: number): number => (Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0);

/**
 * The agenda with running start times, for a draft as well as a saved workshop: minutes that
 * break the rules still count as what they say, and a start time is used only once it is valid.
 */
export function editorAgenda(w: Pick<Workshop, 'activities' | 'minutes' | 'startTime'>): EditorAgenda {
  const start = w.startTime && START_TIME.test(w.startTime) ? w.startTime : undefined;
  let at = 0;
  const rows = w.activities.map((a): EditorAgendaRow => {
    const minutes = wholeMinutes(a.minutes);
    const row: EditorAgendaRow = {
      activityId: a.id,
      startsAt: at,
      endsAt: at + minutes,
      stepMinutes: a.script.steps.reduce((sum, s) => sum + wholeMinutes(s.minutes), 0),
    };
    if (start) {
      row.clock = clockAt(start, at);
      row.endClock = clockAt(start, at + minutes);
    }
    at += minutes;
    return row;
  });
  const target = wholeMinutes(w.minutes);
  return { rows, total: at, target, over: at - target, ...(start ? { endClock: clockAt(start, at) } : {}) };
}
