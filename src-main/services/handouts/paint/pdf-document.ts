import PDFDocument from 'pdfkit';
import { fontFor, loadedSlots } from '../fonts/font-files';

export interface DocumentMeta {
  title: string;
  subject: string;
  author?: string;
}

/** Escapes text for the XMP packet, which pdfkit writes from the Info values without escaping. */
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type InfoDoc = PDFKit.PDFDocument & { info: Record<string, unknown>; _addInfo: () => void };

/**
 * A tagged, PDF/UA-flagged document in English whose viewer shows the title, not the file name.
 * Pages are added by the painter; fonts come from the process-wide cache, so a class set or a
 * second pack does not read or parse them again.
 */
export function createDocument(meta: DocumentMeta): PDFKit.PDFDocument {
  const options = {
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: 'en',
    displayTitle: true,
    // No default font: Helvetica would not be embedded (PDF/UA wants every font embedded), and a
    // Font object here would make pdfkit rebuild the font on every later doc.font('regular').
    // Fonts are registered by name below and chosen by name before any text is drawn.
    font: null,
    info: { Title: meta.title, Subject: meta.subject, Creator: 'Secure Base', ...(meta.author ? { Author: meta.author } : {}) },
  };
  // @types/pdfkit lags 0.20: no 'PDF/UA' subset and no fontkit Font as `font`.
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions) as InfoDoc;
  // A title such as "Give & take" would otherwise break the XML metadata that PDF/UA requires.
  const addInfo = doc._addInfo;
  doc._addInfo = function (this: InfoDoc) {
    const raw = this.info;
    this.info = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? xml(v) : v]));
    try {
      addInfo.call(this);
    } finally {
      this.info = raw;
    }
  };
  registerLoadedFonts(doc);
  return doc;
}

/** Registers every font parsed so far under its slot name; pdfkit embeds only those drawn with. */
export function registerLoadedFonts(doc: PDFKit.PDFDocument): void {
  for (const slot of loadedSlots()) {
    // pdfkit 0.20 accepts a parsed fontkit Font; the typings only know paths and buffers.
    // The family name matters: doc.table() restores fonts by (source, family), and without a
    // family pdfkit would rebuild the font and compare name tables on every cell.
    doc.registerFont(slot, fontFor(slot) as unknown as Buffer, slot);
  }
}

/** Collects the document's bytes; call before painting, resolves after `doc.end()`. */
export function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
