import { z } from 'zod';
import { workshopSchema } from '../../core/workshop/workshop-schema';
import { LIBRARY_SCHEMA_VERSION } from '../../core/migrations/library-migrations';
import { supportSchema } from '../../core/handout/support';
import { locales } from '../../core/catalog/compiled/runtime.js';

export { LIBRARY_SCHEMA_VERSION };

export const settingsSchema = z.strictObject({
  facilitatorName: z.string().max(200),
  theme: z.enum(['dark', 'light']),
  chime: z.boolean(),
  /** The display the projector window opened on last, by its id. */
  projectorDisplayId: z.number().int().optional(),
  /** Local support printed on every participant pack; absent until the facilitator enters it. */
  support: supportSchema.optional(),
  /** The room's port last time, so phones that joined before find it again. */
  roomPort: z.number().int().min(1024).max(65535).optional(),
  /** The address the facilitator picked for the room last time. */
  roomAddress: z.ipv4().optional(),
  /** How many phones a room takes. */
  roomMaxPhones: z.number().int().min(1).max(1000).optional(),
  /** The room's minimum group size k: a result phones answered shows once at least k answered (3 to 10, default 5). */
  roomMinGroup: z.number().int().min(3).max(10).optional(),
  /** Words that hold a phone's text back for the facilitator; empty by default. */
  roomBannedWords: z.array(z.string().min(1).max(60)).max(500).optional(),
  /** Whether phones may add a nickname to what they write; off by default. */
  roomNicknames: z.boolean().optional(),
  /** The interface's language; absent means the system's or browser's language. */
  interfaceLanguage: z.enum(locales).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { facilitatorName: '', theme: 'dark', chime: true };

export const libraryFileSchema = z.strictObject({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  workshops: z.array(workshopSchema),
  settings: settingsSchema,
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;

export const emptyLibrary = (): LibraryFile => ({
  schemaVersion: LIBRARY_SCHEMA_VERSION,
  workshops: [],
  settings: { ...DEFAULT_SETTINGS },
});
