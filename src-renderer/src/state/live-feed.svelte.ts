import type { TimerView } from '../../../src-main/contract';
import { LiveClock } from './live-clock.svelte';

/** What the host pushes about a running session, to the console or to the projector. */
export interface LiveSnapshot {
  sessionId: string;
  revision: number;
  timer: TimerView;
}

/**
 * Follows one running session: takes the host's pushes, asks afresh after the event stream
 * reconnects (host restarted, laptop slept), and keeps the newest revision. The console and the
 * projector each hold one, shaped for their role.
 */
export class LiveFeed<T extends LiveSnapshot> {
  // Raw: each push replaces the whole snapshot; deep proxies would only cost time on the way to the screen.
  #current = $state.raw<T | null>(null);
  readonly clock: LiveClock;
  #stop: (() => void) | null = null;
  #disposed = false;

  constructor(
    readonly sessionId: string,
    /** Asks the host for the current snapshot. */
    private readonly join: () => Promise<T>,
    /** Subscribes to pushes; returns the unsubscribe. */
    private readonly listen: (take: (snapshot: T) => void) => () => void,
    onTimeUp?: () => void,
  ) {
    this.clock = new LiveClock(onTimeUp);
  }

  get current(): T | null {
    return this.#current;
  }

  /**
   * Starts following and joins once; rejects when that first join fails. A join after a reconnect
   * that fails is handed to `onRejoinFailed`: the session goes on with what is shown.
   */
  async start(onRejoinFailed: (err: unknown) => void = () => {}): Promise<void> {
    // The view may have closed while it was still loading what comes before.
    if (this.#disposed) return;
    const stop = this.listen((snapshot) => {
      if (snapshot.sessionId === this.sessionId) this.take(snapshot);
    });
    const rejoin = () => void this.#join().catch(onRejoinFailed);
    addEventListener('secure-base:connected', rejoin);
    this.#stop = () => {
      stop();
      removeEventListener('secure-base:connected', rejoin);
    };
    await this.#join();
  }

  /** A push and a reply can arrive in either order: keep the first copy of each revision, drop older ones. */
  take(snapshot: T): void {
    if (this.#current && snapshot.revision <= this.#current.revision) return;
    this.#current = snapshot;
    this.clock.sync(snapshot.timer);
  }

  dispose(): void {
    this.#disposed = true;
    this.#stop?.();
    this.#stop = null;
    this.clock.dispose();
  }

  async #join(): Promise<void> {
    this.take(await this.join());
  }
}
