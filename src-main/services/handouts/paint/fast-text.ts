/**
 * Draws one positioned piece of text as a single content-stream write, the way pdfkit's own
 * `_fragment` writes it (same glyph encoding, kerning and font subsetting via the embedded font),
 * minus its per-call option handling and half a dozen small writes. A handout draws hundreds of
 * pieces; this halves the time spent drawing them. Pieces whose glyphs are shifted off the
 * baseline (marks placed by Arabic or Hebrew shaping) return false and go through `doc.text`.
 */

interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}
interface EmbeddedFontInternals {
  id: string;
  encode(text: string): [string[], Position[]];
  ref(): unknown;
}
interface DocInternals {
  _font: EmbeddedFontInternals | null;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

// As pdfkit rounds numbers in content streams.
const num = (n: number) => Math.round(n * 1e6) / 1e6;

/** Writes `text` with its baseline at (x, y) in the current font at `size`; false when it cannot. */
export function drawText(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): boolean {
  const d = doc as unknown as DocInternals;
  const font = d._font;
  if (!font || typeof font.encode !== 'function') return false;
  const [encoded, positions] = font.encode(text);
  for (const p of positions) if (p.xOffset || p.yOffset) return false;
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();

  const commands: string[] = [];
  let last = 0;
  for (let i = 0; i < positions.length; i++) {
    const kern = positions[i].xAdvance - positions[i].advanceWidth;
    if (kern !== 0 || i === positions.length - 1) {
      commands.push(`<${encoded.slice(last, i + 1).join('')}> ${num(-kern)}`);
      last = i + 1;
    }
  }
  if (commands.length === 0) return true;
  const h = d.page.height;
  // pdfkit's pages draw with y flipped; text is drawn with the flip undone, as in `_fragment`.
  d.addContent(`q\n1 0 0 -1 0 ${num(h)} cm\nBT\n1 0 0 1 ${num(x)} ${num(h - y)} Tm\n/${font.id} ${num(size)} Tf\n[${commands.join(' ')}] TJ\nET\nQ`);
  return true;
}
