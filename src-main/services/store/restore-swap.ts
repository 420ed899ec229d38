import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Session } from '../../core/session/session-schema';
import { syncDirectory, writeFileAtomic } from './atomic-file';
import type { StoreFs } from './file-system';
import { errnoOf } from '../errors';
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
  await writeFileAtomic(join(staging, 'library.json'), JSON.stringify(data.library), fs, { syncDir: false });
  for (const s of data.sessions) {
    await writeFileAtomic(join(staging, 'sessions', `${s.id}.json`), JSON.stringify(s), fs, { syncDir: false });
  }
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
  await writeFileAtomic(join(dataDir, JOURNAL), JSON.stringify({ aside } satisfies Journal), fs);
  await rollForward(dataDir, { aside }, fs);
  return join(dataDir, aside);
}

/** At start: completes a restore that was cut off. Returns the folder the old data went to, if any. */
export async function finishInterruptedRestore(dataDir: string, fs: StoreFs): Promise<string | null> {
  let journal: Journal;
  try {
    journal = JSON.parse(await fs.readFile(join(dataDir, JOURNAL), 'utf8')) as Journal;
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') {
      // A staging folder without a journal is a restore that never started its swap: discard it.
      await fs.rm(join(dataDir, STAGING), { recursive: true, force: true });
      return null;
    }
    throw err;
  }
  if (typeof journal?.aside !== 'string' || !/^before-restore-[\w-]+$/.test(journal.aside)) {
    throw new Error(`${join(dataDir, JOURNAL)} is damaged; move it away to start Secure Base.`);
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
