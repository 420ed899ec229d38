import { join } from 'node:path';
import { libraryMigrations } from '../../core/migrations/library-migrations';
import type { StoreFs } from './file-system';
import { CorruptFileError, NewerFileError, documentFile } from './json-file';
import type { QuarantineReport } from './quarantine';
import { emptyLibrary, libraryFileSchema, type LibraryFile } from './library-file';
import { StoredDoc, type StoredDocOptions } from './stored-doc';
import { checkedBy } from './store-errors';

export const LIBRARY_FILE = 'library.json';

/** Refusing to start beats starting empty and later overwriting data a newer version saved. */
export class NewerLibraryError extends Error {}

/** The library document: the facilitator's own workshops and settings, always loaded (it is small). */
export async function openLibrary(dataDir: string, fs: StoreFs, report: QuarantineReport): Promise<StoredDoc<LibraryFile>> {
  const file = documentFile<LibraryFile>(join(dataDir, LIBRARY_FILE), libraryFileSchema, libraryMigrations, fs);
  const options: StoredDocOptions<LibraryFile> = { check: checkedBy(libraryFileSchema, 'library') };
  try {
    return await StoredDoc.read(file, emptyLibrary(), options);
  } catch (err) {
    if (err instanceof NewerFileError) {
      throw new NewerLibraryError(
        `${err.message}. Start the newer version of Secure Base, or move the file away to start with an empty library.`,
      );
    }
    if (!(err instanceof CorruptFileError)) throw err;
    await report.setAside(file.path, err.problems.map((p) => `${p.path}: ${p.message}`).join('; '), { fs });
    // Read again: with the damaged file moved aside, the library starts empty.
    return StoredDoc.read(file, emptyLibrary(), options);
  }
}
