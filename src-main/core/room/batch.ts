/**
 * Phone answers reach the session (and so the projector) in batches: at most one batch per interval,
 * so nobody can link a tap on a phone to a bar moving. Pure: the caller passes the time.
 */
export const BATCH_INTERVAL_MS = 250;

/** When the next batch may go: at once if the last one went long enough ago, else when the interval is over. */
export class BatchClock {
  #last = -Infinity;
  constructor(readonly intervalMs = BATCH_INTERVAL_MS) {}

  /** Milliseconds to wait from `now` before sending the next batch. */
  waitMs(now: number): number {
    return Math.max(0, this.#last + this.intervalMs - now);
  }

  sent(now: number): void {
    this.#last = now;
  }
}

/** A count that moves by `by`; moves of the same count add up, and a batch leaves out those that cancel out. */
export interface CountMove {
  /** Names the count, e.g. "spectrum|talk|s1|3". */
  key: string;
  by: number;
}

/**
 * What changed since the last batch: count moves added up per key, and values where only the latest
 * matters (how many answered). `take` empties it.
 */
export class PendingBatch<M extends CountMove, V extends { key: string }> {
  #moves = new Map<string, M>();
  #values = new Map<string, V>();

  move(m: M): void {
    const before = this.#moves.get(m.key);
    this.#moves.set(m.key, before ? { ...before, by: before.by + m.by } : m);
  }

  set(v: V): void {
    this.#values.delete(v.key);
    this.#values.set(v.key, v);
  }

  get empty(): boolean {
    return this.#moves.size === 0 && this.#values.size === 0;
  }

  take(): { moves: M[]; values: V[] } {
    const moves = [...this.#moves.values()].filter((m) => m.by !== 0);
    const values = [...this.#values.values()];
    this.#moves.clear();
    this.#values.clear();
    return { moves, values };
  }
}
