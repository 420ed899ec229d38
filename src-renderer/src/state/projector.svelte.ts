import type { Api } from '../lib/api';
import type { AudienceView, ProjectorIntent } from '../../../src-main/contract';
import { LiveFeed } from './live-feed.svelte';

/**
 * The audience window. It only ever uses projector-shaped channels ('projector:join',
 * 'projector:intent', the 'live:audience' event), so it never holds the script or notes.
 */
export class ProjectorState {
  #error = $state<string | null>(null);
  readonly #feed: LiveFeed<AudienceView>;

  constructor(
    private readonly api: Api,
    readonly sessionId: string,
  ) {
    this.#feed = new LiveFeed(
      sessionId,
      () => api.call('projector:join', { sessionId }),
      (take) => api.subscribe('live:audience', take),
    );
  }

  get view() {
    return this.#feed.current;
  }
  get error() {
    return this.view ? null : this.#error;
  }
  get clock() {
    return this.#feed.clock;
  }

  async load(): Promise<void> {
    const failed = (err: unknown) => (this.#error = (err as Error).message);
    await this.#feed.start(failed).catch(failed);
  }

  async send(intent: ProjectorIntent): Promise<void> {
    try {
      this.#feed.take(await this.api.call('projector:intent', { sessionId: this.sessionId, intent }));
    } catch {
      // The room never sees an error; the console shows the facilitator what went wrong.
    }
  }

  dispose(): void {
    this.#feed.dispose();
  }
}
