import { z } from 'zod';
import { channel } from './channel';
import { sessionIdSchema, type Capture } from '../core/session/session-schema';
import { idSchema } from '../core/workshop/activity-schema';
import { liveIntentSchema, projectorIntentSchema } from '../core/live/live-schema';
import type { LiveState } from '../core/live/live-state';
import type { AudienceView } from '../core/live/audience-view';
import type { ProjectorRoute } from './routes';

export const liveJoinInput = z.strictObject({ sessionId: sessionIdSchema });
export const liveIntentInput = z.strictObject({ sessionId: sessionIdSchema, intent: liveIntentSchema });
export const projectorIntentInput = z.strictObject({ sessionId: sessionIdSchema, intent: projectorIntentSchema });
export const projectorOpenInput = z.strictObject({
  sessionId: sessionIdSchema,
  /** A display from 'projector:displays'; remembered for next time. Absent: the remembered or external one. */
  displayId: z.number().int().optional(),
});
export const captureInput = z.strictObject({
  sessionId: sessionIdSchema,
  activityId: idSchema.optional(),
  text: z.string().trim().min(1, 'must not be empty').max(20000),
});

export interface ProjectorOpened {
  /** True when the host opened (or moved) the window itself; false when the view must open it. */
  opened: boolean;
  /** The projector route for this session, e.g. "#/projector/s-…". */
  url: ProjectorRoute;
  /** The browser host only: the projector tab's own access token, which grants the projector role alone. */
  projectorToken?: string;
}

export interface DisplayInfo {
  id: number;
  /** The system's name for the display; empty when it has none (the console then names it by its number). */
  label: string;
  /** Its place in the system's list, from 1. */
  number: number;
  width: number;
  height: number;
  primary: boolean;
}

export interface ProjectorDisplays {
  displays: DisplayInfo[];
  /** The display the projector opened on last time, if any. */
  chosenId: number | null;
}

export const liveChannels = {
  /** The console's live state of a session, opening it in the hub if it is not running. */
  'live:join': channel<typeof liveJoinInput, LiveState>(liveJoinInput),
  'live:intent': channel<typeof liveIntentInput, LiveState>(liveIntentInput),
  /** The projector's only way in: the audience view, never the script or notes. */
  'projector:join': channel<typeof liveJoinInput, AudienceView>(liveJoinInput),
  'projector:intent': channel<typeof projectorIntentInput, AudienceView>(projectorIntentInput),
  /** Each host supplies its own handler: Electron opens a window, the browser host hands back the route. */
  'projector:open': channel<typeof projectorOpenInput, ProjectorOpened>(projectorOpenInput),
  'projector:displays': channel<z.ZodObject<{}>, ProjectorDisplays>(z.strictObject({})),
  /** A timestamped quote or observation, kept in session.notes.captures. */
  'notes:capture': channel<typeof captureInput, Capture>(captureInput),
};

export type { LiveState, LivePreferences } from '../core/live/live-state';
export type { LiveIntent, ProjectorIntent } from '../core/live/live-schema';
export type { AudienceView, Theme } from '../core/live/audience-view';
export type { Slide, SlideBody } from '../core/live/slides';
export type { TimerView } from '../core/live/timer';
export type { Capture } from '../core/session/session-schema';
