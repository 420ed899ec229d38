/**
 * Limits as plain arithmetic over the time the caller passes in, so they are tested without clocks.
 */

/** A token bucket: `burst` messages at once, refilled at `perSecond`. */
export class RateLimit {
  #tokens: number;
  #at: number;
  constructor(
    readonly perSecond: number,
    readonly burst: number,
    now: number,
  ) {
    this.#tokens = burst;
    this.#at = now;
  }

  /** True when one more message is allowed at `now`; it then uses one token. */
  take(now: number): boolean {
    this.#tokens = Math.min(this.burst, this.#tokens + ((now - this.#at) / 1000) * this.perSecond);
    this.#at = Math.max(this.#at, now);
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

/**
 * Join-code guessing: `allowed` wrong codes per address within `windowMs`; past that the address
 * is locked out until its oldest wrong try leaves the window.
 */
export class GuessLockout {
  #wrong = new Map<string, number[]>();
  constructor(
    readonly allowed = 5,
    readonly windowMs = 60_000,
  ) {}

  #recent(address: string, now: number): number[] {
    const kept = (this.#wrong.get(address) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length) this.#wrong.set(address, kept);
    else this.#wrong.delete(address);
    return kept;
  }

  lockedOut(address: string, now: number): boolean {
    return this.#recent(address, now).length >= this.allowed;
  }

  /** Seconds until the address may try again (0 when it may now). */
  waitSeconds(address: string, now: number): number {
    const recent = this.#recent(address, now);
    if (recent.length < this.allowed) return 0;
    return Math.ceil((recent[recent.length - this.allowed] + this.windowMs - now) / 1000);
  }

  wrong(address: string, now: number): void {
    this.#wrong.set(address, [...this.#recent(address, now), now]);
  }

  /** Addresses tracked now; old ones are forgotten as they are read. */
  get size(): number {
    return this.#wrong.size;
  }
}
