import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../../src-main/services/store/store';
import { WriteFailed } from '../../../src-main/services/store/store-errors';
import { dispatch } from '../../../src-main/services/dispatch';
import { sessionHandlers } from '../../../src-main/services/handlers/sessions';
import type { AppContext } from '../../../src-main/services/app-context';
import type { Handlers } from '../../../src-main/contract';
import { FaultyFs, sampleSession, tempDataDir } from './helpers';

let data: ReturnType<typeof tempDataDir>;
let faulty: FaultyFs;
let store: Store;
const sessionFile = (id: string) => join(data.dir, 'sessions', `${id}.json`);
const onDisk = (id: string) => JSON.parse(readFileSync(sessionFile(id), 'utf8'));
const isSession = (p: string) => p.includes('/sessions/s-');

beforeEach(async () => {
  data = tempDataDir();
  faulty = new FaultyFs();
  store = await openStore(data.dir, { fs: faulty.fs, indexDelayMs: 20 });
});
afterEach(async () => {
  faulty.faults = [];
  await store.close();
  data.cleanup();
});

async function savedSession() {
  const s = sampleSession();
  await store.createSession(s);
  await store.updateSession(s.id, (x) => void (x.notes.session = 'Saved before the fault.'));
  return s;
}

describe.each([
  { name: 'disk full', fault: { op: 'write', code: 'ENOSPC' }, message: /The disk is full \(ENOSPC\)/ },
  { name: 'no permission', fault: { op: 'open', code: 'EACCES' }, message: /not allowed to write .*\(EACCES\)/ },
  { name: 'read-only disk', fault: { op: 'open', code: 'EROFS' }, message: /read-only disk \(EROFS\)/ },
  { name: 'fsync fails', fault: { op: 'sync', code: 'EIO' }, message: /read or write error \(EIO\)/ },
  { name: 'rename refused', fault: { op: 'rename', code: 'EPERM' }, message: /refused .*\(EPERM\)/ },
] as const)('a failed write: $name', ({ fault, message }) => {
  it('is reported clearly, harms nothing saved, and the retry saves', async () => {
    const s = await savedSession();
    const before = readFileSync(sessionFile(s.id), 'utf8');
    faulty.faults = [{ ...fault, when: isSession }];
    const failed = store.updateSession(s.id, (x) => void (x.notes.session = 'Typed while the disk was full.'));
    await expect(failed).rejects.toBeInstanceOf(WriteFailed);
    await expect(failed).rejects.toThrow(message);
    // What was saved is untouched, on disk and in memory.
    expect(readFileSync(sessionFile(s.id), 'utf8')).toBe(before);
    expect((await store.getSession(s.id))?.notes.session).toBe('Saved before the fault.');
    expect(readdirSync(join(data.dir, 'sessions')).filter((n) => n.startsWith('s-') && n.includes('.tmp-'))).toEqual([]);
    // The fault clears; the view retries with the text it kept.
    faulty.faults = [];
    await store.updateSession(s.id, (x) => void (x.notes.session = 'Typed while the disk was full.'));
    expect(onDisk(s.id).notes.session).toBe('Typed while the disk was full.');
  });
});

describe('failed writes and the in-memory copy', () => {
  it('a failed change is not smuggled to disk by the next successful save', async () => {
    const s = await savedSession();
    faulty.faults = [{ op: 'write', code: 'ENOSPC', when: isSession, times: 1 }];
    const a = store.updateSession(s.id, (x) => void (x.notes.activities.welcome = 'A: lost to a full disk'));
    await expect(a).rejects.toThrow(/ENOSPC/);
    await store.updateSession(s.id, (x) => void (x.notes.activities.pairs = 'B: saved after'));
    const disk = onDisk(s.id);
    expect(disk.notes.activities).toEqual({ pairs: 'B: saved after' });
    expect((await store.getSession(s.id))?.notes.activities).toEqual({ pairs: 'B: saved after' });
  });

  it('saves queued behind a failing write get their own write', async () => {
    const s = await savedSession();
    faulty.faults = [{ op: 'sync', code: 'EIO', when: isSession, times: 1 }];
    const opened = faulty.count('open', isSession);
    const first = Promise.allSettled([store.updateSession(s.id, (x) => void (x.notes.session = 'first'))]);
    // The second save comes once the first one's write is under way, so it cannot share that write.
    await vi.waitFor(() => expect(faulty.count('open', isSession)).toBeGreaterThan(opened));
    const second = store.updateSession(s.id, (x) => void (x.notes.activities.pairs = 'second'));
    const results = [...(await first), ...(await Promise.allSettled([second]))];
    expect(results[0].status).toBe('rejected');
    expect(results[1].status).toBe('fulfilled');
    expect(onDisk(s.id).notes).toMatchObject({ session: 'Saved before the fault.', activities: { pairs: 'second' } });
  });

  it('a new session that cannot be written is not listed', async () => {
    faulty.faults = [{ op: 'write', code: 'ENOSPC', when: isSession }];
    const s = sampleSession();
    await expect(store.createSession(s)).rejects.toThrow(/ENOSPC/);
    expect(await store.listSessions()).toEqual([]);
    faulty.faults = [];
    await store.createSession(s);
    expect((await store.listSessions()).map((x) => x.id)).toEqual([s.id]);
  });

  it('a library write that fails leaves the workshops and settings as saved', async () => {
    await store.updateSettings({ facilitatorName: 'Sam' });
    faulty.faults = [{ op: 'write', code: 'ENOSPC', when: (p) => p.includes('library.json') }];
    await expect(store.updateSettings({ facilitatorName: 'Alex' })).rejects.toThrow(/disk is full/);
    expect((await store.getSettings()).facilitatorName).toBe('Sam');
  });

  it('a delete that fails keeps the session', async () => {
    const s = await savedSession();
    faulty.faults = [{ op: 'unlink', code: 'EACCES', when: isSession }];
    await expect(store.deleteSession(s.id)).rejects.toThrow(/EACCES/);
    faulty.faults = [];
    expect((await store.listSessions()).map((x) => x.id)).toEqual([s.id]);
    expect((await store.getSession(s.id))?.notes.session).toBe('Saved before the fault.');
  });

  it('crosses to the view as an io error with the reason (what "Not saved: …" shows)', async () => {
    const s = await savedSession();
    const ctx = { store } as unknown as AppContext;
    faulty.faults = [{ op: 'write', code: 'ENOSPC', when: isSession }];
    const result = await dispatch(sessionHandlers(ctx) as Handlers, 'notes:save', { sessionId: s.id, text: 'lost?' }, 'facilitator');
    expect(result).toEqual({ ok: false, error: { code: 'io', message: 'The disk is full (ENOSPC).' } });
  });
});

describe('a change that would make the session invalid', () => {
  it('is refused with the path of the problem, and nothing is written', async () => {
    const s = await savedSession();
    const before = readFileSync(sessionFile(s.id), 'utf8');
    const bad = store.updateSession(
      s.id,
      (x) => void (x.notes.captures = Array.from({ length: 2001 }, (_, i) => ({ id: `c-${1000 + i}`, at: x.createdAt, text: 'x' }))),
    );
    await expect(bad).rejects.toMatchObject({ code: 'invalid-input', extra: { path: '$.notes.captures' } });
    expect(readFileSync(sessionFile(s.id), 'utf8')).toBe(before);
  });
});
