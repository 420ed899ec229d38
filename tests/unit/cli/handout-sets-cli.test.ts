import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, runCli } from '../../../src-main/cli/run';
import { squash, text } from '../handouts/pdf-tools';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    templatesDir,
    dataDir: '/nonexistent-secure-base',
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sets-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('handouts --set', () => {
  it('prints the facilitator guide with clock times from --start', async () => {
    const file = join(outDir(), 'guide.pdf');
    const r = await cli('handouts', 'essentials', '--set', 'guide', '--start', '18:30', '--out', file);
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(r.out).toMatch(/guide\.pdf: \d+ pages/);
    const t = text(readFileSync(file), ['-layout']);
    expect(t).toMatch(/18:30\s+5\s+Welcome/);
    expect(t).toContain('FACILITATOR GUIDE');
  });

  it('keeps the pack as the default set, and prints cards, feedback and certificates', async () => {
    const dir = outDir();
    for (const set of [undefined, 'cards', 'feedback', 'certificate']) {
      const file = join(dir, `${set ?? 'pack'}.pdf`);
      const r = await cli('handouts', 'close-relationships', ...(set ? ['--set', set] : []), '--out', file);
      expect(r.code, r.err).toBe(EXIT.ok);
      const t = squash(text(readFileSync(file)));
      const marker = { pack: 'PARTICIPANTPACK', cards: 'CARDSTOPRINTANDCUT', feedback: 'FEEDBACK', certificate: 'CERTIFICATEOFATTENDANCE' }[
        set ?? 'pack'
      ]!;
      expect(t).toContain(marker);
    }
  });

  it('exits 2 for an unknown set or --start without the guide, and 1 for a bad time', async () => {
    const file = join(outDir(), 'x.pdf');
    expect((await cli('handouts', 'essentials', '--set', 'posters', '--out', file)).code).toBe(EXIT.usage);
    expect((await cli('handouts', 'essentials', '--start', '18:30', '--out', file)).code).toBe(EXIT.usage);
    const bad = await cli('handouts', 'essentials', '--set', 'guide', '--start', '25:00', '--out', file);
    expect(bad.code).toBe(EXIT.invalid);
    expect(bad.err).toContain('--start: use HH:MM');
  });
});
