import { fontFor, type FontSlot } from '../fonts/font-files';
import { containsRtl } from '../text/char-classes';

/** A face with one glyph per Arabic and Hebrew letter form, dots included: its glyphs name their letters. */
const READABLE: FontSlot = 'dejavu';

/**
 * Shaping for the readable layer: contextual forms (each a glyph of its own in DejaVu), but no
 * ligatures (a lam-alef glyph would name two letters, which readers reverse), and no mark or
 * cursive positioning (a raised shadda would read as a line of its own).
 */
const plainShaping = () => ({ rlig: false, liga: false, clig: false, mark: false, mkmk: false, curs: false, kern: false });

const registered = new WeakSet<PDFKit.PDFDocument>();

/** Faces whose glyphs are drawn right to left, including the digits and brackets set among their words. */
const RIGHT_TO_LEFT_FACES = new Set<FontSlot>(['arabic', 'hebrew']);

/**
 * Whether a piece of a line is read from a readable layer: right-to-left words, and whatever a
 * right-to-left face draws among them, when the readable face has a glyph for every character.
 */
export const wantsReadableLayer = (text: string, slot: FontSlot): boolean =>
  (containsRtl(text) || RIGHT_TO_LEFT_FACES.has(slot)) &&
  [...text].every((c) => /\s/.test(c) || fontFor(READABLE).hasGlyphForCodePoint(c.codePointAt(0)!));

/**
 * Writes a right-to-left word again, invisibly (text render mode 3), across the box of its drawn
 * glyphs. The drawn glyphs come from a face that builds letters from shared skeletons and dots,
 * so they cannot name their letters; they are marked as a space. The readable layer is shaped
 * and ordered like any right-to-left text in a PDF (glyphs in visual order, each naming its
 * letter), which text extraction, search and screen readers put back into reading order
 * themselves. (A reading-order ActualText span, the other way to name the letters, comes out
 * back to front in poppler, which reorders it once more.)
 */
export function drawReadableLayer(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, size: number): void {
  if (!registered.has(doc)) {
    // pdfkit 0.20 accepts a parsed fontkit Font; the family name lets it find the font again.
    doc.registerFont(READABLE, fontFor(READABLE) as unknown as Buffer, READABLE);
    registered.add(doc);
  }
  doc.font(READABLE).fontSize(size);
  const natural = doc.widthOfString(text, { features: plainShaping() } as unknown as PDFKit.Mixins.TextOptions);
  if (natural <= 0) return;
  doc.addContent('3 Tr');
  // horizontalScaling is in pdfkit 0.20's text options, not yet in its typings.
  const options = { lineBreak: false, baseline: 'alphabetic', features: plainShaping(), horizontalScaling: (width / natural) * 100 };
  doc.text(text, x, y, options as unknown as PDFKit.Mixins.TextOptions);
  doc.addContent('0 Tr');
}
