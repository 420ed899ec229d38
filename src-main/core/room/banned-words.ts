/**
 * The facilitator's banned words. A text is held back when one of them appears in it as a whole word
 * (or, for an entry of several words, as the same words in a row), whatever the case and accents:
 * "Jose" matches "JOSÉ", "ass" does not match "class".
 */

/** Invisible characters: format characters, zero-width spaces and joiners, direction marks, soft hyphens. */
export const INVISIBLE = /[\p{Cf}\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/gu;

/**
 * Lower case with accents folded away: "Ève" -> "eve", "Straße" -> "strasse". Invisible format
 * characters (zero-width spaces, direction marks) are dropped, so "Jo\u200Bsé" is still "jose".
 */
export function foldText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/ß/g, 'ss');
}

/** The words of a text, folded; apostrophes inside a word keep it whole ("don't"). */
export function wordsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Most entries the list holds, and the longest entry, so a settings file stays small. */
export const MAX_BANNED_WORDS = 500;
export const MAX_BANNED_WORD_LENGTH = 60;

/** The list as the facilitator typed it (one per line or comma), cleaned: trimmed, empty and repeated entries dropped. */
export function parseBannedWords(typed: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of typed.split(/[\n,;]/)) {
    const entry = raw.trim().replace(/\s+/g, ' ');
    const key = wordsOf(entry).join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}

/** The first banned entry found in the text, or null. */
export function bannedWordIn(text: string, banned: readonly string[]): string | null {
  if (banned.length === 0) return null;
  const words = wordsOf(text);
  if (words.length === 0) return null;
  for (const entry of banned) {
    const needle = wordsOf(entry);
    if (needle.length === 0 || needle.length > words.length) continue;
    for (let i = 0; i + needle.length <= words.length; i++) if (needle.every((w, j) => words[i + j] === w)) return entry;
  }
  return null;
}
