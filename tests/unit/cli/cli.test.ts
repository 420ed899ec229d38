import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, runCli } from '../../../src-main/cli/run';
import { fileURLToPath } from 'node:url';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    templatesDir,
    dataDir: '/nonexistent-secure-base',
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
  });
  return { code, out: out.join('\n'), err };
}

describe('the command line', () => {
  it('lists the library as JSON in the documented shape', async () => {
    const { code, out } = await cli('workshops', '--json');
    expect(code).toBe(EXIT.ok);
    const list = JSON.parse(out);
    // Six workshops and four translations, each with its language; a translation names its original.
    expect(list.length).toBe(10);
    expect(list.find((w: { id: string }) => w.id === 'my-life-my-people')?.minutes).toBe(50);
    expect(list.filter((w: { lang: string }) => w.lang === 'en')).toHaveLength(6);
    expect(list.find((w: { id: string }) => w.id === 'essentials-ar')).toMatchObject({ lang: 'ar', translationOf: 'essentials' });
    for (const w of list) {
      const keys = ['activities', 'audience', 'id', 'lang', 'minutes', 'own', 'title', ...(w.translationOf ? ['translationOf'] : [])];
      expect(Object.keys(w).sort()).toEqual(keys.sort());
      expect(w.own).toBe(false);
      for (const a of w.activities) {
        expect(a).toMatchObject({
          id: expect.any(String),
          kind: expect.any(String),
          title: expect.any(String),
          minutes: expect.any(Number),
          section: expect.any(String),
        });
        if (a.kind === 'scenario') expect(a.cards).toBeGreaterThan(0);
        else expect(a.cards).toBeUndefined();
      }
    }
  });

  it('validates a good workshop file', async () => {
    const { code, out } = await cli('validate', join(templatesDir, 'workshops', '01-essentials.json'));
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/valid workshop/);
  });

  it('prints each problem of a bad file with its JSON path and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-cli-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        id: 'bad',
        title: 'Bad',
        summary: 's',
        audience: 'a',
        minutes: 30,
        sections: ['nowhere'],
        contentNotes: [],
        activities: [],
      }),
    );
    const { code, err } = await cli('validate', file);
    expect(code).toBe(EXIT.invalid);
    const slugs = ['comparison', 'understanding', 'foundations', 'development', 'early-childhood', 'adolescence', 'culture'];
    slugs.push('relationships', 'workplace', 'strategies', 'balance');
    expect(err).toContain(`${file}: $.sections[0]: Invalid option: expected one of ${slugs.map((s) => `"${s}"`).join('|')}`);
    expect(err.some((l) => l.startsWith(`${file}: $.activities:`))).toBe(true);
    expect(err.every((l) => !l.includes('\n'))).toBe(true);
  });

  it('exits 1 for a file that cannot be read, and 2 for usage errors', async () => {
    expect((await cli('validate', '/no/such/file.json')).code).toBe(EXIT.invalid);
    expect((await cli()).code).toBe(EXIT.usage);
    expect((await cli('fly')).code).toBe(EXIT.usage);
    expect((await cli('workshops', '--yaml')).code).toBe(EXIT.usage);
    expect((await cli('validate')).code).toBe(EXIT.usage);
  });
});
