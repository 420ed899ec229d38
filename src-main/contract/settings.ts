import { z } from 'zod';
import { channel } from './channel';
import { supportSchema, type Support } from '../core/handout/support';
import { interfaceLanguageSchema, type InterfaceLanguage } from '../core/catalog/interface-language';

export const supportChannels = {
  /** Local support printed on every participant pack: a named contact, a helpline, a website. */
  'support:get': channel<z.ZodObject<{}>, Support>(z.strictObject({})),
  'support:save': channel<typeof supportSchema, Support>(supportSchema),
  /** The interface's language, or null until the facilitator picks one (then the system's language is used). */
  'language:get': channel<z.ZodObject<{}>, InterfaceLanguage>(z.strictObject({})),
  'language:save': channel<typeof interfaceLanguageSchema, InterfaceLanguage>(interfaceLanguageSchema),
};
