import { m } from './i18n.svelte';

/** How the session runs against its plan. */
export interface Pace {
  plannedMs: number;
  actualMs: number;
  /** Positive: behind the plan by this much; negative: ahead. */
  behindMs: number;
}

/**
 * Finished activities count with their actual time against their plan; the current one only
 * once it has run over, since an activity still under way may yet finish on time.
 */
export function paceOf(
  agenda: readonly { activityId: string; minutes: number }[],
  current: number,
  spentMs: Readonly<Record<string, number>>,
): Pace {
  let plannedMs = 0;
  let actualMs = 0;
  let behindMs = 0;
  agenda.forEach((item, i) => {
    const planned = item.minutes * 60_000;
    const spent = spentMs[item.activityId] ?? 0;
    if (i < current) {
      plannedMs += planned;
      actualMs += spent;
      behindMs += spent - planned;
    } else if (i === current) {
      plannedMs += Math.min(planned, spent);
      actualMs += spent;
      behindMs += Math.max(0, spent - planned);
    }
  });
  return { plannedMs, actualMs, behindMs };
}

/** "On time", "3 min behind", "2 min ahead": within a minute counts as on time. */
export function paceLabel(behindMs: number): { text: string; tone: 'ok' | 'behind' | 'ahead' } {
  const min = Math.round(Math.abs(behindMs) / 60_000);
  if (min < 1) return { text: m.console_pace_on_time(), tone: 'ok' };
  return behindMs > 0
    ? { text: m.console_pace_behind({ count: min }), tone: 'behind' }
    : { text: m.console_pace_ahead({ count: min }), tone: 'ahead' };
}
