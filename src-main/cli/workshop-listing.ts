import type { Workshop } from '../core/workshop/workshop-schema';

export interface ListedActivity {
  id: string;
  kind: string;
  title: string;
  minutes: number;
  section: string;
  /** Scenario activities: how many scenario cards they hold. */
  cards?: number;
}

export interface ListedWorkshop {
  id: string;
  /** The workshop's language (BCP 47). */
  lang: string;
  /** The id of the workshop it translates, when it is a translation. */
  translationOf?: string;
  title: string;
  audience: string;
  minutes: number;
  /** True for the facilitator's own workshops, false for the built-in library. */
  own: boolean;
  activities: ListedActivity[];
}

export const listingOf = (workshops: readonly Workshop[], own: boolean): ListedWorkshop[] =>
  workshops.map((w) => ({
    id: w.id,
    lang: w.lang,
    ...(w.translationOf ? { translationOf: w.translationOf } : {}),
    title: w.title,
    audience: w.audience,
    minutes: w.minutes,
    own,
    activities: w.activities.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      minutes: a.minutes,
      section: a.section,
      ...(a.kind === 'scenario' ? { cards: a.cards.length } : {}),
    })),
  }));
