import type { FontSlot } from '../fonts/font-files';
import type { Paint } from '../layout/display-list';
import { shareLayoutCache } from './pdfkit-internals';
import { drawReadableLayer, wantsReadableLayer } from './readable-rtl';

/** Draws paints, skipping font and colour changes that would repeat the current state. */
export class Pen {
  #slot: FontSlot | null = null;
  #size = 0;
  #fill = '';

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  draw(p: Paint, ox: number, oy: number): void {
    const doc = this.doc;
    switch (p.op) {
      case 'text':
        if (this.#slot !== p.slot) {
          doc.font(p.slot);
          shareLayoutCache(doc, p.slot);
        }
        if (this.#size !== p.size) doc.fontSize(p.size);
        this.#slot = p.slot;
        this.#size = p.size;
        this.fill(p.color);
        if (p.actual !== undefined && wantsReadableLayer(p.actual, p.slot)) {
          // Right-to-left words are read from a layer of their own (see readable-rtl.ts).
          doc.markContent('Span', { actual: ' ' } as PDFKit.Mixins.MarkingOptions);
          doc.text(p.text, ox + p.x, oy + p.y, { lineBreak: false, baseline: 'alphabetic' });
          doc.endMarkedContent();
          drawReadableLayer(doc, p.actual, ox + p.x, oy + p.y, doc.widthOfString(p.text), p.size);
          this.#slot = null;
          return;
        }
        // Glyphs that do not name their characters (emoji sequences) carry the text as typed.
        if (p.actual !== undefined) doc.markContent('Span', { actual: p.actual } as PDFKit.Mixins.MarkingOptions);
        doc.text(p.text, ox + p.x, oy + p.y, { lineBreak: false, baseline: 'alphabetic' });
        if (p.actual !== undefined) doc.endMarkedContent();
        return;
      case 'line':
        doc.save().lineWidth(p.width).strokeColor(p.color);
        if (p.dash) doc.dash(p.dash, { space: p.dash });
        doc
          .moveTo(ox + p.x1, oy + p.y1)
          .lineTo(ox + p.x2, oy + p.y2)
          .stroke()
          .restore();
        return;
      case 'rect': {
        doc.save();
        if (p.radius) doc.roundedRect(ox + p.x, oy + p.y, p.w, p.h, p.radius);
        else doc.rect(ox + p.x, oy + p.y, p.w, p.h);
        this.shape(p.fill, p.stroke, p.lineWidth);
        doc.restore();
        return;
      }
      case 'circle':
        doc.save().circle(ox + p.x, oy + p.y, p.r);
        this.shape(p.fill, p.stroke, p.lineWidth);
        doc.restore();
    }
  }

  private shape(fill?: string, stroke?: string, lineWidth = 1): void {
    const doc = this.doc;
    if (stroke) doc.lineWidth(lineWidth);
    if (fill && stroke) doc.fillAndStroke(fill, stroke);
    else if (fill) doc.fill(fill);
    else if (stroke) doc.stroke(stroke);
    // save/restore reset the graphics state, and with it the fill colour.
    this.#fill = '';
  }

  private fill(color: string): void {
    if (this.#fill !== color) this.doc.fillColor(color);
    this.#fill = color;
  }

  /** A new page starts with pdfkit's default state; forget what we knew. */
  reset(): void {
    this.#slot = null;
    this.#size = 0;
    this.#fill = '';
  }
}
