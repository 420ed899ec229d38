import { interfaceLanguage, m } from './i18n.svelte';

/** A length of time, "45 min" or "1 h 30 min", in the interface's language. */
export function formatMinutes(total: number): string {
  if (total <= 120) return m.common_minutes({ count: total });
  const h = Math.floor(total / 60);
  const rest = total % 60;
  const hours = m.common_hours({ count: h });
  return rest === 0 ? hours : m.common_hours_minutes({ hours, minutes: m.common_minutes({ count: rest }) });
}

/** A moment as a date and a time of day, in the interface's language. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(interfaceLanguage.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A moment on the 24-hour clock: "10:42" today, the date as well on another day, in the interface's language. */
export function formatClock(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const today = at.toDateString() === now.toDateString();
  const options: Intl.DateTimeFormatOptions = today
    ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    : { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' };
  return new Intl.DateTimeFormat(interfaceLanguage.locale, options).format(at);
}

/** An offset from the start as h:mm, for agendas without a clock start time. */
export const formatOffset = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A message with one element inside it (a link, a <code>): the text before and after the element,
 * so the element stays where each language puts it. `message` gets the placeholder's value.
 */
export function around(message: (slot: string) => string): [before: string, after: string] {
  const MARK = '\u0000';
  const [before, after = ''] = message(MARK).split(MARK);
  return [before, after];
}
