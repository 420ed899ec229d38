import { describe, expect, it, onTestFinished } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, runCli } from '../../../src-main/cli/run';
import { openAppContext } from '../../../src-main/services/app-context';
import { createHandlers } from '../../../src-main/services/handlers';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));

async function cli(dataDir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { templatesDir, dataDir, io: { out: (l) => out.push(l), err: (l) => err.push(l) } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function freshDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'sb-cli-listing-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the command line lists what it can act on', () => {
  it('lists an own workshop, marked own, after one is saved', async () => {
    const dataDir = freshDataDir();
    const ctx = await openAppContext({ host: 'web', dataDir, templatesDir, version: 'test' });
    const essentials = ctx.library.workshops.find((w) => w.id === 'essentials')!;
    await ctx.store.saveUserWorkshop({ ...essentials, id: 'our-staff-day', title: 'Our staff day' });
    await ctx.close();

    const json = await cli(dataDir, 'workshops', '--json');
    expect(json.code).toBe(EXIT.ok);
    const list = JSON.parse(json.out) as { id: string; own: boolean; title: string }[];
    expect(list.find((w) => w.id === 'our-staff-day')).toMatchObject({ own: true, title: 'Our staff day' });
    expect(list.filter((w) => !w.own).map((w) => w.id)).toContain('essentials');

    const text = await cli(dataDir, 'workshops');
    expect(text.out.split('\n').find((l) => l.startsWith('our-staff-day'))).toMatch(/Our staff day .*\[own\]$/);
    expect(text.out.split('\n').find((l) => l.startsWith('essentials'))).not.toMatch(/\[own\]/);
    // The id it lists is one `handouts` accepts.
    const pdf = join(dataDir, 'own.pdf');
    expect((await cli(dataDir, 'handouts', 'our-staff-day', '--out', pdf)).code).toBe(EXIT.ok);
  });

  it('lists sessions with id, workshop, date and whether they ended', async () => {
    const dataDir = freshDataDir();
    const ctx = await openAppContext({ host: 'web', dataDir, templatesDir, version: 'test' });
    const handlers = createHandlers(ctx);
    const running = await handlers['sessions:start']({ workshopId: 'at-work', group: 'Night shift' });
    await ctx.close();

    const { code, out } = await cli(dataDir, 'sessions', '--json');
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(out)).toEqual([
      {
        id: running.id,
        workshopId: 'at-work',
        workshopTitle: running.workshopTitle,
        group: 'Night shift',
        date: running.createdAt,
        ended: false,
      },
    ]);
    const text = await cli(dataDir, 'sessions');
    expect(text.out).toContain(running.id);
    expect(text.out).toMatch(/open/);
    // The id it lists is one `handouts --session` accepts.
    expect((await cli(dataDir, 'handouts', '--session', running.id, '--out', join(dataDir, 's.pdf'))).code).toBe(EXIT.ok);
  });

  it('lists nothing, and creates nothing, where the data folder does not exist yet', async () => {
    const dataDir = join(freshDataDir(), 'not-yet');
    expect(JSON.parse((await cli(dataDir, 'sessions', '--json')).out)).toEqual([]);
    expect(JSON.parse((await cli(dataDir, 'workshops', '--json')).out).every((w: { own: boolean }) => !w.own)).toBe(true);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('prints the usage for help and --help with exit 0, and refuses unknown options with exit 2', async () => {
    const dataDir = freshDataDir();
    for (const arg of ['help', '--help']) {
      const { code, out, err } = await cli(dataDir, arg);
      expect(code).toBe(EXIT.ok);
      expect(out).toMatch(/^Usage: npm run cli -- <command>/);
      expect(out).toContain('sessions [--json]');
      expect(err).toBe('');
    }
    expect((await cli(dataDir, 'sessions', '--all')).code).toBe(EXIT.usage);
    expect((await cli(dataDir, 'help', 'me')).code).toBe(EXIT.usage);
  });

  it('says why when another copy holds the data folder, and exits 1', async () => {
    const dataDir = freshDataDir();
    const ctx = await openAppContext({ host: 'web', dataDir, templatesDir, version: 'test' });
    onTestFinished(() => ctx.close());
    const { code, err } = await cli(dataDir, 'sessions');
    expect(code).toBe(EXIT.invalid);
    expect(err).toMatch(/already open with this data folder/);
  });
});
