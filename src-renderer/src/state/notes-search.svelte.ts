import type { Api } from '../lib/api';
import type { SearchResults } from '../../../src-main/contract/sessions';
import { Loadable } from './loadable.svelte';

/** Full-text search across every session's notes and captures. */
export class NotesSearch extends Loadable<SearchResults> {
  #query = '';

  constructor(api: Api) {
    super(() => api.call('sessions:search', { query: this.#query }));
  }

  search(query: string): Promise<void> {
    if (!query.trim()) return Promise.resolve(this.clear());
    this.#query = query;
    return this.load();
  }

  clear(): void {
    this.reset();
  }
}
