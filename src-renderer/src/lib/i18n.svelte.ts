import { getContext, setContext } from 'svelte';
// The catalogs come from ./catalog/, the renderer's generated copy of src-main/core/catalog (npm run messages).
import { setLocale, type Locale } from './catalog/compiled/runtime.js';
import { catalogLocale, stageLocaleFor } from './catalog/locale-tags';
import { directionOf } from './catalog/language-tag';

export { m } from './catalog/compiled/messages.js';
export { INTERFACE_LOCALES, preferredInterfaceLocale } from './catalog/locale-tags';
export { directionOf, languageName } from './catalog/language-tag';
export type { Locale };

/** The interface's language: what the console, library, editor and dialogs speak. */
export const interfaceLanguage = $state<{ locale: Locale }>({ locale: 'en' });

/** Switches the interface's words, and the page's lang and direction, to a language. */
export function applyInterfaceLanguage(locale: Locale): void {
  setLocale(locale, { reload: false });
  interfaceLanguage.locale = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

/** Options that make a message speak a given language instead of the interface's: `m.key({}, inLanguage('ar'))`. */
export const inLanguage = (tag: string | undefined): { locale: Locale } => ({ locale: catalogLocale(tag) });

const STAGE = Symbol('stage-language');

/**
 * The projector speaks the workshop's language, which may differ from the interface's (the console's preview
 * of the projector too). Stage.svelte provides it; stage components read it with `useStageLanguage()`.
 */
export const provideStageLanguage = (lang: () => string | undefined): void => void setContext(STAGE, lang);
export function useStageLanguage(): () => { locale: Locale } {
  const lang = getContext<(() => string | undefined) | undefined>(STAGE);
  return () => ({ locale: stageLocaleFor(lang?.(), interfaceLanguage.locale) });
}

/** Formats numbers, dates and times for the interface's language. */
export const formatNumber = (n: number): string => new Intl.NumberFormat(interfaceLanguage.locale).format(n);
export const formatTime = (d: Date | number): string =>
  new Intl.DateTimeFormat(interfaceLanguage.locale, { hour: '2-digit', minute: '2-digit' }).format(d);
export const formatDate = (d: Date | number): string =>
  new Intl.DateTimeFormat(interfaceLanguage.locale, { dateStyle: 'medium' }).format(d);
