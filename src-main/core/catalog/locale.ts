import type { Locale } from './compiled/runtime.js';

export { directionOf, languageName, primaryLanguage, type TextDirection } from '../workshop/language';
import { catalogLocale } from './locale-tags';
import { primaryLanguage } from './language-tag';

export { INTERFACE_LOCALES, catalogLocale, isCatalogLocale, preferredInterfaceLocale } from './locale-tags';

export { m } from './compiled/messages.js';
export type { Locale };

/** The pseudo-locale: accented English about 40% longer, for tests that look for clipped text. */
export const PSEUDO_LOCALE: Locale = 'en-XA';

/**
 * The projector's fixed words: the workshop's language, or the interface's own variant of that language
 * (English workshops speak the pseudo-locale while the interface does, so tests see the projector in it too).
 */
export function stageLocaleFor(workshopLang: string | undefined, interfaceLocale: Locale): Locale {
  const workshop = catalogLocale(workshopLang);
  return primaryLanguage(workshop) === primaryLanguage(interfaceLocale) ? interfaceLocale : workshop;
}
