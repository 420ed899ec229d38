// A language tag's first subtag, direction and name: plain functions with no imports, for pages that load only what
// they need (the phone's). The workshop's language module re-exports them.

/** The first subtag, lower-cased: "es-419" -> "es". */
export const primaryLanguage = (tag: string): string => tag.split('-')[0].toLowerCase();

/** Scripts written from the right: Arabic, Hebrew, Persian, Urdu and their neighbours. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

export type TextDirection = 'ltr' | 'rtl';

export const directionOf = (tag: string): TextDirection => (RIGHT_TO_LEFT.has(primaryLanguage(tag)) ? 'rtl' : 'ltr');

/** A language's name in that language, as a speaker would look for it in a list. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // An unusual tag without a name falls through to the tag itself.
  }
  return tag;
}
