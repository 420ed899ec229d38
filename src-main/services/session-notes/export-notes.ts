import { join } from 'node:path';
import type { Activity } from '../../core/workshop/activity-schema';
import type { Session } from '../../core/session/session-schema';
import { sessionRecord } from '../../core/session/session-record';
import { notesMarkdown } from '../../core/session/notes-markdown';
import type { Locale } from '../../core/catalog/locale';
import type { SavedExport } from '../../contract/sessions';
import { writeFileAtomic } from '../store/durable-file';
import { asWriteFailed } from '../store/store-errors';

/** The export's file name: the session id already says the date and is safe in a URL. */
export const notesFileName = (sessionId: string): string => `notes-${sessionId}.md`;

/**
 * Writes one session's notes as Markdown into exports/. Exporting again replaces the file, so the
 * folder holds the latest notes of each session, not a pile of copies.
 */
export async function exportNotes(
  exportsDir: string,
  session: Session,
  activities: readonly Activity[] | undefined,
  locale: Locale = 'en',
  now = new Date(),
): Promise<SavedExport> {
  const text = notesMarkdown(sessionRecord(session, activities, locale), now.toISOString(), locale);
  const file = notesFileName(session.id);
  const path = join(exportsDir, file);
  try {
    await writeFileAtomic(path, text);
  } catch (err) {
    throw asWriteFailed(err, path);
  }
  return { id: file, fileName: file, path, bytes: Buffer.byteLength(text) };
}
