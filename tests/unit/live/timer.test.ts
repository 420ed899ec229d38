import { describe, expect, it } from 'vitest';
import { adjust, MINUTE_MS, newCountdown, pause, remainingAt, reset, start, timerViewOf, toggle } from '../../../src-main/core/live/timer';

describe('countdown', () => {
  it('starts at the planned minutes and stays there until started', () => {
    const c = newCountdown(10);
    expect(remainingAt(c, 5_000_000)).toBe(10 * MINUTE_MS);
    expect(timerViewOf(c, 0)).toEqual({ durationMs: 600_000, remainingMs: 600_000, running: false });
  });

  it('counts from the clock, so an hour of pause/resume cycles does not drift', () => {
    let c = newCountdown(90);
    let now = 12_345.678;
    // 3600 one-second cycles of run 700 ms, pause 300 ms: exactly 2520 s of running.
    for (let i = 0; i < 3600; i++) {
      c = start(c, now);
      now += 700.1234;
      c = pause(c, now);
      now += 299.8766;
    }
    expect(remainingAt(c, now)).toBeCloseTo(90 * MINUTE_MS - 3600 * 700.1234, 3);
  });

  it('a running countdown read an hour later is exactly an hour less', () => {
    const c = start(newCountdown(120), 0);
    expect(remainingAt(c, 3_600_000)).toBe(60 * MINUTE_MS);
  });

  it('pauses, resumes and resets', () => {
    let c = start(newCountdown(5), 0);
    c = pause(c, 60_000);
    expect(remainingAt(c, 999_999)).toBe(4 * MINUTE_MS);
    c = toggle(c, 100_000);
    expect(remainingAt(c, 160_000)).toBe(3 * MINUTE_MS);
    expect(reset(c)).toEqual(newCountdown(5));
  });

  it('one minute more or less, never below zero; more stretches the length', () => {
    let c = start(newCountdown(2), 0);
    c = adjust(c, 30_000, MINUTE_MS);
    expect(remainingAt(c, 30_000)).toBe(150_000);
    expect(c.durationMs).toBe(150_000);
    c = adjust(c, 30_000, MINUTE_MS);
    expect(c.durationMs).toBe(210_000);
    c = adjust(pause(c, 200_000), 200_000, -5 * MINUTE_MS);
    expect(remainingAt(c, 200_000)).toBe(0);
  });

  it('runs on into overtime so the console can show it', () => {
    const c = start(newCountdown(1), 0);
    expect(timerViewOf(c, 90_000)).toEqual({ durationMs: 60_000, remainingMs: -30_000, running: true });
  });
});
