import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { nodeFs, type StoreFs } from './file-system';

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
