import { join } from 'node:path';
import { libraryMigrations } from '../../core/session/migrations/library-migrations';
import type { StoreFs } from './file-system';
import { CorruptFileError, NewerFileError, ValidatedJsonFile } from './json-file';
import type { QuarantineReport } from './quarantine';
import { emptyLibrary, libraryFileSchema, type LibraryFile } from './library-file';
import { StoredDoc } from './stored-doc';
import { checkedBy } from './store-errors';

export const LIBRARY_FILE = 'library.json';

/** Refusing to start beats starting empty and later overwriting data a newer version saved. */
export class NewerLibraryError extends Error {}

/** The library document: the facilitator's own workshops and settings, always loaded (it is small). */
export async function openLibrary(dataDir: string, fs: StoreFs, report: QuarantineReport): Promise<StoredDoc<LibraryFile>> {
  const adapter = new ValidatedJsonFile<LibraryFile>(join(dataDir, LIBRARY_FILE), libraryFileSchema, libraryMigrations, fs);
  let data: LibraryFile | null = null;
  try {
    data = await adapter.read();
  } catch (err) {
    if (err instanceof NewerFileError) {
      throw new NewerLibraryError(
        `${err.message}. Start the newer version of Secure Base, or move the file away to start with an empty library.`,
      );
    }
    if (!(err instanceof CorruptFileError)) throw err;
    await report.setAside(adapter.path, err.problems.map((p) => `${p.path}: ${p.message}`).join('; '), { fs });
  }
  return new StoredDoc(adapter, data ?? emptyLibrary(), checkedBy(libraryFileSchema, 'library'));
}
