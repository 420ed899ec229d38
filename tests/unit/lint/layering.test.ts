import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result.messages.filter((m) => /no-restricted-imports/.test(m.ruleId ?? '')).map((m) => m.message);
}

describe('the layering rule', () => {
  it.each([
    ["import { app } from 'electron';", 'electron'],
    ["import { readFile } from 'node:fs/promises';", 'node:*'],
    ["import { Low } from 'lowdb';", 'lowdb'],
    ["import PDFDocument from 'pdfkit';", 'pdfkit'],
    ["import { openStore } from '../../services/store/store';", 'services'],
  ])('rejects %s in src-main/core', async (code) => {
    expect(await restrictedImports(`${code}\nexport const x = 1;\n`, 'src-main/core/workshop/example.ts')).toHaveLength(1);
  });

  it('lets core import zod and other core modules', async () => {
    expect(
      await restrictedImports(
        "import { z } from 'zod';\nimport { SECTION_SLUGS } from './sections';\nexport const s = z.enum(SECTION_SLUGS);\n",
        'src-main/core/workshop/example.ts',
      ),
    ).toEqual([]);
  });

  it('rejects electron in services, but allows node:*', async () => {
    expect(
      await restrictedImports(
        "import { BrowserWindow } from 'electron';\nexport const w = BrowserWindow;\n",
        'src-main/services/example.ts',
      ),
    ).toHaveLength(1);
    expect(await restrictedImports("import { join } from 'node:path';\nexport const j = join;\n", 'src-main/services/example.ts')).toEqual(
      [],
    );
  });

  it('rejects a value import from src-main in the renderer, and allows `import type`', async () => {
    const file = 'src-renderer/src/lib/example.ts';
    expect(
      await restrictedImports("import { channels } from '../../../src-main/contract';\nexport const c = channels;\n", file),
    ).toHaveLength(1);
    expect(
      await restrictedImports("import type { Workshop } from '../../../src-main/contract';\nexport type W = Workshop;\n", file),
    ).toEqual([]);
  });

  it('rejects electron in the browser host', async () => {
    expect(await restrictedImports("import { app } from 'electron';\nexport const a = app;\n", 'src-main/web/example.ts')).toHaveLength(1);
  });
});
