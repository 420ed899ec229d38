import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, runCli } from '../../../src-main/cli/run';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));

async function cli(dataDir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { templatesDir, dataDir, io: { out: (l) => out.push(l), err: (l) => err.push(l) } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const embedded = (file: string) =>
  execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/).at(-5));

describe('npm run cli -- handouts --lang / --also', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-cli-bilingual-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--lang prints the translation in that language, from any member of the family', async () => {
    const es = join(dir, 'es.pdf');
    expect((await cli(dir, 'handouts', 'essentials', '--lang', 'es', '--out', es)).code).toBe(EXIT.ok);
    expect(pdfText(es)).toContain('Autonomía y apego: lo esencial');
    expect(pdfText(es)).not.toContain('Autonomy and Attachment: the Essentials');
    const en = join(dir, 'en.pdf');
    expect((await cli(dir, 'handouts', 'essentials-ar', '--lang', 'en', '--out', en)).code).toBe(EXIT.ok);
    expect(pdfText(en)).toContain('Autonomy and Attachment: the Essentials');
  });

  it('--also adds the second language to the pack, fonts embedded; --bilingual side-by-side too', async () => {
    const both = join(dir, 'both.pdf');
    const run = await cli(dir, 'handouts', 'essentials', '--lang', 'es', '--also', 'en', '--out', both);
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(/both\.pdf: \d+ pages/);
    const text = pdfText(both);
    expect(text).toContain('Autonomía y apego, de un vistazo');
    expect(text).toContain('Autonomy and attachment at a glance');
    expect(text.indexOf('Autonomía y apego: lo esencial')).toBeLessThan(text.indexOf('Autonomy and Attachment: the Essentials'));
    expect(embedded(both).every((e) => e === 'yes')).toBe(true);

    const side = join(dir, 'side.pdf');
    expect((await cli(dir, 'handouts', 'across-cultures', '--also', 'ar', '--bilingual', 'side-by-side', '--out', side)).code).toBe(
      EXIT.ok,
    );
    expect(pdfText(side)).toContain('Two lenses on two needs');
    expect(embedded(side).every((e) => e === 'yes')).toBe(true);
  });

  it('a language the family lacks is invalid input (exit 1) that names the languages there are', async () => {
    const out = join(dir, 'fr.pdf');
    const also = await cli(dir, 'handouts', 'essentials', '--also', 'fr', '--out', out);
    expect(also.code).toBe(EXIT.invalid);
    expect(also.err).toContain('no French translation of "Autonomy and Attachment: the Essentials"; available: English (en)');
    expect(existsSync(out)).toBe(false);
    const lang = await cli(dir, 'handouts', 'at-work', '--lang', 'ar', '--out', out);
    expect(lang.code).toBe(EXIT.invalid);
    expect(lang.err).toContain('no Arabic translation of "At Work"; available: English (en)');
    expect((await cli(dir, 'handouts', 'essentials', '--also', 'not a tag!', '--out', out)).code).toBe(EXIT.invalid);
  });

  it('misused flags are usage errors (exit 2), and the help tells of them', async () => {
    const out = join(dir, 'x.pdf');
    const guide = await cli(dir, 'handouts', 'essentials', '--set', 'guide', '--also', 'es', '--out', out);
    expect(guide.code).toBe(EXIT.usage);
    expect(guide.err).toContain('--also is for --set pack');
    expect((await cli(dir, 'handouts', 'essentials', '--bilingual', 'after', '--out', out)).code).toBe(EXIT.usage);
    expect((await cli(dir, 'handouts', 'essentials', '--also', 'es', '--bilingual', 'mixed', '--out', out)).code).toBe(EXIT.usage);
    const help = await cli(dir, 'help');
    expect(`${help.out}\n${help.err}`).toMatch(/--lang LANG/);
    expect(`${help.out}\n${help.err}`).toMatch(/--also LANG/);
  });
});
