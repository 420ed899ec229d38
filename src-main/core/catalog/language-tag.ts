// A language tag's first subtag and direction: plain functions with no imports, for pages that load only what
// they need (the phone's). The workshop's language module re-exports them.

/** The first subtag, lower-cased: "es-419" -> "es". */
export const primaryLanguage = (tag: string): string => tag.split('-')[0].toLowerCase();

/** Scripts written from the right: Arabic, Hebrew, Persian, Urdu and their neighbours. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

export type TextDirection = 'ltr' | 'rtl';

export const directionOf = (tag: string): TextDirection => (RIGHT_TO_LEFT.has(primaryLanguage(tag)) ? 'rtl' : 'ltr');
