import type { Activity } from './activity-schema';

export interface AgendaRow {
  activityId: string;
  title: string;
  kind: Activity['kind'];
  minutes: number;
  /** Minutes from the workshop's start. */
  startsAt: number;
  /** Clock time "HH:MM" when the workshop has a start time. */
  clock?: string;
}

export function clockAt(start: string, offsetMinutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const total = (h * 60 + m + offsetMinutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The agenda with running start times. */
export function agendaOf(activities: readonly Activity[], startTime?: string): AgendaRow[] {
  let at = 0;
  return activities.map((a) => {
    const row: AgendaRow = { activityId: a.id, title: a.title, kind: a.kind, minutes: a.minutes, startsAt: at };
    if (startTime) row.clock = clockAt(startTime, at);
    at += a.minutes;
    return row;
  });
}

export const totalMinutes = (activities: readonly Pick<Activity, 'minutes'>[]): number => activities.reduce((sum, a) => sum + a.minutes, 0);
