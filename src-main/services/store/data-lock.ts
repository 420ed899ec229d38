import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { nodeFs, type StoreFs } from './file-system';
import { errnoOf } from '../errors';

export const LOCK_FILE = 'secure-base.lock';

interface LockHolder {
  pid: number;
  machine: string;
  /** Which host holds it: "electron" or "web" (the browser host). */
  owner: string;
  startedAt: string;
  nonce: string;
}

/** Another running copy of Secure Base has this data folder open. */
export class DataFolderInUse extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | null,
  ) {
    const app = holder?.owner === 'web' ? 'the browser version' : holder?.owner === 'cli' ? 'the command line' : 'the desktop app';
    const where = holder && holder.machine !== hostname() ? ` on ${holder.machine}` : '';
    const who = holder ? `${app}, process ${holder.pid}${where}, started ${holder.startedAt}` : 'another copy that is starting up';
    super(
      `Secure Base is already open with this data folder (${who}). Close that copy first, then start again. ` +
        `If no other copy is running, delete ${lockFile}.`,
    );
  }
}

export interface DataLock {
  readonly file: string;
  release(): Promise<void>;
}

/** Lock files this process holds, so opening the same folder twice in one process is refused too. */
const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoOf(err) === 'EPERM';
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readHolder(file: string, fs: StoreFs): Promise<LockHolder | null | 'gone'> {
  try {
    const h = JSON.parse(await fs.readFile(file, 'utf8')) as LockHolder;
    return Number.isInteger(h?.pid) && typeof h.machine === 'string' ? h : null;
  } catch (err) {
    return errnoOf(err) === 'ENOENT' ? 'gone' : null;
  }
}

/**
 * Take the data folder for this process. A lock left by a process that no longer runs (a crash, a
 * power cut) is stale and taken over; one held by a live process, or by another computer sharing
 * the folder, is refused with a message that says who holds it.
 */
export async function lockDataFolder(dataDir: string, owner: string, fs: StoreFs = nodeFs): Promise<DataLock> {
  const file = join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    machine: hostname(),
    owner,
    startedAt: new Date().toISOString(),
    nonce: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const handle = await fs.open(file, 'wx', 0o600);
      // No fsync: a lock lost in a crash is harmless, and start-up should not wait for the disk.
      try {
        await handle.writeFile(JSON.stringify(me), 'utf8');
      } finally {
        await handle.close();
      }
      const check = await readHolder(file, fs);
      if (check === 'gone' || check === null || check.nonce !== me.nonce) continue;
      heldHere.add(file);
      return { file, release: () => release(file, me.nonce, fs) };
    } catch (err) {
      if (errnoOf(err) !== 'EEXIST') throw err;
    }
    const holder = await readHolder(file, fs);
    if (holder === 'gone') continue;
    if (holder === null) {
      // Empty or half-written: either a copy is starting right now, or one crashed while starting.
      const age = await fs.stat(file).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age < 2000) {
        await wait(100);
        continue;
      }
    } else {
      const stale = holder.machine === me.machine && (holder.pid === process.pid ? !heldHere.has(file) : !isRunning(holder.pid));
      if (!stale) throw new DataFolderInUse(file, holder);
    }
    await fs.unlink(file).catch(() => {});
  }
  throw new DataFolderInUse(file, null);
}

async function release(file: string, nonce: string, fs: StoreFs): Promise<void> {
  heldHere.delete(file);
  const holder = await readHolder(file, fs);
  if (holder !== 'gone' && holder !== null && holder.nonce === nonce) await fs.unlink(file).catch(() => {});
}
