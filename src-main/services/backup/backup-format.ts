import { z } from 'zod';
import { sessionSchema, type Session } from '../../core/session/session-schema';
import { sessionMigrations } from '../../core/migrations/session-migrations';
import { libraryMigrations } from '../../core/migrations/library-migrations';
import type { Problem } from '../../core/result';
import { problemsOf } from '../../core/validation';
import { checkDocument } from '../store/json-file';
import { libraryFileSchema, type LibraryFile } from '../store/library-file';
import type { RestoreData } from '../store/restore-swap';

export const BACKUP_FORMAT = 'secure-base-backup';
export const BACKUP_VERSION = 1;

/** The outside of a backup file; what it holds is checked with the same migrations and schemas as the store's own files. */
const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, 'this is not a Secure Base backup'),
  formatVersion: z.number().int().min(1).max(BACKUP_VERSION, 'made by a newer version of Secure Base'),
  createdAt: z.string(),
  appVersion: z.string().optional(),
  library: z.unknown(),
  sessions: z.array(z.unknown()),
});

/** What a backup file holds, as written. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  appVersion?: string;
  library: LibraryFile;
  sessions: Session[];
}

export const backupText = (library: LibraryFile, sessions: readonly Session[], createdAt: string, appVersion: string): string =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    createdAt,
    appVersion,
    library,
    sessions: [...sessions],
  } satisfies BackupFile);

const MAX_PROBLEMS = 20;
const under = (prefix: string, problems: Problem[]) => problems.map((p) => ({ ...p, path: prefix + p.path.slice(1) }));

/** Checks a whole backup; any problem anywhere means nothing is restored. */
export function readBackup(text: string): { ok: true; data: RestoreData; createdAt: string } | { ok: false; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '$', message: `not valid JSON (${(err as Error).message})` }] };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, problems: problemsOf(envelope.error) };
  const problems: Problem[] = [];
  const library = checkDocument(envelope.data.library, libraryFileSchema, libraryMigrations);
  if (!library.ok) problems.push(...under('$.library', library.problems));
  const sessions: Session[] = [];
  const seen = new Set<string>();
  envelope.data.sessions.forEach((s, i) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const checked = checkDocument(s, sessionSchema, sessionMigrations);
    if (!checked.ok) return void problems.push(...under(`$.sessions[${i}]`, checked.problems));
    if (seen.has(checked.value.id))
      return void problems.push({ path: `$.sessions[${i}].id`, message: `session "${checked.value.id}" appears twice` });
    seen.add(checked.value.id);
    sessions.push(checked.value);
  });
  if (problems.length || !library.ok) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, data: { library: library.value, sessions }, createdAt: envelope.data.createdAt };
}
