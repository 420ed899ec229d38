/** Formatting in the facilitator's words, independent of the machine's locale so prints are the same everywhere. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-03-12" -> "12 March 2025"; anything else is returned as typed. */
export function formatDateField(text: string): string {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return text.trim();
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return text.trim();
  return `${day} ${MONTHS[month - 1]} ${m[1]}`;
}

/** The calendar date of an ISO timestamp in the local time zone, e.g. "12 March 2025". */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** Local time of day "14:05" of an ISO timestamp. */
export function formatClock(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** 95 -> "1 h 35 min", 45 -> "45 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** Whole minutes actually spent; a few seconds on an activity still counts as having run it. */
export const minutesFromMs = (ms: number): number => Math.round(ms / 60000);
