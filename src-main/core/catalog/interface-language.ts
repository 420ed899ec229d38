import { z } from 'zod';
import { locales } from './compiled/runtime.js';

/** The interface language setting: one of the catalogs (the pseudo-locale included, for tests), or null for the system's. */
export const interfaceLanguageSchema = z.strictObject({
  locale: z.enum(locales).nullable(),
});
export type InterfaceLanguage = z.infer<typeof interfaceLanguageSchema>;
