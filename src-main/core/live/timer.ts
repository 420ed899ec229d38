/**
 * A countdown kept as "started at / remaining when last paused" on a monotonic clock, never as a
 * counter of ticks: the time left is always computed from the clock, so it cannot drift.
 * `now` is a monotonic reading in milliseconds (performance.now() in the hub, a fake in tests).
 */
export interface Countdown {
  durationMs: number;
  /** Time left at `startedAt` while running, or when last paused or reset. Negative once over time. */
  remainingMs: number;
  /** Clock reading when it was last started; null while paused. */
  startedAt: number | null;
}

/** What a view needs to draw the countdown: the time left at the moment the snapshot was taken. */
export interface TimerView {
  durationMs: number;
  remainingMs: number;
  running: boolean;
}

export const MINUTE_MS = 60_000;
/** Overtime stops being counted after this, so a forgotten timer does not grow without end. */
const OVERTIME_LIMIT_MS = -99 * MINUTE_MS;

export const newCountdown = (minutes: number): Countdown => ({
  durationMs: minutes * MINUTE_MS,
  remainingMs: minutes * MINUTE_MS,
  startedAt: null,
});

export const remainingAt = (c: Countdown, now: number): number =>
  c.startedAt === null ? c.remainingMs : Math.max(OVERTIME_LIMIT_MS, c.remainingMs - (now - c.startedAt));

export const isRunning = (c: Countdown): boolean => c.startedAt !== null;

export const start = (c: Countdown, now: number): Countdown => (isRunning(c) ? c : { ...c, startedAt: now });

export const pause = (c: Countdown, now: number): Countdown =>
  isRunning(c) ? { ...c, remainingMs: remainingAt(c, now), startedAt: null } : c;

export const toggle = (c: Countdown, now: number): Countdown => (isRunning(c) ? pause(c, now) : start(c, now));

export const reset = (c: Countdown): Countdown => ({ durationMs: c.durationMs, remainingMs: c.durationMs, startedAt: null });

/**
 * One minute more or less. Taking time off never goes below zero; adding time past the planned
 * length stretches the length too, so the colour warnings stay meaningful.
 */
export function adjust(c: Countdown, now: number, deltaMs: number): Countdown {
  const remaining = Math.max(0, remainingAt(c, now) + deltaMs);
  return {
    durationMs: Math.max(c.durationMs, remaining),
    remainingMs: remaining,
    startedAt: isRunning(c) ? now : null,
  };
}

export const timerViewOf = (c: Countdown, now: number): TimerView => ({
  durationMs: c.durationMs,
  remainingMs: Math.round(remainingAt(c, now)),
  running: isRunning(c),
});
