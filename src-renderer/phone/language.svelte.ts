// The phone page's own words: the phone's browser language when a catalog speaks it, otherwise the
// workshop's language once the room tells it, otherwise English. The question's text keeps the workshop's.
import { setLocale, type Locale } from '../src/lib/catalog/compiled/runtime.js';
import { catalogLocale, preferredInterfaceLocale } from '../src/lib/catalog/locale-tags';
import { directionOf, primaryLanguage } from '../src/lib/catalog/language-tag';
import * as m from './messages';

/** The first of the browser's languages a catalog speaks; null when none does. */
export function ownLocale(preferred: readonly string[]): Locale | null {
  const found = preferredInterfaceLocale(preferred);
  return found !== 'en' || preferred.some((tag) => primaryLanguage(tag) === 'en') ? found : null;
}

export class PhoneLanguage {
  /** What the page speaks now; the page re-renders when it changes (once, at most: when the workshop's language arrives). */
  locale = $state<Locale>('en');
  readonly #own: Locale | null;

  constructor(preferred: readonly string[]) {
    this.#own = ownLocale(preferred);
    this.#apply(this.#own ?? 'en');
  }

  /** The room said which language the workshop speaks: it becomes the page's when the browser's has no catalog. */
  follow(workshopLang: string | undefined): void {
    if (!this.#own && workshopLang) this.#apply(catalogLocale(workshopLang));
  }

  #apply(locale: Locale): void {
    if (locale === this.locale && document.documentElement.lang === locale) return;
    setLocale(locale, { reload: false });
    this.locale = locale;
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
    document.title = m.phone_join_title();
  }
}
