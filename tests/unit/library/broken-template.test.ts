import { describe, expect, it, onTestFinished } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplates } from '../../../src-main/services/templates/load-templates';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../../../templates/workshops/01-essentials.json', import.meta.url));

describe('loading templates', () => {
  it('reports a broken file with its JSON path and skips it, loading the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-templates-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'workshops'));
    copyFileSync(source, join(dir, 'workshops', 'good.json'));
    const broken = JSON.parse(JSON.stringify(await import(source, { with: { type: 'json' } }).then((m) => m.default)));
    broken.id = 'broken';
    broken.activities[2].minutes = 'ten';
    writeFileSync(join(dir, 'workshops', 'broken.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'workshops', 'not-json.json'), '{ "schemaVersion": 1, ');

    const library = await loadTemplates(dir);
    expect(library.workshops.map((w) => w.id)).toEqual(['essentials']);
    expect(library.problems).toHaveLength(2);
    const brokenReport = library.problems.find((p) => p.file.endsWith('broken.json'))!;
    expect(brokenReport.problems[0].path).toBe('$.activities[2].minutes');
    const notJson = library.problems.find((p) => p.file.endsWith('not-json.json'))!;
    expect(notJson.problems[0].message).toMatch(/not valid JSON/);
  });

  it('treats a missing templates folder as an empty library', async () => {
    const library = await loadTemplates(join(tmpdir(), 'sb-does-not-exist'));
    expect(library).toEqual({ workshops: [], banks: [], problems: [] });
  });
});
