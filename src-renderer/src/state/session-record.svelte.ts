import type { Api } from '../lib/api';
import type { SessionRecord } from '../../../src-main/core/session/session-record';

/** One past session, read-only: notes, captures and results. */
export class SessionRecordState {
  #record = $state<SessionRecord | null>(null);
  #error = $state<string | null>(null);

  constructor(
    private readonly api: Api,
    readonly sessionId: string,
  ) {}

  get record() {
    return this.#record;
  }
  get error() {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#record = await this.api.call('sessions:record', { sessionId: this.sessionId });
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }
}
