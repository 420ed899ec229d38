import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../../src-main/services/store/store';
import { LOCK_FILE } from '../../../src-main/services/store/data-lock';
import { FaultyFs, sampleSession, tempDataDir } from './helpers';

let data: ReturnType<typeof tempDataDir>;
let stores: Store[] = [];
const open = async (options: Parameters<typeof openStore>[1] = {}) => {
  const s = await openStore(data.dir, { indexDelayMs: 20, ...options });
  stores.push(s);
  return s;
};
/** As if the process had been killed: no flush, no index write, the lock left behind. */
const crash = (s: Store) => {
  stores = stores.filter((x) => x !== s);
  unlinkSync(join(data.dir, LOCK_FILE));
};

beforeEach(() => (data = tempDataDir()));
afterEach(async () => {
  for (const s of stores) await s.close();
  stores = [];
  data.cleanup();
});

describe('store: one file per session', () => {
  it('keeps each session in its own file, and the library apart', async () => {
    const store = await open();
    const a = sampleSession();
    const b = sampleSession();
    await store.createSession(a);
    await store.createSession(b);
    await store.updateSettings({ facilitatorName: 'Sam' });
    const files = readdirSync(join(data.dir, 'sessions')).filter((n) => n.startsWith('s-'));
    expect(files.sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
    expect(JSON.parse(readFileSync(join(data.dir, 'library.json'), 'utf8')).settings.facilitatorName).toBe('Sam');
  });

  it('saving a note rewrites only that session file (the index follows later, in the background)', async () => {
    const faulty = new FaultyFs();
    const store = await open({ fs: faulty.fs, indexDelayMs: 60_000 });
    const a = sampleSession();
    const b = sampleSession();
    await store.createSession(a);
    await store.createSession(b);
    await store.updateSettings({ chime: false });
    faulty.calls = [];
    await store.updateSession(a.id, (s) => void (s.notes.session = 'Quiet start.'));
    const written = faulty.calls.filter((c) => c.op === 'rename').map((c) => c.path);
    expect(written).toHaveLength(1);
    expect(written[0]).toContain(`${a.id}.json.tmp-`);
  });

  it('survives a restart with everything saved', async () => {
    const first = await open();
    const s = sampleSession();
    await first.createSession(s);
    await first.updateSession(s.id, (x) => {
      x.notes.session = 'Warm group.';
      x.notes.activities.pairs = 'Lots of laughter.';
    });
    await first.close();
    stores = [];
    const second = await open();
    const back = await second.getSession(s.id);
    expect(back?.notes.session).toBe('Warm group.');
    expect(back?.notes.activities.pairs).toBe('Lots of laughter.');
    expect((await second.listSessions()).map((x) => x.id)).toEqual([s.id]);
  });

  it('coalesces a burst of saves into few writes, and every save resolves with its text on disk', async () => {
    const faulty = new FaultyFs();
    const store = await open({ fs: faulty.fs });
    const s = sampleSession();
    await store.createSession(s);
    faulty.calls = [];
    const saves = Array.from({ length: 30 }, (_, i) => store.updateSession(s.id, (x) => void (x.notes.session = `draft ${i}`)));
    await Promise.all(saves);
    expect(faulty.count('rename')).toBeLessThanOrEqual(3);
    const onDisk = JSON.parse(readFileSync(join(data.dir, 'sessions', `${s.id}.json`), 'utf8'));
    expect(onDisk.notes.session).toBe('draft 29');
  });

  it('removes temp files left by a crash, and keeps the real file', async () => {
    const store = await open();
    const s = sampleSession();
    await store.createSession(s);
    await store.close();
    stores = [];
    const temp = join(data.dir, 'sessions', `${s.id}.json.tmp-abc123`);
    writeFileSync(temp, '{"half": ');
    writeFileSync(join(data.dir, 'library.json.tmp-def456'), '');
    const again = await open();
    expect(existsSync(temp)).toBe(false);
    expect(existsSync(join(data.dir, 'library.json.tmp-def456'))).toBe(false);
    expect(await again.getSession(s.id)).toBeDefined();
  });

  it('deletes a session: file gone, not listed, not back after a restart', async () => {
    const store = await open();
    const s = sampleSession();
    await store.createSession(s);
    expect(await store.deleteSession(s.id)).toBe(true);
    expect(await store.deleteSession(s.id)).toBe(false);
    expect(existsSync(join(data.dir, 'sessions', `${s.id}.json`))).toBe(false);
    await expect(store.updateSession(s.id, () => {})).rejects.toThrow(/No session/);
    await store.close();
    stores = [];
    expect(await (await open()).listSessions()).toEqual([]);
  });

  it('library changes: a workshop is saved and deleted', async () => {
    const store = await open();
    expect(await store.deleteUserWorkshop('nope')).toBe(false);
    expect(await store.getSettings()).toMatchObject({ theme: 'dark', chime: true });
    expect(await store.updateSettings({ theme: 'light' })).toMatchObject({ theme: 'light' });
  });
});

describe('store: the sessions index', () => {
  it('opens 50 sessions without reading their files when the index is current', async () => {
    const first = await open();
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const s = sampleSession();
      ids.push(s.id);
      await first.createSession(s);
    }
    await first.close();
    stores = [];
    const faulty = new FaultyFs();
    const second = await open({ fs: faulty.fs });
    expect((await second.listSessions()).length).toBe(50);
    expect(faulty.count('readFile', (p) => /s-.*\.json$/.test(p))).toBe(0);
    // Opening one reads just that one.
    await second.getSession(ids[7]);
    expect(faulty.count('readFile', (p) => /s-.*\.json$/.test(p))).toBe(1);
  });

  it('lists correctly after a crash left the index behind the files', async () => {
    const first = await open({ indexDelayMs: 60_000 });
    const kept = sampleSession();
    const gone = sampleSession();
    await first.createSession(kept);
    await first.createSession(gone);
    await first.flush();
    const late = sampleSession(undefined, { group: 'Thursday carers' });
    await first.createSession(late);
    await first.updateSession(kept.id, (s) => void (s.group = 'Renamed group'));
    await first.deleteSession(gone.id);
    crash(first);
    const second = await open();
    const list = await second.listSessions();
    expect(list.map((s) => s.id).sort()).toEqual([kept.id, late.id].sort());
    expect(list.find((s) => s.id === kept.id)?.group).toBe('Renamed group');
  });

  it('notices a session file changed behind its back', async () => {
    const first = await open();
    const s = sampleSession();
    await first.createSession(s);
    await first.close();
    stores = [];
    const file = join(data.dir, 'sessions', `${s.id}.json`);
    const edited = { ...JSON.parse(readFileSync(file, 'utf8')), group: 'Edited by hand, longer name' };
    writeFileSync(file, JSON.stringify(edited));
    expect(statSync(file).size).toBeGreaterThan(0);
    const second = await open();
    expect((await second.listSessions())[0].group).toBe('Edited by hand, longer name');
  });
});
