import { z } from 'zod';
import { channel } from './channel';

/** A file in the data folder's exports/ folder, by name; never a path. */
export const exportIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}\.(pdf|md|json|txt)$/, 'not an exported file');
export const exportRef = z.strictObject({ id: exportIdSchema });

export interface ExportSaved {
  /** False when the facilitator cancelled, or where the browser downloads the file itself. */
  saved: boolean;
  path?: string;
}

export const exportChannels = {
  /** Desktop: ask where to save an exported file and copy it there. */
  'exports:save': channel<typeof exportRef, ExportSaved>(exportRef),
  /** Desktop: open an exported file (or its saved copy) in the system's viewer. */
  'exports:open': channel<typeof exportRef, { opened: boolean }>(exportRef),
};
