import { interfaceLanguage, m } from './i18n.svelte';

/** "12:05" for a countdown (whole seconds rounded up, so it shows 10:00 until a full second has gone). */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "+1:20" once a countdown has run over. */
export const formatOvertime = (ms: number): string => `+${formatCountdown(-ms)}`;

/** "37 min" or "1 h 05" for time spent, in the interface's language. */
export function formatSpent(ms: number): string {
  const min = Math.floor(ms / 60_000);
  if (min < 60) return m.console_time_minutes({ minutes: min });
  return m.console_time_hours({ hours: Math.floor(min / 60), minutes: String(min % 60).padStart(2, '0') });
}

/** How urgent a countdown looks: colour changes at 20% and 5% left. */
export type TimerPhase = 'calm' | 'low' | 'last' | 'done';

export function timerPhase(remainingMs: number, durationMs: number): TimerPhase {
  if (remainingMs <= 0) return 'done';
  if (durationMs <= 0) return 'calm';
  const left = remainingMs / durationMs;
  return left <= 0.05 ? 'last' : left <= 0.2 ? 'low' : 'calm';
}

/** "14:35": the time of day a countdown ends, for the break screen; in the interface's language unless told another. */
export function clockTimeIn(ms: number, now = Date.now(), locale: string = interfaceLanguage.locale): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(now + Math.max(0, ms));
}
