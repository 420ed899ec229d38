import type { ActivityResult } from '../session/session-schema';
import { audienceViewOf, type AudienceView, type RunPosition, type Theme } from './audience-view';
import { applyIntent, spentAt, stepCountAt, timerOf, type LiveRun } from './live-run';
import { timerViewOf } from './timer';

/** Settings that shape the live views; kept in the store's settings, not per session. */
export interface LivePreferences {
  theme: Theme;
  chime: boolean;
}

/** What the facilitator's console receives on every change. */
export interface LiveState extends RunPosition {
  chime: boolean;
  /** Time spent per activity up to the snapshot; the current one keeps counting unless the session has ended. */
  spentMs: Record<string, number>;
  results: Record<string, ActivityResult>;
  endedAt?: string;
  /** Exactly what the projector shows now, for the console's live copy. */
  audience: AudienceView;
  /** What the room will see after the next press; null at the very end. */
  upNext: AudienceView | null;
}

export function liveStateOf(run: LiveRun, now: number, prefs: LivePreferences): LiveState {
  const after = applyIntent(run, { type: 'next' }, now);
  return {
    sessionId: run.sessionId,
    revision: run.revision,
    activityIndex: run.activityIndex,
    activityCount: run.agenda.length,
    step: run.step,
    stepCount: stepCountAt(run, run.activityIndex),
    screen: run.screen,
    theme: prefs.theme,
    chime: prefs.chime,
    timer: timerViewOf(timerOf(run), now),
    spentMs: spentAt(run, now),
    results: run.results,
    ...(run.endedAt ? { endedAt: run.endedAt } : {}),
    audience: audienceViewOf(run, now, prefs.theme),
    upNext: after === run ? null : { ...audienceViewOf({ ...after, screen: 'normal' }, now, prefs.theme), revision: run.revision },
  };
}
