import type { Locale } from './compiled/runtime.js';

export { directionOf, languageName, primaryLanguage, type TextDirection } from './language-tag';
export { INTERFACE_LOCALES, catalogLocale, isCatalogLocale, preferredInterfaceLocale, stageLocaleFor } from './locale-tags';

export { m } from './compiled/messages.js';
export type { Locale };

/** The pseudo-locale: accented English about 40% longer, for tests that look for clipped text. */
export const PSEUDO_LOCALE: Locale = 'en-XA';
