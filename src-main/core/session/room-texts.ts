/**
 * What a session keeps of the room's written texts: the approved questions (with their votes) and
 * the approved responses to scenario cards. No time, no order of arrival and no phone key: a kept
 * text cannot point at who wrote it. Held-back and hidden texts are never written.
 */
import { z } from 'zod';
import { idSchema } from '../workshop/activity-schema';

/** Longest text a phone may send, and longest nickname. */
export const MAX_TEXT_LENGTH = 280;
export const MAX_NICKNAME_LENGTH = 30;

const keptText = z.string().trim().min(1).max(MAX_TEXT_LENGTH);
const nickname = z.string().trim().min(1).max(MAX_NICKNAME_LENGTH);

export const keptQuestionSchema = z.strictObject({
  text: keptText,
  nickname: nickname.optional(),
  votes: z.number().int().min(0).max(10000),
});
export type KeptQuestion = z.infer<typeof keptQuestionSchema>;

export const keptResponseSchema = z.strictObject({
  cardId: idSchema,
  /** The card's title as it was, so the summary stays true after the bank changes. */
  cardTitle: z.string().max(120),
  text: keptText,
  nickname: nickname.optional(),
});
export type KeptResponse = z.infer<typeof keptResponseSchema>;

export const roomTextsSchema = z.strictObject({
  questions: z.array(keptQuestionSchema).max(2000),
  /** Per scenario activity, its approved responses. */
  responses: z.record(idSchema, z.array(keptResponseSchema).max(2000)),
});
export type RoomTexts = z.infer<typeof roomTextsSchema>;

export const noRoomTexts = (): RoomTexts => ({ questions: [], responses: {} });
