import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, missingSteps } from '../../../src-main/core/migrations/migrate';
import { sessionMigrations } from '../../../src-main/core/migrations/session-migrations';
import { libraryMigrations } from '../../../src-main/core/migrations/library-migrations';
import { sessionSchema } from '../../../src-main/core/session/session-schema';
import { libraryFileSchema } from '../../../src-main/services/store/library-file';
import { openStore } from '../../../src-main/services/store/store';
import { tempDataDir } from './helpers';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const readFixture = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8'));

describe('migration registry', () => {
  it.each([sessionMigrations, libraryMigrations])('$what: every version below the current one has a step', (registry) => {
    expect(missingSteps(registry)).toEqual([]);
  });

  it('turns a v0 session into a valid current one, without touching its input', () => {
    const v0 = readFixture('session-v0.json');
    const copy = structuredClone(v0);
    const result = migrate(v0, sessionMigrations);
    expect(v0).toEqual(copy);
    expect(result.ok && result.from).toBe(0);
    const session = sessionSchema.parse(result.ok ? result.doc : null);
    expect(session.notes).toEqual({ session: 'Written in the prototype, before notes had parts.', activities: {}, captures: [] });
    expect(session.spentMs).toEqual({});
  });

  it('turns a v0 library into a valid current one with the settings it had', () => {
    const result = migrate(readFixture('library-v0.json'), libraryMigrations);
    const library = libraryFileSchema.parse(result.ok ? result.doc : null);
    expect(library.settings).toEqual({ facilitatorName: 'Robin', theme: 'dark', chime: true });
  });

  it('leaves current files alone and refuses newer ones', () => {
    expect(migrate({ schemaVersion: 1, x: 1 }, sessionMigrations)).toEqual({ ok: true, doc: { schemaVersion: 1, x: 1 }, from: 1 });
    expect(migrate({ schemaVersion: 2 }, sessionMigrations)).toMatchObject({ ok: false, newer: true });
    expect(migrate([], sessionMigrations)).toMatchObject({ ok: false, newer: false });
    expect(migrate({ schemaVersion: 'one' }, sessionMigrations)).toMatchObject({ ok: false, newer: false });
  });
});

describe('migrations on read', () => {
  let data: ReturnType<typeof tempDataDir>;
  beforeEach(() => (data = tempDataDir()));
  afterEach(() => data.cleanup());

  it('the store opens v0 files and writes them back in the current format at the next save', async () => {
    mkdirSync(join(data.dir, 'sessions'));
    copyFileSync(fixture('session-v0.json'), join(data.dir, 'sessions', 's-2024-11-02-0a1b2c3d.json'));
    copyFileSync(fixture('library-v0.json'), join(data.dir, 'library.json'));
    const store = await openStore(data.dir);
    try {
      expect(store.quarantine.files).toEqual([]);
      expect((await store.listSessions())[0]).toMatchObject({ id: 's-2024-11-02-0a1b2c3d', group: 'Prototype group' });
      expect((await store.getSettings()).facilitatorName).toBe('Robin');
      await store.updateSession('s-2024-11-02-0a1b2c3d', (s) => void (s.notes.activities.welcome = 'Added later.'));
      const file = JSON.parse(readFileSync(join(data.dir, 'sessions', 's-2024-11-02-0a1b2c3d.json'), 'utf8'));
      expect(file.schemaVersion).toBe(1);
      expect(file.notes.session).toBe('Written in the prototype, before notes had parts.');
    } finally {
      await store.close();
    }
  });
});
