import { z } from 'zod';
import { channel } from './channel';
import { supportSchema, type Support } from '../core/handout/support';

export const supportChannels = {
  /** Local support printed on every participant pack: a named contact, a helpline, a website. */
  'support:get': channel<z.ZodObject<{}>, Support>(z.strictObject({})),
  'support:save': channel<typeof supportSchema, Support>(supportSchema),
};
