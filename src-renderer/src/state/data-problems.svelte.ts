import type { Api } from '../lib/api';
import type { QuarantinedFile } from '../../../src-main/core/store-report';

const DISMISSED_KEY = 'secure-base-dismissed-data-problems';

/**
 * Files the host could not read and moved aside (app:info's `quarantined`). Checked at start and on
 * every change of view, since a damaged session can also be found when it is first opened.
 */
export class DataProblems {
  #files = $state<QuarantinedFile[]>([]);
  #dismissed = $state<string[]>([]);

  constructor(
    private readonly api: Api,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.sessionStorage ?? null,
  ) {
    try {
      this.#dismissed = JSON.parse(storage?.getItem(DISMISSED_KEY) ?? '[]');
    } catch {
      this.#dismissed = [];
    }
  }

  /** Those not dismissed yet. */
  get visible(): QuarantinedFile[] {
    return this.#files.filter((f) => !this.#dismissed.includes(f.movedTo));
  }

  async refresh(): Promise<void> {
    try {
      this.#files = (await this.api.call('app:info', {})).quarantined;
    } catch {
      // The banner is a courtesy: if the host can't answer, the views show their own errors.
    }
  }

  dismiss(): void {
    this.#dismissed = [...this.#dismissed, ...this.visible.map((f) => f.movedTo)];
    this.storage?.setItem(DISMISSED_KEY, JSON.stringify(this.#dismissed));
  }
}
