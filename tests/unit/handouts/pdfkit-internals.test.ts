import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFKIT_VERSION, shareLayoutCache } from '../../../src-main/services/handouts/paint/pdfkit-internals';
import { collect, createDocument } from '../../../src-main/services/handouts/paint/pdf-document';
import { fontFor } from '../../../src-main/services/handouts/fonts/font-files';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const INTERNALS = 'src-main/services/handouts/paint/pdfkit-internals.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the one module that reaches into pdfkit', () => {
  it('is written for the pdfkit that is installed: a new version must be checked first', () => {
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/pdfkit/package.json'), 'utf8')).version;
    expect(installed, 'pdfkit changed: re-measure and re-check pdfkit-internals.ts, then update PDFKIT_VERSION').toBe(PDFKIT_VERSION);
    const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies.pdfkit;
    expect(pinned).toBe(PDFKIT_VERSION);
  });

  it('is the only source file that touches a private field', () => {
    const offenders = sources(join(root, 'src-main'))
      .map((file) => relative(root, file))
      .filter((file) => file !== INTERNALS)
      .filter((file) => /\._[A-Za-z]|\[['"]_[A-Za-z]/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
    expect(readFileSync(join(root, INTERNALS), 'utf8')).toMatch(/\._addInfo|\._font/);
  });

  it('escapes the title in the XMP metadata, which pdfkit writes unescaped', async () => {
    fontFor('regular');
    const doc = createDocument({ title: 'Give & <take>', subject: 'A "test" & more' });
    const bytes = collect(doc);
    doc.addPage();
    doc.end();
    const raw = (await bytes).toString('latin1');
    expect(raw).toContain('Give &amp; &lt;take&gt;');
    expect(raw).not.toMatch(/<rdf:li[^>]*>Give & </);
  });

  it('shares one layout cache per font between documents', () => {
    fontFor('regular');
    const a = createDocument({ title: 'a', subject: 'a' });
    const b = createDocument({ title: 'b', subject: 'b' });
    a.font('regular');
    b.font('regular');
    shareLayoutCache(a, 'regular');
    shareLayoutCache(b, 'regular');
    const cacheOf = (d: PDFKit.PDFDocument) => (d as unknown as { _font: { layoutCache: object } })._font.layoutCache;
    expect(cacheOf(a)).toBe(cacheOf(b));
    a.widthOfString('secure base');
    expect(Object.keys(cacheOf(b)).length).toBeGreaterThan(0);
  });
});
