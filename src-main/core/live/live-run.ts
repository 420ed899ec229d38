import type { Activity } from '../workshop/activity-schema';
import type { ActivityResult, ScreenMode, Session, Shown } from '../session/session-schema';
import { screenQuestionOf } from '../room/questions';
import { adjust, MINUTE_MS, newCountdown, pause, reset, start, toggle, type Countdown } from './timer';
import { stepCountOf } from './steps';
import type { LiveIntent } from './live-schema';
import { applyResult, type ResultIntent } from './results';
import { IntentRejected } from './intent-rejected';

export { IntentRejected };

/**
 * The live session state machine: where a running session stands, as a plain value.
 * Every function here is pure; the hub holds the current value, applies intents and persists.
 */
export interface LiveRun {
  sessionId: string;
  workshopTitle: string;
  /** The workshop's language (BCP 47): the projector's slides are shown in it. */
  lang: string;
  agenda: Session['agenda'];
  /** The workshop's activities in agenda order; undefined where one was removed after the session started. */
  activities: (Activity | undefined)[];
  activityIndex: number;
  step: number;
  screen: ScreenMode;
  /** One countdown per activity, so switching away and back keeps each one. */
  timers: Record<string, Countdown>;
  /** Time spent per activity before the current stretch. */
  spentMs: Record<string, number>;
  /** Clock reading when the current stretch on the current activity began. */
  stretchStart: number;
  results: Record<string, ActivityResult>;
  /** Results held back until revealed, those revealed, and card sorts whose answer key is on screen. */
  shown: Shown;
  endedAt?: string;
  /** Goes up with every change, so a view can drop a push older than what it already shows. */
  revision: number;
}

/** The intents the state machine itself handles; settings (theme, chime) belong to the hub. */
export type RunIntent = Exclude<LiveIntent, { type: 'theme' | 'chime' }>;

export const NOTHING_HELD: Shown = { held: [], revealed: [], answerKeys: [] };

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function openRun(session: Session, activities: readonly Activity[], now: number, firstRevision = 1, lang = 'en'): LiveRun {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const aligned = session.agenda.map((item) => byId.get(item.activityId));
  const activityIndex = clamp(session.position.activityIndex, 0, Math.max(0, session.agenda.length - 1));
  const current = session.agenda[activityIndex];
  const timers: Record<string, Countdown> = {};
  // After a host restart the saved timer comes back paused: the time the host was down is unknown.
  if (session.timer && current)
    timers[current.activityId] = { durationMs: session.timer.durationMs, remainingMs: session.timer.remainingMs, startedAt: null };
  return {
    sessionId: session.id,
    workshopTitle: session.workshopTitle,
    lang,
    agenda: session.agenda,
    activities: aligned,
    activityIndex,
    step: clamp(session.position.step, 0, stepCountOf(aligned[activityIndex]) - 1),
    screen: 'normal',
    timers,
    spentMs: { ...session.spentMs },
    stretchStart: now,
    results: structuredClone(session.results),
    shown: structuredClone(session.shown ?? NOTHING_HELD),
    ...(session.endedAt ? { endedAt: session.endedAt } : {}),
    revision: firstRevision,
  };
}

/**
 * The run with new content for its activities (e.g. other scenario cards chosen mid-session), at
 * the same activity; the step stays where it was when the activity still has it.
 */
export function withActivities(run: LiveRun, activities: readonly Activity[]): LiveRun {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const aligned = run.agenda.map((item) => byId.get(item.activityId));
  const step = clamp(run.step, 0, stepCountOf(aligned[run.activityIndex]) - 1);
  return { ...run, activities: aligned, step, revision: run.revision + 1 };
}

export const currentActivityId = (run: LiveRun): string | undefined => run.agenda[run.activityIndex]?.activityId;

export const stepCountAt = (run: LiveRun, index: number): number => stepCountOf(run.activities[index]);

/** The countdown of an activity, defaulting to its planned minutes. */
export function timerOf(run: LiveRun, index = run.activityIndex): Countdown {
  const item = run.agenda[index];
  if (!item) return newCountdown(0);
  return run.timers[item.activityId] ?? newCountdown(item.minutes);
}

/**
 * The longest single stretch counted on one activity. A console left open overnight would
 * otherwise book the night to the last activity; three times the plan plus half an hour is
 * far beyond any real overrun.
 */
const longestStretch = (minutes: number) => (3 * minutes + 30) * MINUTE_MS;

/** Time spent per activity, counting the current stretch up to `now` unless the session has ended. */
export function spentAt(run: LiveRun, now: number): Record<string, number> {
  const item = run.agenda[run.activityIndex];
  if (!item || run.endedAt) return { ...run.spentMs };
  const stretch = Math.min(longestStretch(item.minutes), Math.max(0, now - run.stretchStart));
  return { ...run.spentMs, [item.activityId]: Math.round((run.spentMs[item.activityId] ?? 0) + stretch) };
}

/** Folds the current stretch into spentMs, e.g. before saving. */
export const commitStretch = (run: LiveRun, now: number): LiveRun => ({ ...run, spentMs: spentAt(run, now), stretchStart: now });

