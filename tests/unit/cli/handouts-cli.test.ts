import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, runCli } from '../../../src-main/cli/run';
import { openAppContext } from '../../../src-main/services/app-context';
import { createHandlers } from '../../../src-main/services/handlers';
import { fileURLToPath } from 'node:url';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));

async function cli(dataDir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { templatesDir, dataDir, io: { out: (l) => out.push(l), err: (l) => err.push(l) } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

describe('npm run cli -- handouts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-cli-handouts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the handout pack of a built-in workshop on Letter paper', async () => {
    const out = join(dir, 'pack.pdf');
    const { code } = await cli(dir, 'handouts', 'essentials', '--out', out, '--paper', 'letter');
    expect(code).toBe(EXIT.ok);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/612 x 792 pts \(letter\)/);
    expect(pdfText(out)).toContain('Dependency level');
  });

  it('prints a class set: N copies of the pack in one file', async () => {
    const one = join(dir, 'one.pdf');
    const three = join(dir, 'three.pdf');
    await cli(dir, 'handouts', 'at-work', '--out', one);
    expect((await cli(dir, 'handouts', 'at-work', '--out', three, '--copies', '3')).code).toBe(EXIT.ok);
    expect(pages(three)).toBe(3 * pages(one));
  });

  it('takes a workshop file', async () => {
    const out = join(dir, 'file.pdf');
    const { code } = await cli(dir, 'handouts', join(templatesDir, 'workshops', '05-close-relationships.json'), '--out', out);
    expect(code).toBe(EXIT.ok);
    expect(pdfText(out)).toContain('Close Relationships');
  });

  it('writes the session summary with --session, without notes unless asked', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sb-cli-session-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const ctx = await openAppContext({ host: 'web', dataDir, templatesDir, version: 'test' });
    const handlers = createHandlers(ctx);
    const session = await handlers['sessions:start']({ workshopId: 'essentials', group: 'Year 9 tutors' });
    await handlers['notes:save']({ sessionId: session.id, text: 'A private remark about the room' });
    await ctx.close();

    const out = join(dir, 'summary.pdf');
    expect((await cli(dataDir, 'handouts', '--session', session.id, '--out', out)).code).toBe(EXIT.ok);
    const text = pdfText(out);
    expect(text).toContain('Year 9 tutors');
    expect(text).not.toContain('private remark');
    await cli(dataDir, 'handouts', '--session', session.id, '--out', out, '--include-notes');
    expect(pdfText(out)).toContain('private remark');
  });

  it('answers bad input with exit 1 and usage errors with exit 2, one line each', async () => {
    const out = join(dir, 'x.pdf');
    const unknown = await cli(dir, 'handouts', 'no-such-workshop', '--out', out);
    expect(unknown.code).toBe(EXIT.invalid);
    expect(unknown.err).toMatch(/no workshop "no-such-workshop"/);
    expect((await cli(dir, 'handouts', 'essentials', '--out', out, '--paper', 'a3')).code).toBe(EXIT.invalid);
    expect((await cli(dir, 'handouts', 'essentials', '--out', out, '--copies', 'lots')).code).toBe(EXIT.invalid);
    expect((await cli(dir, 'handouts', 'essentials')).code).toBe(EXIT.usage);
    expect((await cli(dir, 'handouts', 'essentials', '--out', out, '--colour')).code).toBe(EXIT.usage);
  });
});
