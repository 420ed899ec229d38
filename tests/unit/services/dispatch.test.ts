import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../../../src-main/services/dispatch';
import { openAppContext, type AppContext } from '../../../src-main/services/app-context';
import { createHandlers } from '../../../src-main/services/handlers';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
/** Every context a test opened and every folder it made, closed and removed after it. */
const opened: AppContext[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const ctx of opened.splice(0)) await ctx.close();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(dataDir: string) {
  const ctx = await openAppContext({ host: 'web', dataDir, templatesDir, version: 'test' });
  opened.push(ctx);
  return ctx;
}

async function app() {
  const dir = mkdtempSync(join(tmpdir(), 'sb-dispatch-'));
  folders.push(dir);
  const ctx = await open(dir);
  return { ctx, handlers: createHandlers(ctx) };
}

describe('dispatch, the host boundary', () => {
  it('answers an unknown channel with an error as data', async () => {
    const { handlers } = await app();
    expect(await dispatch(handlers, 'files:delete-everything', {}, 'facilitator')).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await dispatch(handlers, 'constructor', {}, 'facilitator')).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('rejects invalid input with the path of the problem', async () => {
    const { handlers } = await app();
    const result = await dispatch(handlers, 'sessions:start', { workshopId: '../../etc/passwd' }, 'facilitator');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', path: '$.workshopId' } });
  });

  it('turns a missing workshop into not-found', async () => {
    const { handlers } = await app();
    expect(await dispatch(handlers, 'workshops:get', { id: 'no-such-workshop' }, 'facilitator')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('starts a session, saves a note and reads it back from disk after reopening', async () => {
    const { ctx, handlers } = await app();
    const started = await dispatch(handlers, 'sessions:start', { workshopId: 'essentials', group: 'Year 10 parents' }, 'facilitator');
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const session = started.value as { id: string; agenda: unknown[] };
    expect(session.agenda.length).toBeGreaterThan(3);
    expect(await dispatch(handlers, 'notes:save', { sessionId: session.id, text: 'Quiet start.' }, 'facilitator')).toMatchObject({
      ok: true,
    });

    // One copy of the app per data folder: close before opening again.
    await opened.splice(opened.indexOf(ctx), 1)[0].close();
    const reopened = await open(ctx.dataDir);
    const again = await dispatch(createHandlers(reopened), 'sessions:get', { sessionId: session.id }, 'facilitator');
    expect(again).toMatchObject({ ok: true, value: { group: 'Year 10 parents', notes: { session: 'Quiet start.' } } });
  });
});
