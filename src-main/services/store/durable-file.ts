import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Low, type Adapter } from 'lowdb';
import { nodeFs, type StoreFs } from './file-system';
import { errnoOf } from '../errors';

export const TEMP_MARK = '.tmp-';

/**
 * Replace a file so that a crash at any moment leaves either the old or the new content:
 * write a temp file beside it, fsync it, rename it over the target, then fsync the directory
 * so the rename itself is durable. `syncDir: false` lets a caller writing many files sync once.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: StoreFs = nodeFs,
  options: { syncDir?: boolean } = {},
): Promise<void> {
  const temp = join(dirname(path), `${basename(path)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
  const handle = await fs.open(temp, 'w', 0o600);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => {});
    await fs.unlink(temp).catch(() => {});
    throw err;
  }
  await handle.close();
  try {
    await renameRetrying(fs, temp, path);
  } catch (err) {
    await fs.unlink(temp).catch(() => {});
    throw err;
  }
  if (options.syncDir !== false) await syncDirectory(dirname(path), fs);
}

export interface DurableFileOptions<T> {
  /** Text to document; throws when the text does not hold a valid document. JSON.parse by default. */
  parse?: (text: string) => T;
  fs?: StoreFs;
  /** False when the caller writes many files into one folder and syncs the folder once itself. */
  syncDir?: boolean;
}

/**
 * lowdb's adapter for the data folder. lowdb's own file adapter (steno) writes a temp file and
 * renames it but never fsyncs, so a power cut can leave an empty file; this one syncs the file and
 * its folder, retries the rename where Windows holds the target, and reads through `parse`, so a
 * file that is not a valid document never becomes `db.data`.
 */
export class DurableFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly options: DurableFileOptions<T> = {},
  ) {}

  /** The document, or null when there is no file yet (lowdb then keeps its default data). */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await (this.options.fs ?? nodeFs).readFile(this.path, 'utf8');
    } catch (err) {
      if (errnoOf(err) === 'ENOENT') return null;
      throw err;
    }
    return this.options.parse ? this.options.parse(text) : (JSON.parse(text) as T);
  }

  write(data: T): Promise<void> {
    return writeFileAtomic(this.path, JSON.stringify(data), this.options.fs, { syncDir: this.options.syncDir });
  }
}

/** Writes a document once through lowdb (a restore's staged files, its journal). */
export const writeDocument = <T>(path: string, data: T, options: DurableFileOptions<T> = {}): Promise<void> =>
  new Low(new DurableFile<T>(path, options), data).write();

/** Reads a document through lowdb; null when there is no file. */
export async function readDocument<T>(path: string, options: DurableFileOptions<T | null> = {}): Promise<T | null> {
  const db = new Low<T | null>(new DurableFile<T | null>(path, options), null);
  await db.read();
  return db.data;
}

const WINDOWS = process.platform === 'win32';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * On Windows a virus scanner or the search indexer may hold the target open for a moment, and the
 * rename fails with EPERM, EACCES or EBUSY; it succeeds when tried again shortly after.
 */
async function renameRetrying(fs: StoreFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!WINDOWS || attempt >= 8 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw err;
      await wait(15 * 2 ** attempt);
    }
  }
}

export async function syncDirectory(dir: string, fs: StoreFs = nodeFs): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (WINDOWS) return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp files left by a crash mid-write: the target still holds its previous content, so they can go. */
export async function removeStaleTemps(dir: string, fs: StoreFs = nodeFs): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (name.includes(TEMP_MARK))
      await fs.unlink(join(dir, name)).then(
        () => removed++,
        () => {},
      );
  }
  return removed;
}
