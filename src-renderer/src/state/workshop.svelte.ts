import type { Api } from '../lib/api';
import type { Session, WorkshopDetail } from '../../../src-main/contract';

export class WorkshopState {
  #detail = $state<WorkshopDetail | null>(null);
  #error = $state<string | null>(null);
  #starting = $state(false);

  constructor(
    private readonly api: Api,
    readonly workshopId: string,
  ) {}

  get detail() {
    return this.#detail;
  }
  get error() {
    return this.#error;
  }
  get starting() {
    return this.#starting;
  }

  async load(): Promise<void> {
    try {
      this.#detail = await this.api.call('workshops:get', { id: this.workshopId });
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }

  async start(group: string, participants?: number): Promise<Session | null> {
    this.#starting = true;
    try {
      return await this.api.call('sessions:start', {
        workshopId: this.workshopId,
        group: group.trim(),
        ...(participants !== undefined ? { participants } : {}),
      });
    } catch (err) {
      this.#error = (err as Error).message;
      return null;
    } finally {
      this.#starting = false;
    }
  }
}
