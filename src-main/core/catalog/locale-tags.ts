// Which catalog speaks a language tag. Apart from locale.ts so a page that loads only its own messages (the
// phone's) can use it without importing `m`, which holds every message of the app.
import { baseLocale, locales, type Locale } from './compiled/runtime.js';
import { primaryLanguage } from './language-tag';

/** The languages a person can pick for the interface, in the order the picker lists them. */
export const INTERFACE_LOCALES = ['en', 'es', 'ar'] as const satisfies readonly Locale[];

export const isCatalogLocale = (tag: string): tag is Locale => (locales as readonly string[]).includes(tag);

/**
 * The catalog that speaks a BCP 47 tag: the tag itself, else its first subtag ("es-419" -> "es"),
 * else English. A workshop in a language with no catalog keeps its own text; only fixed words fall back.
 */
export function catalogLocale(tag: string | undefined): Locale {
  if (!tag) return baseLocale;
  if (isCatalogLocale(tag)) return tag;
  const primary = primaryLanguage(tag);
  return isCatalogLocale(primary) ? primary : baseLocale;
}

/** The first of the system's or browser's languages the interface speaks, English otherwise. */
export function preferredInterfaceLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = primaryLanguage(tag);
    const match = INTERFACE_LOCALES.find((l) => l === tag || l === primary);
    if (match) return match;
  }
  return baseLocale;
}

/**
 * The projector's fixed words: the workshop's language, or the interface's own variant of that language
 * (English workshops speak the pseudo-locale while the interface does, so tests see the projector in it too).
 */
export function stageLocaleFor(workshopLang: string | undefined, interfaceLocale: Locale): Locale {
  const workshop = catalogLocale(workshopLang);
  return primaryLanguage(workshop) === primaryLanguage(interfaceLocale) ? interfaceLocale : workshop;
}
