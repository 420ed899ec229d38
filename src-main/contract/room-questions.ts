/**
 * Written texts from phones: questions for the whole session and responses to scenario cards. A
 * phone writes and upvotes (participant role); the facilitator moderates, shows the questions
 * screen and sets the banned words and nicknames (facilitator role); the projector reads only the
 * approved texts.
 */
import { z } from 'zod';
import { channel } from './channel';
import { sessionIdSchema } from '../core/session/session-schema';
import { idSchema } from '../core/workshop/activity-schema';
import { MAX_NICKNAME_LENGTH, MAX_TEXT_LENGTH } from '../core/session/room-texts';
import { MAX_BANNED_WORD_LENGTH, MAX_BANNED_WORDS } from '../core/room/banned-words';
import type { ApprovedQuestion, CardResponses, QueuedText } from '../core/room/moderation';

/** The id the room gives a text: random, so it says nothing about when the text came. */
export const textIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/, 'not a text id');

const writtenText = z.string().min(1).max(MAX_TEXT_LENGTH, `at most ${MAX_TEXT_LENGTH} characters`);
const nickname = z.string().max(MAX_NICKNAME_LENGTH, `at most ${MAX_NICKNAME_LENGTH} characters`);

// ---- The phone's channels ----

export const phoneWriteInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('question'), text: writtenText, nickname: nickname.optional() }),
  z.strictObject({ kind: z.literal('response'), activityId: idSchema, cardId: idSchema, text: writtenText, nickname: nickname.optional() }),
]);
export const phoneUpvoteInput = z.strictObject({ questionId: textIdSchema });

/** What a phone sees of the texts: approved questions to upvote, and whether nicknames are on. */
export interface PhoneQuestions {
  nicknames: boolean;
  questions: { id: string; text: string; nickname?: string; votes: number; voted: boolean }[];
  /** This phone's texts still waiting for the facilitator. */
  waiting: number;
}

export const phoneQuestionChannels = {
  /** A question or a response to a card, held for the facilitator. */
  'phone:write': channel<typeof phoneWriteInput, PhoneQuestions>(phoneWriteInput),
  /** One upvote per phone per approved question; a second is a no-op. */
  'phone:upvote': channel<typeof phoneUpvoteInput, PhoneQuestions>(phoneUpvoteInput),
};

// ---- The facilitator's channels ----

const sessionOnly = z.strictObject({ sessionId: sessionIdSchema });
export const roomModerateInput = z.discriminatedUnion('action', [
  z.strictObject({ sessionId: sessionIdSchema, textId: textIdSchema, action: z.literal('approve') }),
  z.strictObject({ sessionId: sessionIdSchema, textId: textIdSchema, action: z.literal('hide') }),
  z.strictObject({ sessionId: sessionIdSchema, textId: textIdSchema, action: z.literal('edit'), text: writtenText }),
]);
export const roomQuestionsScreenInput = z.strictObject({ sessionId: sessionIdSchema, show: z.boolean().optional() });
export const textSettingsSchema = z.strictObject({
  bannedWords: z.array(z.string().trim().min(1).max(MAX_BANNED_WORD_LENGTH)).max(MAX_BANNED_WORDS),
  nicknames: z.boolean(),
});
export type TextSettings = z.infer<typeof textSettingsSchema>;

/** The console's moderation queue: waiting texts newest last, and what is approved. */
export interface ModerationView {
  sessionId: string;
  open: boolean;
  waiting: QueuedText[];
  questions: ApprovedQuestion[];
  responses: CardResponses[];
  showQuestions: boolean;
}

/** What the projector may show: approved texts only, never a time. */
export interface QuestionsScreen {
  sessionId: string;
  show: boolean;
  questions: ApprovedQuestion[];
  responses: CardResponses[];
}

export const roomQuestionChannels = {
  'room:moderation': channel<typeof sessionOnly, ModerationView>(sessionOnly),
  /** Approve, edit (then approve) or hide a text. */
  'room:moderate': channel<typeof roomModerateInput, ModerationView>(roomModerateInput),
  /** Shows, hides or toggles the questions screen on the projector (key Q). */
  'room:questions-screen': channel<typeof roomQuestionsScreenInput, QuestionsScreen>(roomQuestionsScreenInput),
  'room:questions-view': channel<typeof sessionOnly, QuestionsScreen>(sessionOnly),
  'room:text-settings': channel<z.ZodObject<{}>, TextSettings>(z.strictObject({})),
  'room:save-text-settings': channel<typeof textSettingsSchema, TextSettings>(textSettingsSchema),
};
