import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Session } from '../../core/session/session-schema';
import { readDocument, syncDirectory, writeDocument } from './durable-file';
import type { StoreFs } from './file-system';
import { errnoOf } from '../errors';
import { asWriteFailed } from './store-errors';
import type { LibraryFile } from './library-file';

const JOURNAL = 'restore-journal.json';
const STAGING = 'restore-staging';
/** What a restore replaces, in the order it is swapped. */
const SWAPPED = ['sessions', 'library.json'] as const;

export interface RestoreData {
  library: LibraryFile;
  sessions: Session[];
}

interface Journal {
  aside: string;
}

const exists = (fs: StoreFs, path: string) =>
  fs.stat(path).then(
    () => true,
    (e) => (errnoOf(e) === 'ENOENT' ? false : Promise.reject(e)),
  );

/** Writes the restored data beside the live data, every file synced, before anything live is touched. */
export async function stageRestore(dataDir: string, data: RestoreData, fs: StoreFs): Promise<void> {
  const staging = join(dataDir, STAGING);
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(join(staging, 'sessions'), { recursive: true, mode: 0o700 });
  await writeDocument(join(staging, 'library.json'), data.library, { fs, syncDir: false });
  for (const s of data.sessions) await writeDocument(join(staging, 'sessions', `${s.id}.json`), s, { fs, syncDir: false });
  await syncDirectory(join(staging, 'sessions'), fs);
  await syncDirectory(staging, fs);
}

/**
 * Swaps the staged data in, all or nothing. A journal written first names the folder the old data
 * moves to; if the app dies part-way, the next start finishes the swap from the journal, so the
 * data is never a mix of old and restored. The old data is kept, never deleted.
 */
export async function swapInRestore(dataDir: string, fs: StoreFs, now = new Date()): Promise<string> {
  const aside = `before-restore-${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(2).toString('hex')}`;
  await writeDocument<Journal>(join(dataDir, JOURNAL), { aside }, { fs });
  await rollForward(dataDir, { aside }, fs);
  return join(dataDir, aside);
}

/** At start: completes a restore that was cut off. Returns the folder the old data went to, if any. */
export async function finishInterruptedRestore(dataDir: string, fs: StoreFs): Promise<string | null> {
  const path = join(dataDir, JOURNAL);
  const damaged = () => new Error(`${path} is damaged; move it away to start Secure Base.`);
  const journal = await readDocument<Journal>(path, {
    fs,
    parse(text) {
      let j: Partial<Journal> | null = null;
      try {
        j = JSON.parse(text);
      } catch {
        // Reported below, as any other damage.
      }
      if (typeof j?.aside !== 'string' || !/^before-restore-[\w-]+$/.test(j.aside)) throw damaged();
      return { aside: j.aside };
    },
  });
  if (journal === null) {
    // A staging folder without a journal is a restore that never started its swap: discard it.
    await fs.rm(join(dataDir, STAGING), { recursive: true, force: true });
    return null;
  }
  await rollForward(dataDir, journal, fs);
  return join(dataDir, journal.aside);
}

async function rollForward(dataDir: string, journal: Journal, fs: StoreFs): Promise<void> {
  const aside = join(dataDir, journal.aside);
  await fs.mkdir(aside, { recursive: true, mode: 0o700 });
  for (const name of SWAPPED) {
    const staged = join(dataDir, STAGING, name);
    const live = join(dataDir, name);
    if (!(await exists(fs, staged))) continue; // swapped in already
    if (await exists(fs, live)) {
      const target = (await exists(fs, join(aside, name))) ? join(aside, `${name}-${randomBytes(3).toString('hex')}`) : join(aside, name);
      await fs.rename(live, target);
    }
    await fs.rename(staged, live);
  }
  await syncDirectory(aside, fs);
  await syncDirectory(dataDir, fs);
  await fs.rm(join(dataDir, STAGING), { recursive: true, force: true });
  await fs.unlink(join(dataDir, JOURNAL));
  await syncDirectory(dataDir, fs);
}

/** What a restore needs of the store: to let go of the data it has open, and to open it again. */
export interface OpenData {
  /** Waits for writes under way, then refuses changes until the data is opened again. */
  close(): Promise<void>;
  reopen(): Promise<void>;
}

/**
 * Replaces all data with a restored backup, all or nothing: the open data is closed, the backup
 * staged beside it and swapped in under the journal, and the data opened again, whichever way it
 * went. The previous data is kept in a folder, whose path is returned.
 */
export async function replaceData(dataDir: string, data: RestoreData, fs: StoreFs, open: OpenData): Promise<string> {
  await open.close();
  try {
    await stageRestore(dataDir, data, fs);
  } catch (err) {
    // Nothing live was touched yet: the data is as it was.
    await open.reopen();
    throw asWriteFailed(err, dataDir);
  }
  let previousDataIn: string | null;
  try {
    previousDataIn = await swapInRestore(dataDir, fs);
  } catch {
    // The journal is on disk: finishing the swap now is what the next start would do.
    previousDataIn = await finishInterruptedRestore(dataDir, fs).catch(async (err) => {
      // The disk refuses: the next start finishes the swap from the journal.
      await open.reopen().catch(() => {});
      throw asWriteFailed(err, dataDir);
    });
  }
  await open.reopen();
  return previousDataIn ?? dataDir;
}
