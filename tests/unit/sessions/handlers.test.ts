import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAppContext, type AppContext } from '../../../src-main/services/app-context';
import { createHandlers } from '../../../src-main/services/handlers';
import { dispatch } from '../../../src-main/services/dispatch';
import type { Handlers } from '../../../src-main/contract';
import { tempDataDir } from '../store/helpers';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
let data: ReturnType<typeof tempDataDir>;
let ctx: AppContext;
let handlers: Handlers;
const call = async (name: string, input: unknown) => dispatch(handlers, name, input, 'facilitator');
const value = async <T = unknown>(name: string, input: unknown): Promise<T> => {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
};
const start = () => openAppContext({ host: 'web', dataDir: data.dir, templatesDir, version: 'test' });
const stop = () => ctx.close();

beforeEach(async () => {
  data = tempDataDir();
  ctx = await start();
  handlers = createHandlers(ctx);
});
afterEach(async () => {
  await stop();
  data.cleanup();
});

async function sessionWithNotes(group = 'Tuesday parents') {
  const session = await value<{ id: string; agenda: { activityId: string }[] }>('sessions:start', { workshopId: 'essentials', group });
  await value('notes:save', { sessionId: session.id, text: 'The group was quiet at first.' });
  await value('notes:save', { sessionId: session.id, activityId: session.agenda[1].activityId, text: 'Warmed up in pairs.' });
  return session;
}

