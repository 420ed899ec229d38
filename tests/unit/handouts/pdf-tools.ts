import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler tool on the PDF bytes (apt-get install poppler-utils) and returns its standard output. */
export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdfimages', pdf: Buffer, args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'handout-test-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const out = tool === 'pdftotext' ? [...args, file, '-'] : [...args, file];
    return execFileSync(tool, out, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext's text, without the bidi embedding marks poppler adds around right-to-left runs (U+202A-U+202E). */
export const text = (pdf: Buffer, args: string[] = []) =>
  poppler('pdftotext', pdf, ['-enc', 'UTF-8', ...args]).replace(/[\u202a-\u202e]/g, '');

/**
 * pdftotext breaks lines where the layout did, and joins a word hyphenated at a line's end
 * ("self-" + "control" comes out "selfcontrol"): comparisons ignore whitespace and hyphens.
 */
export const squash = (s: string) => s.replace(/[\s\-\u2010\u202a-\u202e]+/g, '');

/**
 * Letters and digits only, in order: for right-to-left text, where poppler moves neutral
 * punctuation between words (": «" comes out "« :") while the words stay in order.
 */
export const lettersOf = (s: string) => s.replace(/[^\p{L}\p{N}\p{M}]+/gu, '');

export function info(pdf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of poppler('pdfinfo', pdf).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1].trim()] = m[2].trim();
  }
  return out;
}

/** Rows of pdffonts: name, type, encoding, emb, sub, uni. */
export function fonts(pdf: Buffer): { name: string; emb: string }[] {
  return poppler('pdffonts', pdf)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type... encoding emb sub uni objectID gen: count from the end, types have spaces.
      return { name: cols[0], emb: cols[cols.length - 5] };
    });
}

/** The set of code points in a string, without whitespace. */
export const codePoints = (s: string) => new Set([...s.replace(/\s+/g, '')].map((c) => c.codePointAt(0)!));

/** The text of each page in reading order, column by column (pdftotext puts a form feed between pages). */
export const pageTexts = (pdf: Buffer): string[] => text(pdf).split('\f').slice(0, -1);

export interface PageFill {
  /** The page's height in points. */
  height: number;
  /** The lowest text line's bottom edge, ignoring the running header and footer. */
  textBottom: number;
  /** The highest text line's top edge, ignoring the running header and footer. */
  textTop: number;
}

/**
 * Where text sits on each page, from pdftotext's word boxes. The running header and the page
 * number are left out: they are in the top and bottom `band` points of every page.
 */
export function pageFills(pdf: Buffer, band = 48): PageFill[] {
  const html = text(pdf, ['-bbox']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      let top = Number.POSITIVE_INFINITY;
      let bottom = 0;
      for (const m of page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)) {
        const y0 = Number(m[1]);
        const y1 = Number(m[2]);
        if (y0 < band || y1 > height - band) continue;
        top = Math.min(top, y0);
        bottom = Math.max(bottom, y1);
      }
      return { height, textTop: Number.isFinite(top) ? top : 0, textBottom: bottom };
    });
}
