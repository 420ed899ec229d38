import { z } from 'zod';
import { channel } from './channel';
import { sessionIdSchema } from '../core/session/session-schema';
import { liveIntentSchema } from '../core/live/live-schema';
import type { LiveState } from '../core/live/live-state';

export const liveIntentInput = z.strictObject({ sessionId: sessionIdSchema, intent: liveIntentSchema });
export const liveJoinInput = z.strictObject({ sessionId: sessionIdSchema });

export const liveChannels = {
  /** The current live state of a session, opening it in the hub if it is not running. */
  'live:join': channel<typeof liveJoinInput, LiveState>(liveJoinInput),
  'live:intent': channel<typeof liveIntentInput, LiveState>(liveIntentInput),
};
