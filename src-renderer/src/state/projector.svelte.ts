import type { Api } from '../lib/api';
import type { AudienceView, ProjectorIntent } from '../../../src-main/contract';
import { LiveClock } from './live-clock.svelte';

/**
 * The audience window. It only ever uses projector-shaped channels ('projector:join',
 * 'projector:intent', the 'live:audience' event), so it never holds the script or notes.
 */
export class ProjectorState {
  // Raw: each push replaces the whole view, so deep proxies would only cost time on the way to the screen.
  #view = $state.raw<AudienceView | null>(null);
  #error = $state<string | null>(null);
  readonly clock = new LiveClock();
  #unsubscribe: (() => void) | null = null;

  constructor(
    private readonly api: Api,
    readonly sessionId: string,
  ) {}

  get view() {
    return this.#view;
  }
  get error() {
    return this.#error;
  }

  async load(): Promise<void> {
    const stop = this.api.subscribe('live:audience', (view) => {
      if (view.sessionId === this.sessionId) this.#take(view);
    });
    // After the event stream reconnects (host restarted, laptop slept) fetch the state afresh.
    const rejoin = () => void this.#join();
    addEventListener('secure-base:connected', rejoin);
    this.#unsubscribe = () => {
      stop();
      removeEventListener('secure-base:connected', rejoin);
    };
    await this.#join();
  }

  async #join(): Promise<void> {
    try {
      this.#take(await this.api.call('projector:join', { sessionId: this.sessionId }));
    } catch (err) {
      if (!this.#view) this.#error = (err as Error).message;
    }
  }

  async send(intent: ProjectorIntent): Promise<void> {
    try {
      this.#take(await this.api.call('projector:intent', { sessionId: this.sessionId, intent }));
    } catch {
      // The room never sees an error; the console shows the facilitator what went wrong.
    }
  }

  /** A push and a reply can arrive in either order: keep the first copy of each revision, drop older ones. */
  #take(view: AudienceView): void {
    if (this.#view && view.revision <= this.#view.revision) return;
    this.#view = view;
    this.#error = null;
    this.clock.sync(view.timer);
  }

  dispose(): void {
    this.#unsubscribe?.();
    this.clock.dispose();
  }
}
