import { z } from 'zod';
import { channel } from './channel';
import { idSchema, type CardAge, type CardSetting } from '../core/workshop/activity-schema';
import { sessionIdSchema } from '../core/session/session-schema';
import { MAX_CHOSEN_CARDS, type ScenarioCards } from '../core/session/scenario-cards';
import type { SectionSlug } from '../core/workshop/sections';

export const cardBankInput = z.strictObject({
  workshopId: idSchema,
  activityId: idSchema,
  /** With a session: which cards it has chosen. */
  sessionId: sessionIdSchema.optional(),
});

export const chooseCardsInput = z.strictObject({
  sessionId: sessionIdSchema,
  activityId: idSchema,
  /** The cards to use, in the order the group sees them. */
  cardIds: z.array(idSchema).min(1, 'pick at least one card').max(MAX_CHOSEN_CARDS),
});

/** A card as the picker lists it. */
export interface BankCard {
  id: string;
  title: string;
  situation: string;
  questions: string[];
  /** The two points of view the card offers, each named for the person who holds it. */
  perspectives?: { label: string; text: string }[];
  age?: CardAge;
  setting?: CardSetting;
  /** For the facilitator only: how to handle the card when it may touch real harm. */
  facilitatorNote?: string;
  /** One of the workshop's own cards for this activity (rather than from the section's bank). */
  inWorkshop: boolean;
}

/** Every card a scenario activity can use, and which are chosen. */
export interface CardBank {
  activityId: string;
  activityTitle: string;
  section: SectionSlug;
  cards: BankCard[];
  /** The workshop's own choice. */
  workshopCardIds: string[];
  /** The session's choice when one is asked for and made; otherwise the workshop's. */
  chosenIds: string[];
}

export const scenarioCardChannels = {
  /** The whole bank for a scenario activity's section, plus the activity's own cards. */
  'cards:bank': channel<typeof cardBankInput, CardBank>(cardBankInput),
  /** Saves a session's choice of cards for one activity; a running session's projector follows at once. */
  'cards:choose': channel<typeof chooseCardsInput, { scenarioCards: ScenarioCards }>(chooseCardsInput),
};

export type { ScenarioCards };