function moveTo(run: LiveRun, index: number, step: number, now: number): LiveRun {
  const activityIndex = clamp(index, 0, Math.max(0, run.agenda.length - 1));
  const target = { activityIndex, step: clamp(step, 0, stepCountAt(run, activityIndex) - 1) };
  if (target.activityIndex === run.activityIndex && target.step === run.step) return run;
  const base = target.activityIndex === run.activityIndex ? run : commitStretch(run, now);
  return { ...base, ...target };
}

function next(run: LiveRun, now: number): LiveRun {
  if (run.step < stepCountAt(run, run.activityIndex) - 1) return moveTo(run, run.activityIndex, run.step + 1, now);
  return run.activityIndex < run.agenda.length - 1 ? moveTo(run, run.activityIndex + 1, 0, now) : run;
}

function previous(run: LiveRun, now: number): LiveRun {
  if (run.step > 0) return moveTo(run, run.activityIndex, run.step - 1, now);
  // Back into the previous activity lands on its last step, as a presenter expects.
  return run.activityIndex > 0 ? moveTo(run, run.activityIndex - 1, stepCountAt(run, run.activityIndex - 1) - 1, now) : run;
}

function withTimer(run: LiveRun, change: (c: Countdown) => Countdown): LiveRun {
  const id = currentActivityId(run);
  if (!id) return run;
  return { ...run, timers: { ...run.timers, [id]: change(timerOf(run)) } };
}

/** The run after an intent. Returns the same object when nothing changed. */
export function applyIntent(
  run: LiveRun,
  intent: RunIntent,
  now: number,
  wallClock: () => string = () => new Date().toISOString(),
): LiveRun {
  const after = transition(run, intent, now, wallClock);
  return after === run ? run : { ...after, revision: run.revision + 1 };
}

function transition(run: LiveRun, intent: RunIntent, now: number, wallClock: () => string): LiveRun {
  switch (intent.type) {
    case 'next':
      return next(run, now);
    case 'previous':
      return previous(run, now);
    case 'next-activity':
      return moveTo(run, run.activityIndex + 1, 0, now);
    case 'previous-activity':
      return moveTo(run, run.activityIndex - 1, 0, now);
    case 'goto':
      return moveTo(run, intent.activityIndex, intent.step ?? 0, now);
    case 'screen': {
      const mode = intent.toggle && run.screen === intent.mode ? 'normal' : intent.mode;
      return mode === run.screen ? run : { ...run, screen: mode };
    }
    case 'timer':
      return withTimer(run, (c) => {
        switch (intent.action) {
          case 'start':
            return start(c, now);
          case 'pause':
            return pause(c, now);
          case 'toggle':
            return toggle(c, now);
          case 'reset':
            return reset(c);
          case 'add-minute':
            return adjust(c, now, MINUTE_MS);
          case 'remove-minute':
            return adjust(c, now, -MINUTE_MS);
        }
      });
    case 'finish':
      return run.endedAt ? run : { ...commitStretch(run, now), endedAt: wallClock() };
    case 'hold-results':
    case 'reveal':
    case 'answer-key':
      return withShown(run, intent);
    default:
      return applyResultIntent(run, intent);
  }
}

function applyResultIntent(run: LiveRun, intent: ResultIntent): LiveRun {
  const activity = run.activities.find((a) => a?.id === intent.activityId);
  if (!activity) throw new IntentRejected(`This session has no activity "${intent.activityId}".`);
  return { ...run, results: { ...run.results, [activity.id]: applyResult(activity, run.results[activity.id], intent) } };
}

const without = (list: readonly string[], key: string) => list.filter((k) => k !== key);

/** Holding back, revealing, or showing the answer key of what is on screen. */
function withShown(run: LiveRun, intent: Extract<RunIntent, { type: 'hold-results' | 'reveal' | 'answer-key' }>): LiveRun {
  const activity = run.activities[run.activityIndex];
  const question = screenQuestionOf(activity, run.step);
  const s = run.shown;
  if (intent.type === 'answer-key') {
    if (activity?.kind !== 'card-sort') throw new IntentRejected('Only a card sort has an answer key to show.');
    const answerKeys = intent.show ? [...without(s.answerKeys, activity.id), activity.id] : without(s.answerKeys, activity.id);
    return { ...run, shown: { ...s, answerKeys } };
  }
  // R on a screen with nothing held back does nothing, as a key on a clicker should.
  if (intent.type === 'reveal') {
    const key = question?.key;
    if (!key || !s.held.includes(key) || s.revealed.includes(key)) return run;
    return { ...run, shown: { ...s, revealed: [...s.revealed, key] } };
  }
  if (!question) throw new IntentRejected('There are no results on the screen to hold back.');
  const key = question.key;
  if (intent.hold === s.held.includes(key) && !s.revealed.includes(key)) return run;
  return {
    ...run,
    shown: { ...s, held: intent.hold ? [...without(s.held, key), key] : without(s.held, key), revealed: without(s.revealed, key) },
  };
}
