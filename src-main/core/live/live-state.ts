import type { ActivityResult, Shown } from '../session/session-schema';
import { audienceViewOf, type AudienceView, type RunPosition, type Theme } from './audience-view';
import { applyIntent, spentAt, stepCountAt, timerOf, type LiveRun } from './live-run';
import { timerViewOf } from './timer';
import { scenarioResponsesOf, screenQuestionOf } from '../room/questions';

/** Settings that shape the live views; kept in the store's settings, not per session. */
export interface LivePreferences {
  theme: Theme;
  chime: boolean;
  /** The room's minimum group size k (settings: roomMinGroup). */
  minGroup: number;
}

/** What the facilitator's console receives on every change. */
export interface LiveState extends RunPosition {
  chime: boolean;
  /** Time spent per activity up to the snapshot; the current one keeps counting unless the session has ended. */
  spentMs: Record<string, number>;
  results: Record<string, ActivityResult>;
  /** What is held back, revealed, and which answer keys are on screen. */
  shown: Shown;
  minGroup: number;
  /**
   * The question on screen the room answers (null for other slides): its key, the statement or card it
   * names, whether its results are held back or revealed, and a scenario card's responses to count.
   */
  resultsOnScreen: {
    key: string;
    itemId: string | null;
    held: boolean;
    revealed: boolean;
    responses: { id: string; label: string }[];
  } | null;
  endedAt?: string;
  /** Exactly what the projector shows now, for the console's live copy. */
  audience: AudienceView;
  /** What the room will see after the next press; null at the very end. */
  upNext: AudienceView | null;
}

function resultsOnScreenOf(run: LiveRun): LiveState['resultsOnScreen'] {
  const activity = run.activities[run.activityIndex];
  const q = screenQuestionOf(activity, run.step);
  if (!q) return null;
  const card = activity?.kind === 'scenario' ? activity.cards.find((c) => c.id === q.itemId) : undefined;
  return {
    key: q.key,
    itemId: q.itemId ?? null,
    held: run.shown.held.includes(q.key),
    revealed: run.shown.revealed.includes(q.key),
    responses: activity?.kind === 'scenario' && card ? scenarioResponsesOf(activity, card) : [],
  };
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
    shown: run.shown,
    minGroup: prefs.minGroup,
    resultsOnScreen: resultsOnScreenOf(run),
    ...(run.endedAt ? { endedAt: run.endedAt } : {}),
    audience: audienceViewOf(run, now, prefs.theme, prefs.minGroup),
    upNext:
      after === run
        ? null
        : { ...audienceViewOf({ ...after, screen: 'normal' }, now, prefs.theme, prefs.minGroup), revision: run.revision },
  };
}
