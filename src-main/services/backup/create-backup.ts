import { join } from 'node:path';
import type { Session } from '../../core/session/session-schema';
import type { BackupMade } from '../../contract/backup';
import { writeFileAtomic } from '../store/durable-file';
import { asWriteFailed } from '../store/store-errors';
import type { Store } from '../store/store';
import { backupText } from './backup-format';

/** "secure-base-backup-2025-03-12-140512.json": sorts by date, and fits the exports download route. */
export const backupFileName = (now: Date): string =>
  `secure-base-backup-${now.toISOString().slice(0, 19).replace('T', '-').replace(/:/g, '')}.json`;

/** All data in one file in exports/: the facilitator's own workshops, settings, and every session. */
export async function createBackup(store: Store, exportsDir: string, appVersion: string, now = new Date()): Promise<BackupMade> {
  await store.flush();
  const library = await store.readLibrary();
  const sessions: Session[] = [];
  for await (const s of store.readSessions()) sessions.push(s as Session);
  const text = backupText(library, sessions, now.toISOString(), appVersion);
  const file = backupFileName(now);
  const path = join(exportsDir, file);
  try {
    await writeFileAtomic(path, text);
  } catch (err) {
    throw asWriteFailed(err, path);
  }
  return {
    id: file,
    fileName: file,
    path,
    bytes: Buffer.byteLength(text),
    sessionCount: sessions.length,
    workshopCount: library.workshops.length,
  };
}
