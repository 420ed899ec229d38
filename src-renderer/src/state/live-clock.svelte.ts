import type { TimerView } from '../../../src-main/contract';

/**
 * Renders a pushed timer snapshot locally: the snapshot says how much time was left when the
 * host took it, and the view counts down from the moment it arrived, on performance.now().
 * It wakes exactly when the shown second changes, so it neither drifts nor burns frames.
 */
export class LiveClock {
  #now = $state(performance.now());
  #timer = $state.raw<TimerView>({ durationMs: 0, remainingMs: 0, running: false });
  #at = performance.now();
  #wake: ReturnType<typeof setTimeout> | null = null;
  #onZero: () => void;

  constructor(onZero: () => void = () => {}) {
    this.#onZero = onZero;
  }

  /** Take a new snapshot; `at` is when it arrived (performance.now()). */
  sync(timer: TimerView, at = performance.now()): void {
    this.#timer = timer;
    this.#at = at;
    this.#now = performance.now();
    this.#schedule();
  }

  /** Monotonic time of the last wake-up; read it to re-render once a second. */
  get now(): number {
    return this.#now;
  }

  /** Milliseconds since the snapshot arrived, as of the last wake-up. */
  get sinceSync(): number {
    return Math.max(0, this.#now - this.#at);
  }

  get timer(): TimerView {
    return this.#timer;
  }

  get remainingMs(): number {
    return this.#timer.running ? this.#timer.remainingMs - this.sinceSync : this.#timer.remainingMs;
  }

  dispose(): void {
    if (this.#wake) clearTimeout(this.#wake);
    this.#wake = null;
  }

  #schedule(): void {
    if (this.#wake) clearTimeout(this.#wake);
    const left = this.remainingMs;
    // Next change of the shown (rounded-up) second; once a second when paused, for the time-spent counters.
    const toNextSecond = this.#timer.running ? ((left % 1000) + 1000) % 1000 || 1000 : 1000;
    this.#wake = setTimeout(() => {
      const before = this.remainingMs;
      this.#now = performance.now();
      if (this.#timer.running && before > 0 && this.remainingMs <= 0) this.#onZero();
      this.#schedule();
    }, toNextSecond);
  }
}
