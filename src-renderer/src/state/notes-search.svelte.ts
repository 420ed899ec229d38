import type { Api } from '../lib/api';
import type { SearchResults } from '../../../src-main/contract/sessions';

/** Full-text search across every session's notes and captures. */
export class NotesSearch {
  #results = $state<SearchResults | null>(null);
  #searching = $state(false);
  #error = $state<string | null>(null);
  #asked = 0;

  constructor(private readonly api: Api) {}

  get results() {
    return this.#results;
  }
  get searching() {
    return this.#searching;
  }
  get error() {
    return this.#error;
  }

  async search(query: string): Promise<void> {
    if (!query.trim()) return this.clear();
    const asked = ++this.#asked;
    this.#searching = true;
    try {
      const results = await this.api.call('sessions:search', { query });
      // A slower, older search must not overwrite a newer one.
      if (asked === this.#asked) {
        this.#results = results;
        this.#error = null;
      }
    } catch (err) {
      if (asked === this.#asked) this.#error = (err as Error).message;
    } finally {
      if (asked === this.#asked) this.#searching = false;
    }
  }

  clear(): void {
    this.#asked++;
    this.#results = null;
    this.#error = null;
    this.#searching = false;
  }
}
