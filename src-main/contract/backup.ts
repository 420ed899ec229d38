import { z } from 'zod';
import { channel } from './channel';
import type { SavedExport } from './sessions';

/** Pieces small enough for the browser host's 1 MiB request limit, even when every character is escaped. */
export const BACKUP_PART_CHARS = 250_000;

export const uploadIdSchema = z.string().regex(/^u-[a-z0-9]{8,40}$/, 'not an upload id');

export const backupUploadInput = z.strictObject({
  uploadId: uploadIdSchema,
  /** Parts arrive in order, starting at 0. */
  part: z.number().int().min(0).max(4000),
  text: z.string().max(BACKUP_PART_CHARS),
});

export const backupRestoreInput = z.strictObject({ uploadId: uploadIdSchema });

export interface BackupMade extends SavedExport {
  sessionCount: number;
  workshopCount: number;
}

export interface RestoreDone {
  sessionCount: number;
  workshopCount: number;
  /** Where the data that was replaced now is: nothing is deleted by a restore. */
  previousDataIn: string;
}

export const backupChannels = {
  /** All data (own workshops, settings, every session) in one file in exports/. */
  'backup:create': channel<z.ZodObject<{}>, BackupMade>(z.strictObject({})),
  /** One part of a backup file being restored; the host keeps the parts until backup:restore. */
  'backup:upload': channel<typeof backupUploadInput, { receivedChars: number }>(backupUploadInput),
  /** Checks the uploaded backup in full, then replaces all data with it, or changes nothing. */
  'backup:restore': channel<typeof backupRestoreInput, RestoreDone>(backupRestoreInput),
};
