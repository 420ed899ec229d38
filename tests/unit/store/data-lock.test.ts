import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../src-main/services/store/store';
import { DataFolderInUse, LOCK_FILE } from '../../../src-main/services/store/data-lock';
import { tempDataDir } from './helpers';

let data: ReturnType<typeof tempDataDir>;
const lockFile = () => join(data.dir, LOCK_FILE);
const holder = (pid: number, owner = 'web') =>
  JSON.stringify({ pid, machine: hostname(), owner, startedAt: '2025-03-12T09:00:00.000Z', nonce: 'abc' });

beforeEach(() => (data = tempDataDir()));
afterEach(() => data.cleanup());

describe('one copy of the app per data folder', () => {
  it('refuses a second store on the same folder, and allows it once the first is closed', async () => {
    const first = await openStore(data.dir, { owner: 'web' });
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
    await expect(openStore(data.dir, { owner: 'electron' })).rejects.toBeInstanceOf(DataFolderInUse);
    await expect(openStore(data.dir)).rejects.toThrow(/already open with this data folder \(the browser version, process \d+/);
    await first.close();
    expect(existsSync(lockFile())).toBe(false);
    const second = await openStore(data.dir);
    await second.close();
  });

  it('refuses a folder held by another running process, naming it', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(lockFile(), holder(child.pid!, 'electron'));
      const err = await openStore(data.dir).catch((e: Error) => e);
      expect(err).toBeInstanceOf(DataFolderInUse);
      expect((err as Error).message).toContain(`the desktop app, process ${child.pid}`);
      expect((err as Error).message).toContain(lockFile());
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that has died', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(lockFile(), holder(Number(dead.stdout.toString())));
    const store = await openStore(data.dir);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('takes over an empty lock file left by a crash during start', async () => {
    writeFileSync(lockFile(), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile(), old, old);
    const store = await openStore(data.dir);
    await store.close();
  });
});
