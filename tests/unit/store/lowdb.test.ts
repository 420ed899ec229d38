import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { openStore } from '../../../src-main/services/store/store';
import { emptyLibrary } from '../../../src-main/services/store/library-file';
import { nodeFs, type StoreFs } from '../../../src-main/services/store/file-system';
import { sampleSession, tempDataDir } from './helpers';

let data: ReturnType<typeof tempDataDir>;
beforeEach(() => (data = tempDataDir()));
afterEach(() => {
  vi.restoreAllMocks();
  data.cleanup();
});

/**
 * Counts lowdb's own read() and write() calls, and which file operations of the store happen
 * inside one: every file the store writes must be written by `Low.write()`, and every document
 * it reads (library, sessions, the index, a restore's journal) read by `Low.read()`.
 */
function watchLowdb() {
  const inside = { read: 0, write: 0 };
  const calls = { read: 0, write: 0 };
  for (const method of ['read', 'write'] as const) {
    const original = Low.prototype[method];
    vi.spyOn(Low.prototype, method).mockImplementation(async function (this: Low<unknown>) {
      calls[method]++;
      inside[method]++;
      try {
        return await original.call(this);
      } finally {
        inside[method]--;
      }
    });
  }
  const writes: { path: string; byLowdb: boolean }[] = [];
  const reads: { path: string; byLowdb: boolean }[] = [];
  const fs: StoreFs = {
    ...nodeFs,
    open: (path, flags, mode) => {
      if (flags === 'w') writes.push({ path, byLowdb: inside.write > 0 });
      return nodeFs.open(path, flags, mode);
    },
    readFile: (path, encoding) => {
      reads.push({ path, byLowdb: inside.read > 0 });
      return nodeFs.readFile(path, encoding);
    },
  };
  return { fs, calls, writes, reads };
}

describe("the store reads and writes through lowdb's own calls", () => {
  it('opens, saves notes, settings and sessions, writes the index and restores, all by Low.read() and Low.write()', async () => {
    const watch = watchLowdb();
    const store = await openStore(data.dir, { fs: watch.fs, indexDelayMs: 5 });
    const session = sampleSession();
    await store.createSession(session);
    await Promise.all([
      store.updateSession(session.id, (s) => void (s.notes.session = 'First')),
      store.updateSession(session.id, (s) => void (s.notes.session = 'Second')),
    ]);
    await store.updateSettings({ facilitatorName: 'Sam' });
    await store.flush();
    await store.replaceAll({ library: emptyLibrary(), sessions: [sampleSession()] });
    await store.close();

    const reopened = await openStore(data.dir, { fs: watch.fs });
    expect((await reopened.listSessions()).length).toBe(1);
    await reopened.close();

    expect(watch.writes.length).toBeGreaterThan(5);
    expect(watch.writes.filter((w) => !w.byLowdb)).toEqual([]);
    // Every document read is lowdb's (the lock file is not a document, and is read apart).
    expect(watch.reads.filter((r) => r.path.endsWith('.json')).length).toBeGreaterThan(3);
    expect(watch.reads.filter((r) => r.path.endsWith('.json') && !r.byLowdb)).toEqual([]);
    // One file write per lowdb write: nothing writes around it, and lowdb writes nothing twice.
    expect(watch.calls.write).toBe(watch.writes.length);
  });

  it('a document that lowdb finds missing opens empty; one that does not validate never becomes data', async () => {
    writeFileSync(join(data.dir, 'library.json'), JSON.stringify({ schemaVersion: 1, workshops: 'not a list', settings: {} }));
    const watch = watchLowdb();
    const store = await openStore(data.dir, { fs: watch.fs });
    expect(await store.readLibrary()).toEqual(emptyLibrary());
    expect(store.quarantine.files.map((f) => f.file)).toEqual([join(data.dir, 'library.json')]);
    expect(watch.calls.read).toBeGreaterThanOrEqual(2);
    await store.close();
  });
});
