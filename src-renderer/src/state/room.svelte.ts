import type { Api } from '../lib/api';
import type { RoomStatus } from '../../../src-main/contract';

/** How long "test with my own phone" waits for a phone before saying what usually stands in the way. */
const TEST_WAIT_MS = 60_000;

/** The console's view of the room: open it, lock it, change the code, and see who is in. */
export class RoomState {
  status = $state<RoomStatus | null>(null);
  error = $state<string | null>(null);
  busy = $state(false);
  /** "Test with my own phone": waiting, then worked or not yet. */
  test = $state<'idle' | 'waiting' | 'worked' | 'no-phone'>('idle');
  #testFrom = 0;
  #testTimer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: () => void;

  constructor(
    private readonly api: Api,
    readonly sessionId: string,
  ) {
    this.#unsubscribe = api.subscribe('room:changed', (s) => s.sessionId === sessionId && this.#take(s));
  }

  #take(s: RoomStatus): void {
    this.status = s;
    if (this.test === 'waiting' && s.connected > this.#testFrom) {
      this.test = 'worked';
      clearTimeout(this.#testTimer);
    }
  }

  async load(): Promise<void> {
    await this.#run(() => this.api.call('room:status', { sessionId: this.sessionId }));
  }

  async #run(work: () => Promise<RoomStatus>): Promise<void> {
    this.busy = true;
    try {
      this.#take(await work());
      this.error = null;
    } catch (err) {
      this.error = (err as Error).message;
    } finally {
      this.busy = false;
    }
  }

  open = (address?: string) => this.#run(() => this.api.call('room:open', { sessionId: this.sessionId, ...(address ? { address } : {}) }));
  close = () => this.#run(() => this.api.call('room:close', { sessionId: this.sessionId }));
  lock = (locked: boolean) => this.#run(() => this.api.call('room:lock', { sessionId: this.sessionId, locked }));
  newCode = () => this.#run(() => this.api.call('room:new-code', { sessionId: this.sessionId }));
  minGroup = (minGroup: number) => this.#run(() => this.api.call('room:min-group', { sessionId: this.sessionId, minGroup }));
  closeQuestion = (closed: boolean) => this.#run(() => this.api.call('room:question', { sessionId: this.sessionId, closed }));

  async joinScreen(show?: boolean): Promise<void> {
    try {
      const view = await this.api.call('room:join-screen', { sessionId: this.sessionId, ...(show !== undefined ? { show } : {}) });
      if (this.status) this.status = { ...this.status, showJoin: view.showJoin };
    } catch (err) {
      this.error = (err as Error).message;
    }
  }

  /** Shows the join screen and waits for one more phone than is in now. */
  testWithMyPhone(): void {
    this.#testFrom = this.status?.connected ?? 0;
    this.test = 'waiting';
    void this.joinScreen(true);
    clearTimeout(this.#testTimer);
    this.#testTimer = setTimeout(() => this.test === 'waiting' && (this.test = 'no-phone'), TEST_WAIT_MS);
  }

  dispose(): void {
    clearTimeout(this.#testTimer);
    this.#unsubscribe();
  }
}
