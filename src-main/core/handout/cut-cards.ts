import type { Locale } from '../catalog/locale';
import type { Workshop } from '../workshop/workshop-schema';
import { wordsLocaleOf } from './words-locale';

/** Print-and-cut materials: everything a facilitator hands out on card. */
export interface CardsContent {
  /** The language of the set's fixed words: the workshop's, English when it has no catalog. */
  locale: Locale;
  workshopTitle: string;
  /** People the sets were counted for. */
  participants: number;
  sortSets: {
    activityTitle: string;
    /** One set per pair. */
    sets: number;
    /** Heading cards for the piles, then the statements. */
    headings: string[];
    statements: string[];
  }[];
  scenarioCards: {
    activityTitle: string;
    cards: { title: string; situation: string; perspectives: { label: string; text: string }[] }[];
  }[];
  roleCards: { activityTitle: string; situation: string; groups: number; roles: { name: string; brief: string }[] }[];
  spectrumSigns: { activityTitle: string; left: string; right: string }[];
}

/** When neither the facilitator nor the workshop says how many will come. */
export const DEFAULT_PARTICIPANTS = 12;

export function cardsContent(workshop: Workshop, participants?: number, wordsLocale?: Locale): CardsContent {
  const people = participants ?? workshop.groupSize?.best ?? DEFAULT_PARTICIPANTS;
  const pairs = Math.max(1, Math.ceil(people / 2));
  const content: CardsContent = {
    locale: wordsLocaleOf(workshop, wordsLocale),
    workshopTitle: workshop.title,
    participants: people,
    sortSets: [],
    scenarioCards: [],
    roleCards: [],
    spectrumSigns: [],
  };
  for (const a of workshop.activities) {
    switch (a.kind) {
      case 'card-sort':
        content.sortSets.push({
          activityTitle: a.title,
          sets: pairs,
          headings: a.categories.map((c) => c.label),
          statements: a.cards.map((c) => c.text),
        });
        break;
      case 'scenario':
        content.scenarioCards.push({
          activityTitle: a.title,
          cards: a.cards.map((c) => ({ title: c.title, situation: c.situation, perspectives: c.perspectives ?? [] })),
        });
        break;
      case 'role-play':
        content.roleCards.push({
          activityTitle: a.title,
          situation: a.brief,
          groups: Math.max(1, Math.ceil(people / a.roles.length)),
          roles: a.roles.map((r) => ({ name: r.name, brief: r.brief })),
        });
        break;
      case 'spectrum':
        content.spectrumSigns.push({ activityTitle: a.title, left: a.poles.left, right: a.poles.right });
        break;
      default:
        break;
    }
  }
  return content;
}
