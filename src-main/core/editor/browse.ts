import type { Workshop } from '../workshop/workshop-schema';
import type { ScenarioBank } from '../workshop/bank-schema';
import type { Activity } from '../workshop/activity-schema';
import type { ActivityKind, Grouping } from '../workshop/kinds';
import type { SectionSlug } from '../workshop/sections';

/** One activity in the browser, with the workshop it comes from. */
export interface BrowserActivity {
  workshopId: string;
  workshopTitle: string;
  /** The language the activity is written in (its workshop's), so it shows with the right `lang` and direction. */
  lang: string;
  builtIn: boolean;
  activityId: string;
  title: string;
  kind: ActivityKind;
  section: SectionSlug;
  minutes: number;
  grouping: Grouping;
  goal: string;
}

export interface BrowserCard {
  bankId: string;
  bankTitle: string;
  /** The language the card is written in (its bank's). */
  lang: string;
  section: SectionSlug;
  cardId: string;
  title: string;
  situation: string;
}

export interface BrowseQuery {
  text?: string;
  section?: SectionSlug;
  kind?: ActivityKind;
  minMinutes?: number;
  maxMinutes?: number;
}

/** Lower-case words without accents, so "role play" finds "Role-play" and "cafe" finds "café". */
export const words = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Every piece of text in a value (ids excepted), for searching everything a facilitator wrote. */
function allText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allText(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'id') allText(v, out);
  return out;
}

/** True when every word of the query starts a word of the text. */
function matches(haystack: string[], query: string[]): boolean {
  return query.every((q) => haystack.some((w) => w.startsWith(q)));
}

export function browseActivities(sources: { workshop: Workshop; builtIn: boolean }[], q: BrowseQuery): BrowserActivity[] {
  const query = words(q.text ?? '');
  const out: BrowserActivity[] = [];
  for (const { workshop, builtIn } of sources) {
    for (const a of workshop.activities) {
      if (!fits(a, q)) continue;
      if (query.length && !matches(words(allText(a).join(' ')), query)) continue;
      out.push({
        workshopId: workshop.id,
        workshopTitle: workshop.title,
        lang: workshop.lang,
        builtIn,
        activityId: a.id,
        title: a.title,
        kind: a.kind,
        section: a.section,
        minutes: a.minutes,
        grouping: a.grouping,
        goal: a.goal,
      });
    }
  }
  return out;
}

const fits = (a: Activity, q: BrowseQuery): boolean =>
  (!q.section || a.section === q.section) &&
  (!q.kind || a.kind === q.kind) &&
  (q.minMinutes === undefined || a.minutes >= q.minMinutes) &&
  (q.maxMinutes === undefined || a.minutes <= q.maxMinutes);

/** Scenario cards from the banks; the kind and length filters do not apply to cards. */
export function browseCards(banks: readonly ScenarioBank[], q: Pick<BrowseQuery, 'text' | 'section'>): BrowserCard[] {
  const query = words(q.text ?? '');
  const out: BrowserCard[] = [];
  for (const bank of banks) {
    if (q.section && bank.section !== q.section) continue;
    for (const card of bank.cards) {
      if (query.length && !matches(words(allText(card).join(' ')), query)) continue;
      out.push({
        bankId: bank.id,
        bankTitle: bank.title,
        lang: bank.lang,
        section: bank.section,
        cardId: card.id,
        title: card.title,
        situation: card.situation,
      });
    }
  }
  return out;
}
