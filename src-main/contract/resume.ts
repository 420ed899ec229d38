import { z } from 'zod';
import { channel } from './channel';

/** The session that was running when the app last stopped, to continue from the library in one click. */
export interface InterruptedSession {
  sessionId: string;
  workshopId: string;
  workshopTitle: string;
  group: string;
  /** 1-based: "activity N of M". */
  activityNumber: number;
  activityCount: number;
  activityTitle: string;
  /** When the session was last saved (ISO 8601): its last activity. */
  lastActiveAt: string;
}

export const resumeChannels = {
  /** The most recently active session that has not ended, or null. */
  'sessions:interrupted': channel<z.ZodObject<{}>, InterruptedSession | null>(z.strictObject({})),
};
