import type { Api } from '../lib/api';
import type { LibraryListing } from '../../../src-main/contract';
import { Loadable } from './loadable.svelte';

/** The library: built-in and own workshops as cards, and templates that could not be read. */
export class LibraryState extends Loadable<LibraryListing> {
  constructor(api: Api) {
    super(() => api.call('workshops:list', {}));
  }
}
