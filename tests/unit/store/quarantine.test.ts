import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../../src-main/services/store/store';
import { NewerLibraryError } from '../../../src-main/services/store/library-doc';
import { sampleSession, tempDataDir } from './helpers';

let data: ReturnType<typeof tempDataDir>;
let stores: Store[] = [];
const open = async () => {
  const s = await openStore(data.dir, { indexDelayMs: 20 });
  stores.push(s);
  return s;
};
const closeAll = async () => {
  for (const s of stores) await s.close();
  stores = [];
};
const sessionsDir = () => join(data.dir, 'sessions');

beforeEach(() => (data = tempDataDir()));
afterEach(async () => {
  await closeAll();
  data.cleanup();
});

async function twoSessions() {
  const store = await open();
  const good = sampleSession(undefined, { group: 'Good group' });
  const bad = sampleSession(undefined, { group: 'Monday dads', workshopTitle: 'At work' });
  await store.createSession(good);
  await store.createSession(bad);
  await closeAll();
  return { good, bad };
}

describe('quarantine', () => {
  it.each([
    ['does not parse', '{"schemaVersion": 1, "id": '],
    ['does not validate', JSON.stringify({ schemaVersion: 1, id: 'nonsense' })],
  ])('a session file that %s is moved aside; the rest opens; the facilitator is told which session', async (_, content) => {
    const { good, bad } = await twoSessions();
    writeFileSync(join(sessionsDir(), `${bad.id}.json`), content);
    const store = await open();
    expect((await store.listSessions()).map((s) => s.id)).toEqual([good.id]);
    expect(store.quarantine.files).toHaveLength(1);
    const q = store.quarantine.files[0];
    expect(q).toMatchObject({ sessionId: bad.id, group: 'Monday dads', workshopTitle: 'At work' });
    expect(q.movedTo).toMatch(new RegExp(`${bad.id}\\.corrupt-.*\\.json$`));
    expect(readFileSync(q.movedTo, 'utf8')).toBe(content);
    expect(existsSync(join(sessionsDir(), `${bad.id}.json`))).toBe(false);
    // The next start does not report it again: it is out of the way.
    await closeAll();
    expect((await open()).quarantine.files).toEqual([]);
  });

  it('a file damaged without changing its size or time is caught when the session is opened', async () => {
    const { good, bad } = await twoSessions();
    const file = join(sessionsDir(), `${bad.id}.json`);
    writeFileSync(file, 'x'.repeat(statSync(file).size));
    // Make the index vouch for the damaged file, as if the disk had changed it without a trace.
    const indexFile = join(sessionsDir(), 'index.json');
    const index = JSON.parse(readFileSync(indexFile, 'utf8'));
    index.sessions[bad.id] = { ...index.sessions[bad.id], size: statSync(file).size, mtimeMs: statSync(file).mtimeMs };
    writeFileSync(indexFile, JSON.stringify(index));
    const store = await open();
    expect(store.quarantine.files).toEqual([]);
    expect(await store.getSession(bad.id)).toBeUndefined();
    expect(store.quarantine.files[0]).toMatchObject({ sessionId: bad.id, group: 'Monday dads' });
    expect((await store.listSessions()).map((s) => s.id)).toEqual([good.id]);
  });

  it('a damaged library is moved aside and the sessions still open', async () => {
    const { good } = await twoSessions();
    writeFileSync(join(data.dir, 'library.json'), '{"workshops": [}');
    const store = await open();
    expect(store.quarantine.files.map((q) => q.file)).toEqual([join(data.dir, 'library.json')]);
    expect(await store.listUserWorkshops()).toEqual([]);
    expect(await store.getSession(good.id)).toBeDefined();
  });

  it('a session saved by a newer version is left untouched and reported', async () => {
    const { good, bad } = await twoSessions();
    const file = join(sessionsDir(), `${bad.id}.json`);
    const newer = JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schemaVersion: 99 });
    writeFileSync(file, newer);
    const store = await open();
    expect((await store.listSessions()).map((s) => s.id)).toEqual([good.id]);
    expect(store.quarantine.files[0]).toMatchObject({ sessionId: bad.id, movedTo: file });
    expect(store.quarantine.files[0].reason).toMatch(/newer version/);
    expect(readFileSync(file, 'utf8')).toBe(newer);
    expect(readdirSync(sessionsDir()).some((n) => n.includes('corrupt'))).toBe(false);
  });

  it('a library saved by a newer version stops the start with a clear message instead of being overwritten', async () => {
    await twoSessions();
    writeFileSync(join(data.dir, 'library.json'), JSON.stringify({ schemaVersion: 7, workshops: [] }));
    await expect(openStore(data.dir)).rejects.toBeInstanceOf(NewerLibraryError);
    await expect(openStore(data.dir)).rejects.toThrow(/newer version of Secure Base/);
  });
});
