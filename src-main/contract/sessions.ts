import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from '../core/workshop/activity-schema';
import { sessionIdSchema, type Session, type SessionSummary } from '../core/session/session-schema';

export const startSessionInput = z.strictObject({
  workshopId: idSchema,
  group: z.string().trim().max(200).optional(),
  participants: z.number().int().min(0).max(10000).optional(),
});

export const sessionRef = z.strictObject({ sessionId: sessionIdSchema });

export const saveNoteInput = z.strictObject({
  sessionId: sessionIdSchema,
  /** The activity the note belongs to; absent for the session's own notes. */
  activityId: idSchema.optional(),
  text: z.string().max(200000),
});

export const sessionChannels = {
  'sessions:start': channel<typeof startSessionInput, Session>(startSessionInput),
  'sessions:list': channel<z.ZodObject<{}>, SessionSummary[]>(z.strictObject({})),
  'sessions:get': channel<typeof sessionRef, Session>(sessionRef),
  'notes:save': channel<typeof saveNoteInput, { savedAt: string }>(saveNoteInput),
};
