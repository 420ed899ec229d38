import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JS check shared with `npm test`
import { findCircles, judge, sourceFiles } from '../../lint/import-cycles.mjs';

type Find = (files: string[], root: string) => string[][];
type Judge = (circles: string[][], allowed?: string[][]) => { circles: string[][]; gone: string[][] };
const find = findCircles as Find;
const verdict = judge as Judge;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tree(files: Record<string, string>): string[] {
  dir = mkdtempSync(join(tmpdir(), 'sb-import-cycles-'));
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
}

describe('the import-circle check', () => {
  it('finds a circle through a type import, a re-export and a Svelte component, and nothing in a chain', () => {
    const files = tree({
      'a.ts': "import type { B } from './b';\nexport type A = B;\n",
      'b.ts': "export { c } from './c.js';\nexport type B = number;\n",
      'c.ts': "import { a } from './a';\nexport const c = a;\n",
      'd.svelte.ts': "import View from './View.svelte';\nexport const v = View;\n",
      'View.svelte': '<script lang="ts">\n  import { v } from \'./d.svelte\';\n</script>\n',
      'e.ts': "import { c } from './c';\nimport { z } from 'zod';\nexport const e = [c, z];\n",
    });
    expect(find(files, dir)).toEqual([
      ['a.ts', 'b.ts', 'c.ts'],
      ['View.svelte', 'd.svelte.ts'],
    ]);
  });

  it('fails on a circle not allowed, and on an allowed one that is gone', () => {
    expect(verdict([['a.ts', 'b.ts']], [])).toEqual({ circles: [['a.ts', 'b.ts']], gone: [] });
    expect(verdict([], [['a.ts', 'b.ts']])).toEqual({ circles: [], gone: [['a.ts', 'b.ts']] });
    expect(verdict([['a.ts', 'b.ts']], [['a.ts', 'b.ts']])).toEqual({ circles: [], gone: [] });
  });

  it('the app and its tests have no circles beyond the allowed ones', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    dir = mkdtempSync(join(tmpdir(), 'sb-import-cycles-'));
    const files = (sourceFiles as (root: string) => string[])(root);
    expect(files.length).toBeGreaterThan(300);
    expect(verdict(find(files, root))).toEqual({ circles: [], gone: [] });
  });
});
