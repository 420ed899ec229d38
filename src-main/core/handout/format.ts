import { m, type Locale } from '../catalog/locale';

/**
 * Formatting for printed pages, in the workshop's language through Intl. Bare English writes the day
 * first ("12 March 2025"), as prints always have; digits are the same Western digits the rest of the
 * page uses (minutes, page numbers, typed times), so a page never mixes two sets of digits.
 */
function dateLocale(lang: string): string {
  const tag = /^en(-XA)?$/i.test(lang) ? 'en-GB' : lang;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

const dayFormat = (lang: string, timeZone?: string) =>
  new Intl.DateTimeFormat(dateLocale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    numberingSystem: 'latn',
    ...(timeZone ? { timeZone } : {}),
  });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-03-12" -> "12 March 2025" (in `lang`); anything else is returned as typed. */
export function formatDateField(text: string, lang = 'en'): string {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return text.trim();
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return text.trim();
  return dayFormat(lang, 'UTC').format(new Date(Date.UTC(Number(match[1]), month - 1, day)));
}

/** The calendar date of an ISO timestamp in the local time zone, e.g. "12 March 2025" (in `lang`). */
export function formatDay(iso: string, lang = 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dayFormat(lang).format(d);
}

/** Local time of day "14:05" of an ISO timestamp, on the 24-hour clock the run sheet uses. */
export function formatClock(iso: string, lang = 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(dateLocale(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem: 'latn',
  }).format(d);
}

/** 95 -> "1 h 35 min", 45 -> "45 min" (in the catalog language `locale`). */
export function formatMinutes(minutes: number, locale: Locale = 'en'): string {
  const total = Math.round(minutes);
  if (total < 60) return m.handouts_minutes({ count: total }, { locale });
  const h = Math.floor(total / 60);
  const rest = total % 60;
  const hours = m.handouts_hours({ count: h }, { locale });
  return rest === 0 ? hours : m.handouts_hours_and_minutes({ hours, minutes: m.handouts_minutes({ count: rest }, { locale }) }, { locale });
}

/** Whole minutes actually spent; a few seconds on an activity still counts as having run it. */
export const minutesFromMs = (ms: number): number => Math.round(ms / 60000);
