/**
 * Draws one positioned piece of text as a single content-stream write, the way pdfkit's own
 * `_fragment` writes it (same glyph encoding, kerning, mark offsets and font subsetting via the
 * embedded font), minus its per-call option handling and half a dozen small writes: a handout
 * draws hundreds of pieces.
 *
 * It also places an ActualText span inside the text object, where readers expect it: wrapped
 * around pdfkit's `q … Q` instead, poppler lost the text state at the span's end and with it
 * the rest of the line.
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

/** PDF text string: UTF-16BE with a byte order mark, in hex so no byte needs escaping. */
function textString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

/** Writes `text` with its baseline at (x, y) in the current font at `size`. */
export function drawText(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number, actual?: string): void {
  const d = doc as unknown as DocInternals;
  const font = d._font;
  if (!font) throw new Error('no font chosen before drawing text');
  const [encoded, positions] = font.encode(text);
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();

  const h = d.page.height;
  const scale = size / 1000;
  let px = x;
  const py = h - y;
  const out: string[] = ['q', `1 0 0 -1 0 ${num(h)} cm`, 'BT'];
  if (actual !== undefined) out.push(`/Span <</ActualText ${textString(actual)}>> BDC`);
  out.push(`1 0 0 1 ${num(px)} ${num(py)} Tm`, `/${font.id} ${num(size)} Tf`);

  let commands: string[] = [];
  let last = 0;
  const segment = (end: number) => {
    if (last < end)
      commands.push(`<${encoded.slice(last, end).join('')}> ${num(-(positions[end - 1].xAdvance - positions[end - 1].advanceWidth))}`);
    last = end;
  };
  const flush = (end: number) => {
    segment(end);
    if (commands.length > 0) out.push(`[${commands.join(' ')}] TJ`);
    commands = [];
  };
  let shifted = false;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    if (p.xOffset || p.yOffset) {
      // A glyph placed off its pen position (a vowel mark): draw it alone at its own origin.
      flush(i);
      out.push(`1 0 0 1 ${num(px + p.xOffset * scale)} ${num(py + p.yOffset * scale)} Tm`);
      flush(i + 1);
      shifted = true;
    } else {
      if (shifted) out.push(`1 0 0 1 ${num(px)} ${num(py)} Tm`);
      shifted = false;
      if (p.xAdvance - p.advanceWidth !== 0) segment(i + 1);
    }
    px += p.xAdvance * scale;
  }
  flush(positions.length);
  if (actual !== undefined) out.push('EMC');
  out.push('ET', 'Q');
  d.addContent(out.join('\n'));
}
