import type { ScreenMode } from '../session/session-schema';
import { currentActivityId, stepCountAt, timerOf, type LiveRun } from './live-run';
import { slideOf, type Slide } from './slides';
import { timerViewOf, type TimerView } from './timer';
import { directionOf, type TextDirection } from '../workshop/language';
import { DEFAULT_MIN_GROUP } from '../room/gate';

export type Theme = 'dark' | 'light';

/** Where a run stands: what the console and the projector both show, revision-stamped. */
export interface RunPosition {
  sessionId: string;
  revision: number;
  activityIndex: number;
  activityCount: number;
  step: number;
  stepCount: number;
  screen: ScreenMode;
  theme: Theme;
  timer: TimerView;
}

/** A steady grounding prompt for emotional moments (key C). */
export const CALM_SCREEN = { line: 'Take a slow breath.', detail: 'There is no rush.' } as const;

/**
 * Everything the projector window receives, and nothing else: the slide for the current step,
 * the screen mode and the countdown. No script, notes, goals or answer keys.
 */
export interface AudienceView extends RunPosition {
  workshopTitle: string;
  /** The running workshop's language and its direction, for the stage's `lang` and `dir`. */
  lang: string;
  dir: TextDirection;
  calm: { line: string; detail: string };
  /** Whether the room sees the countdown: always for discussions and breaks, otherwise once it has been started. */
  showTimer: boolean;
  slide: Slide;
}

/** `minGroup` is the room's k: a result phones answered shows only once at least k answered. */
export function audienceViewOf(run: LiveRun, now: number, theme: Theme, minGroup = DEFAULT_MIN_GROUP): AudienceView {
  const i = run.activityIndex;
  const item = run.agenda[i];
  const id = currentActivityId(run);
  const slide = slideOf(
    run.activities[i],
    item?.title ?? '',
    run.step,
    id ? run.results[id] : undefined,
    {
      k: minGroup,
      shown: run.shown,
    },
    run.lang,
  );
  const countdown = timerOf(run);
  const timer = timerViewOf(countdown, now);
  return {
    sessionId: run.sessionId,
    revision: run.revision,
    workshopTitle: run.workshopTitle,
    lang: run.lang,
    dir: directionOf(run.lang),
    activityIndex: i,
    activityCount: run.agenda.length,
    step: run.step,
    stepCount: stepCountAt(run, i),
    screen: run.screen,
    theme,
    calm: { ...CALM_SCREEN },
    timer,
    showTimer: slide.kind === 'discussion' || slide.kind === 'break' || timer.running || timer.remainingMs !== timer.durationMs,
    slide,
  };
}