describe('session channels', () => {
  it('lists, reads back, searches and exports a session', async () => {
    const s = await sessionWithNotes();
    await sessionWithNotes('Another group');
    const list = await value<{ id: string; group: string }[]>('sessions:list', {});
    expect(list.map((x) => x.group).sort()).toEqual(['Another group', 'Tuesday parents']);

    const record = await value<{ sessionNotes: string; activities: { notes: string }[]; workshopFound: boolean }>('sessions:record', {
      sessionId: s.id,
    });
    expect(record.sessionNotes).toBe('The group was quiet at first.');
    expect(record.activities[1].notes).toBe('Warmed up in pairs.');
    expect(record.workshopFound).toBe(true);

    const found = await value<{ sessions: { sessionId: string }[]; searched: number; matched: number }>('sessions:search', {
      query: 'QUIET pairs',
    });
    expect(found.searched).toBe(2);
    expect(found.matched).toBe(2);

    const exported = await value<{ id: string; fileName: string; path: string }>('sessions:export', { sessionId: s.id });
    expect(exported).toMatchObject({ id: `notes-${s.id}.md`, fileName: `notes-${s.id}.md` });
    expect(exported.path).toBe(join(ctx.exportsDir, exported.id));
    expect(readFileSync(exported.path, 'utf8')).toContain('Warmed up in pairs.');
  });

  it('an emptied activity note is removed, not kept as an empty string', async () => {
    const s = await sessionWithNotes();
    const activityId = s.agenda[1].activityId;
    await value('notes:save', { sessionId: s.id, activityId, text: '' });
    const session = await value<{ notes: { activities: Record<string, string> } }>('sessions:get', { sessionId: s.id });
    expect(session.notes.activities).toEqual({});
  });

  it('deletes a session', async () => {
    const s = await sessionWithNotes();
    expect(await value('sessions:delete', { sessionId: s.id })).toEqual({ deleted: true });
    expect(await value('sessions:list', {})).toEqual([]);
    expect(await call('sessions:get', { sessionId: s.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses an empty search', async () => {
    expect(await call('sessions:search', { query: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  /** A saved session whose file is damaged while the app is closed; the app is open again after. */
  async function damagedSession() {
    const s = await sessionWithNotes();
    await stop();
    writeFileSync(join(data.dir, 'sessions', `${s.id}.json`), '{ not json');
    ctx = await start();
    handlers = createHandlers(ctx);
    return s;
  }

  it('app:info names a session whose file was damaged, and opening it says where it went', async () => {
    const s = await damagedSession();
    const info = await value<{ quarantined: { sessionId?: string; group?: string; movedTo: string }[] }>('app:info', {});
    expect(info.quarantined).toHaveLength(1);
    expect(info.quarantined[0]).toMatchObject({ sessionId: s.id, group: 'Tuesday parents' });
    expect(existsSync(info.quarantined[0].movedTo)).toBe(true);
    const opened = await call('sessions:get', { sessionId: s.id });
    expect(opened.ok === false && opened.error.message).toMatch(/could not be read, so it was moved aside/);
  });

  it('every channel that names a session answers a missing one alike, with where a damaged file went', async () => {
    const damaged = await damagedSession();
    const naming = (sessionId: string): [string, unknown][] => [
      ['sessions:get', { sessionId }],
      ['sessions:record', { sessionId }],
      ['sessions:export', { sessionId }],
      ['notes:save', { sessionId, text: 'A note' }],
      ['notes:capture', { sessionId, text: 'A quote' }],
      ['live:join', { sessionId }],
      ['live:intent', { sessionId, intent: { type: 'next' } }],
      ['projector:join', { sessionId }],
      ['projector:open', { sessionId }],
      ['handouts:summary', { sessionId, options: { paper: 'a4', includeNotes: false } }],
    ];
    for (const [channel, input] of naming('s-2025-01-01-00000000')) {
      expect(await call(channel, input), channel).toEqual({
        ok: false,
        error: { code: 'not-found', message: 'No session "s-2025-01-01-00000000".' },
      });
    }
    const movedTo = ctx.store.quarantine.forSession(damaged.id)!.movedTo;
    for (const [channel, input] of naming(damaged.id)) {
      const answer = await call(channel, input);
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(answer.ok === false && answer.error.message, channel).toContain(`could not be read, so it was moved aside to ${movedTo}`);
    }
  });

  it('a damaged draft is reported in the same list as damaged sessions', async () => {
    mkdirSync(join(data.dir, 'drafts'), { recursive: true });
    writeFileSync(join(data.dir, 'drafts', 'my-workshop.json'), '{ not json');
    await value('editor:list', {});
    const info = await value<{ quarantined: { workshopId?: string; file: string; movedTo: string }[] }>('app:info', {});
    expect(info.quarantined).toEqual([
      expect.objectContaining({ workshopId: 'my-workshop', file: join(data.dir, 'drafts', 'my-workshop.json') }),
    ]);
    expect(existsSync(info.quarantined[0].movedTo)).toBe(true);
  });
});

describe('backup channels', () => {
  it('backs up, then restores the backup uploaded in parts, all or nothing', async () => {
    const kept = await sessionWithNotes('Kept in the backup');
    const made = await value<{ id: string; path: string; sessionCount: number }>('backup:create', {});
    expect(made.sessionCount).toBe(1);
    const text = readFileSync(made.path, 'utf8');

    await value('sessions:delete', { sessionId: kept.id });
    await sessionWithNotes('Made after the backup');

    const upload = async (id: string, t: string) => {
      const size = 1000;
      for (let part = 0; part * size < t.length; part++)
        await value('backup:upload', { uploadId: id, part, text: t.slice(part * size, (part + 1) * size) });
    };
    // A damaged backup restores nothing.
    await upload('u-damaged1', text.replace('"sessions":[', '"sessions":[{"id":"broken"},'));
    const refused = await call('backup:restore', { uploadId: 'u-damaged1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(refused.ok === false && refused.error.message).toMatch(/^Nothing was restored/);
    expect((await value<{ group: string }[]>('sessions:list', {})).map((s) => s.group)).toEqual(['Made after the backup']);

    await upload('u-restore01', text);
    const done = await value<{ sessionCount: number; previousDataIn: string }>('backup:restore', { uploadId: 'u-restore01' });
    expect(done.sessionCount).toBe(1);
    expect((await value<{ group: string }[]>('sessions:list', {})).map((s) => s.group)).toEqual(['Kept in the backup']);
    expect(existsSync(join(done.previousDataIn, 'sessions'))).toBe(true);
  });

  it('refuses parts out of order', async () => {
    expect(await call('backup:upload', { uploadId: 'u-gap000001', part: 1, text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await call('backup:restore', { uploadId: 'u-never00001' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
