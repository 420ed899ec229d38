import type { Api } from '../lib/api';
import type { LiveIntent, LiveState, Session, Workshop } from '../../../src-main/contract';

/** The facilitator's console: the session, its workshop, and the live state pushed by the host. */
export class ConsoleState {
  #session = $state<Session | null>(null);
  #workshop = $state<Workshop | null>(null);
  #live = $state<LiveState | null>(null);
  #error = $state<string | null>(null);
  #unsubscribe: (() => void) | null = null;

  constructor(
    private readonly api: Api,
    readonly sessionId: string,
  ) {}

  get session() {
    return this.#session;
  }
  get workshop() {
    return this.#workshop;
  }
  get live() {
    return this.#live;
  }
  get error() {
    return this.#error;
  }
  get activity() {
    return this.#workshop && this.#live ? this.#workshop.activities[this.#live.activityIndex] : undefined;
  }

  async load(): Promise<void> {
    try {
      this.#unsubscribe = this.api.subscribe('live:changed', (state) => {
        if (state.sessionId === this.sessionId) this.#live = state;
      });
      const session = await this.api.call('sessions:get', { sessionId: this.sessionId });
      const [detail, live] = await Promise.all([
        this.api.call('workshops:get', { id: session.workshopId }),
        this.api.call('live:join', { sessionId: this.sessionId }),
      ]);
      this.#session = session;
      this.#workshop = detail.workshop;
      this.#live = live;
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }

  async send(intent: LiveIntent): Promise<void> {
    try {
      this.#live = await this.api.call('live:intent', { sessionId: this.sessionId, intent });
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }

  saveSessionNotes = (text: string) => this.api.call('notes:save', { sessionId: this.sessionId, text });

  dispose(): void {
    this.#unsubscribe?.();
  }
}
