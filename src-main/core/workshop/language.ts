import { z } from 'zod';

/** The language a workshop or bank is written in when its file does not say: files from before languages. */
export const DEFAULT_LANGUAGE = 'en';

/** True for a well-formed BCP 47 language tag ("en", "es-419", "ar"). */
export function isLanguageTag(tag: string): boolean {
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const languageTagSchema = z
  .string()
  .max(35)
  .refine(isLanguageTag, { message: 'use a BCP 47 language tag, e.g. "en", "es" or "ar"' });

export { directionOf, languageName, primaryLanguage, type TextDirection } from '../catalog/language-tag';
