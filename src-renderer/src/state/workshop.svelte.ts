import type { Api } from '../lib/api';
import type { Session, WorkshopDetail } from '../../../src-main/contract';
import { Loadable } from './loadable.svelte';

/** One workshop's page: its detail and agenda, and starting a session of it. */
export class WorkshopState extends Loadable<WorkshopDetail> {
  #starting = $state(false);

  constructor(
    private readonly api: Api,
    readonly workshopId: string,
  ) {
    super(() => api.call('workshops:get', { id: workshopId }));
  }

  get starting() {
    return this.#starting;
  }

  async start(group: string, participants?: number, scenarioCards: Record<string, string[]> = {}): Promise<Session | null> {
    this.#starting = true;
    try {
      return await this.api.call('sessions:start', {
        workshopId: this.workshopId,
        group: group.trim(),
        ...(participants !== undefined ? { participants } : {}),
        ...(Object.keys(scenarioCards).length ? { scenarioCards } : {}),
      });
    } catch (err) {
      this.fail(err);
      return null;
    } finally {
      this.#starting = false;
    }
  }
}
