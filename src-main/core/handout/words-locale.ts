import { catalogLocale, type Locale } from '../catalog/locale';

/**
 * The language of a printed set's fixed words (headings, labels, instructions): the workshop's, or
 * English for a workshop in a language without a catalog. `wordsLocale` is for tests only (the
 * pseudo-locale, to find text that clips); the interface never sets it.
 */
export const wordsLocaleOf = (workshop: { lang?: string }, wordsLocale?: Locale): Locale => wordsLocale ?? catalogLocale(workshop.lang);
