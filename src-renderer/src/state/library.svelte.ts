import type { Api } from '../lib/api';
import type { LibraryListing } from '../../../src-main/contract';

export class LibraryState {
  #listing = $state<LibraryListing | null>(null);
  #error = $state<string | null>(null);

  constructor(private readonly api: Api) {}

  get listing() {
    return this.#listing;
  }
  get error() {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#listing = await this.api.call('workshops:list', {});
      this.#error = null;
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }
}
