import type { Api } from '../lib/api';
import type { LibraryListing, WorkshopCard, WorkshopLanguage } from '../../../src-main/contract';
import { Loadable } from './loadable.svelte';

/** Shows every workshop, whatever its language. */
export const ALL_LANGUAGES = 'all';

/** The library: built-in and own workshops as cards, and templates that could not be read; filtered by language. */
export class LibraryState extends Loadable<LibraryListing> {
  #language = $state(ALL_LANGUAGES);

  constructor(api: Api) {
    super(() => api.call('workshops:list', {}));
  }

  /** The language shown: a workshop's `lang`, or ALL_LANGUAGES. */
  get language(): string {
    return this.#language;
  }
  set language(lang: string) {
    this.#language = lang;
  }

  /** The languages the library holds, each once, in the order their first workshop comes. */
  get languages(): WorkshopLanguage[] {
    const all = (this.data?.workshops ?? []).map((w) => w.language);
    return all.filter((l, i) => all.findIndex((x) => x.lang === l.lang) === i);
  }

  /** The cards to show under the chosen language. */
  get visible(): WorkshopCard[] {
    const all = this.data?.workshops ?? [];
    return this.#language === ALL_LANGUAGES ? all : all.filter((w) => w.language.lang === this.#language);
  }
}
