import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../../../src-main/services/dispatch';
import { openAppContext, type AppContext } from '../../../src-main/services/app-context';
import { createHandlers } from '../../../src-main/services/handlers';
import { text } from '../handouts/pdf-tools';
import type { ExportedFile, ExportedPdf } from '../../../src-main/contract';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const opened: AppContext[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const ctx of opened.splice(0)) await ctx.close();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function app(dir = mkdtempSync(join(tmpdir(), 'sb-support-'))) {
  if (!folders.includes(dir)) folders.push(dir);
  const ctx = await openAppContext({ host: 'web', dataDir: dir, templatesDir, version: 'test' });
  opened.push(ctx);
  return { dir, ctx, handlers: createHandlers(ctx) };
}

const SUPPORT = { contact: 'Dana Whitlow, pastoral lead', helpline: '0800 555 0199', website: 'support.example.org' };

describe('the "Where to get support" setting', () => {
  it('starts empty, is saved once and kept across a restart', async () => {
    const first = await app();
    expect(await dispatch(first.handlers, 'support:get', {}, 'facilitator')).toEqual({
      ok: true,
      value: { contact: '', helpline: '', website: '' },
    });
    expect(await dispatch(first.handlers, 'support:save', SUPPORT, 'facilitator')).toEqual({ ok: true, value: SUPPORT });
    await first.ctx.close();
    opened.splice(opened.indexOf(first.ctx), 1);
    const again = await app(first.dir);
    expect(await dispatch(again.handlers, 'support:get', {}, 'facilitator')).toEqual({ ok: true, value: SUPPORT });
  });

  it('refuses a field that is too long or not text, naming it, and keeps what was saved', async () => {
    const { handlers } = await app();
    await dispatch(handlers, 'support:save', SUPPORT, 'facilitator');
    expect(await dispatch(handlers, 'support:save', { ...SUPPORT, helpline: 'x'.repeat(201) }, 'facilitator')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: '$.helpline' },
    });
    expect(await dispatch(handlers, 'support:save', { ...SUPPORT, website: 7 }, 'facilitator')).toMatchObject({
      ok: false,
      error: { path: '$.website' },
    });
    expect(await dispatch(handlers, 'support:get', {}, 'facilitator')).toEqual({ ok: true, value: SUPPORT });
  });

  it('is printed on the pack exported afterwards, and in the follow-up message', async () => {
    const { ctx, handlers } = await app();
    await dispatch(handlers, 'support:save', SUPPORT, 'facilitator');
    const pack = await dispatch(handlers, 'handouts:export', { workshopId: 'essentials' }, 'facilitator');
    if (!pack.ok) throw new Error(pack.error.message);
    const file = pack.value as ExportedPdf;
    const printed = text(readFileSync(join(ctx.exportsDir, file.id))).replace(/\s+/g, ' ');
    for (const v of Object.values(SUPPORT)) expect(printed).toContain(v);
    const message = await dispatch(handlers, 'handouts:follow-up', { workshopId: 'essentials' }, 'facilitator');
    if (!message.ok) throw new Error(message.error.message);
    const written = message.value as ExportedFile & { text: string };
    expect(written.text).toContain(SUPPORT.contact);
    expect(readFileSync(join(ctx.exportsDir, written.id), 'utf8')).toBe(written.text);
  });

  it('answers an unknown chosen scenario card with an error that names it', async () => {
    const { handlers } = await app();
    const r = await dispatch(
      handlers,
      'handouts:export',
      {
        workshopId: 'growing-up',
        set: 'cards',
        options: { scenarioCards: { 'teen-scenarios': ['no-such-card'] } },
      },
      'facilitator',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('no card "no-such-card"') } });
  });
});
