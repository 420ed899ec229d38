import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../../src-main/services/store/store';
import { stageRestore } from '../../../src-main/services/store/restore-swap';
import { nodeFs } from '../../../src-main/services/store/file-system';
import { emptyLibrary } from '../../../src-main/services/store/library-file';
import { createBackup } from '../../../src-main/services/backup/create-backup';
import { readBackup } from '../../../src-main/services/backup/backup-format';
import { FaultyFs, sampleSession, tempDataDir } from '../store/helpers';

let from: ReturnType<typeof tempDataDir>;
let to: ReturnType<typeof tempDataDir>;
let stores: Store[] = [];
const open = async (dir: string, options = {}) => {
  const s = await openStore(dir, options);
  stores.push(s);
  return s;
};

beforeEach(() => {
  from = tempDataDir();
  to = tempDataDir();
});
afterEach(async () => {
  for (const s of stores) await s.close();
  stores = [];
  from.cleanup();
  to.cleanup();
});

async function backupOfTwoSessions() {
  const store = await open(from.dir);
  const a = sampleSession(undefined, { group: 'From the backup' });
  const b = sampleSession();
  await store.createSession(a);
  await store.createSession(b);
  await store.updateSession(a.id, (s) => void (s.notes.session = 'Backed up note.'));
  await store.updateSettings({ facilitatorName: 'Robin' });
  mkdirSync(join(from.dir, 'exports'), { recursive: true });
  const made = await createBackup(store, join(from.dir, 'exports'), '0.1.0');
  return { a, b, made, text: readFileSync(made.path, 'utf8') };
}

describe('backup', () => {
  it('writes all data into one file in exports/', async () => {
    const { a, made, text } = await backupOfTwoSessions();
    expect(made.id).toMatch(/^secure-base-backup-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
    expect(made).toMatchObject({ sessionCount: 2, workshopCount: 0 });
    const parsed = readBackup(text);
    expect(parsed.ok && parsed.data.sessions.find((s) => s.id === a.id)?.notes.session).toBe('Backed up note.');
    expect(parsed.ok && parsed.data.library.settings.facilitatorName).toBe('Robin');
  });

  it('restores into another data folder, replacing what was there and keeping it aside', async () => {
    const { a, b, text } = await backupOfTwoSessions();
    const target = await open(to.dir);
    const old = sampleSession(undefined, { group: 'Replaced by the restore' });
    await target.createSession(old);
    const parsed = readBackup(text);
    if (!parsed.ok) throw new Error('backup did not read');
    const { previousDataIn } = await target.replaceAll(parsed.data);
    expect((await target.listSessions()).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect((await target.getSession(a.id))?.notes.session).toBe('Backed up note.');
    expect((await target.getSettings()).facilitatorName).toBe('Robin');
    expect(existsSync(join(previousDataIn, 'sessions', `${old.id}.json`))).toBe(true);
    // And it holds after a restart.
    await target.close();
    stores = [];
    const again = await open(to.dir);
    expect((await again.listSessions()).length).toBe(2);
    expect(readdirSync(to.dir).filter((n) => n.startsWith('restore-'))).toEqual([]);
  });

  it('refuses a backup with one bad session as a whole, naming where', async () => {
    const { text } = await backupOfTwoSessions();
    const doc = JSON.parse(text);
    doc.sessions[1].notes.captures = [{ id: 'bad', at: 'yesterday', text: 'x' }];
    const result = readBackup(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0].path).toMatch(/^\$\.sessions\[1\]\.notes\.captures\[0\]/);
  });

  it.each([
    ['not JSON', 'PK\u0003\u0004 zip file'],
    ['another kind of file', JSON.stringify({ schemaVersion: 1, id: 'essentials', title: 'A workshop' })],
    ['a newer backup format', JSON.stringify({ format: 'secure-base-backup', formatVersion: 9, createdAt: '', library: {}, sessions: [] })],
    ['the same session twice', ''],
  ])('refuses %s', async (what, text) => {
    if (what === 'the same session twice') {
      const doc = JSON.parse((await backupOfTwoSessions()).text);
      doc.sessions[1] = doc.sessions[0];
      text = JSON.stringify(doc);
    }
    expect(readBackup(text).ok).toBe(false);
  });

  it('a restore that cannot be written changes nothing', async () => {
    const { text } = await backupOfTwoSessions();
    const faulty = new FaultyFs();
    const target = await open(to.dir, { fs: faulty.fs });
    const old = sampleSession();
    await target.createSession(old);
    faulty.faults = [{ op: 'write', code: 'ENOSPC', when: (p) => p.includes('restore-staging') }];
    const parsed = readBackup(text);
    if (!parsed.ok) throw new Error('backup did not read');
    await expect(target.replaceAll(parsed.data)).rejects.toThrow(/disk is full/);
    faulty.faults = [];
    expect((await target.listSessions()).map((s) => s.id)).toEqual([old.id]);
    await target.updateSession(old.id, (s) => void (s.notes.session = 'still writable'));
  });
});

describe('a restore cut off part-way is finished at the next start', () => {
  // The swap's steps, in order; a crash can fall between any two of them.
  const steps = (dir: string, aside: string) => [
    () => renameSync(join(dir, 'sessions'), join(dir, aside, 'sessions')),
    () => renameSync(join(dir, 'restore-staging', 'sessions'), join(dir, 'sessions')),
    () => renameSync(join(dir, 'library.json'), join(dir, aside, 'library.json')),
    () => renameSync(join(dir, 'restore-staging', 'library.json'), join(dir, 'library.json')),
  ];

  it.each([0, 1, 2, 3, 4])('after %i of 4 renames', async (done) => {
    const before = await open(to.dir);
    const old = sampleSession();
    await before.createSession(old);
    await before.updateSettings({ facilitatorName: 'Before' });
    await before.close();
    stores = [];
    const restored = sampleSession(undefined, { group: 'Restored' });
    await stageRestore(
      to.dir,
      { library: { ...emptyLibrary(), settings: { ...emptyLibrary().settings, facilitatorName: 'After' } }, sessions: [restored] },
      nodeFs,
    );
    const aside = 'before-restore-test';
    writeFileSync(join(to.dir, 'restore-journal.json'), JSON.stringify({ aside }));
    mkdirSync(join(to.dir, aside));
    steps(to.dir, aside)
      .slice(0, done)
      .forEach((step) => step());
    const store = await open(to.dir);
    expect((await store.listSessions()).map((s) => s.id)).toEqual([restored.id]);
    expect((await store.getSettings()).facilitatorName).toBe('After');
    expect(existsSync(join(to.dir, aside, 'sessions', `${old.id}.json`))).toBe(true);
    expect(existsSync(join(to.dir, 'restore-journal.json'))).toBe(false);
  });

  it('a staged restore without a journal never started: the old data stays', async () => {
    const before = await open(to.dir);
    const old = sampleSession();
    await before.createSession(old);
    await before.close();
    stores = [];
    await stageRestore(to.dir, { library: emptyLibrary(), sessions: [sampleSession()] }, nodeFs);
    const store = await open(to.dir);
    expect((await store.listSessions()).map((s) => s.id)).toEqual([old.id]);
    expect(existsSync(join(to.dir, 'restore-staging'))).toBe(false);
  });
});
