import PDFDocument from 'pdfkit';
import type { Locale } from '../../../core/catalog/locale';
import { fontFor, loadedSlots } from '../fonts/font-files';
import { escapeXmpInfo } from './pdfkit-internals';

export interface DocumentMeta {
  title: string;
  subject: string;
  author?: string;
  /** The document's language (BCP 47): the workshop's, so screen readers speak it right. English otherwise. */
  lang?: string;
  /** The language of the fixed words on every page (page numbers, copy bookmarks); English otherwise. */
  words?: Locale;
}

/**
 * A tagged, PDF/UA-flagged document in the workshop's language whose viewer shows the title, not the file name.
 * Pages are added by the painter; fonts come from the process-wide cache, so a class set or a
 * second pack does not read or parse them again.
 */
export function createDocument(meta: DocumentMeta): PDFKit.PDFDocument {
  const options = {
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: meta.lang ?? 'en',
    displayTitle: true,
    // No default font: Helvetica would not be embedded (PDF/UA wants every font embedded), and a
    // Font object here would make pdfkit rebuild the font on every later doc.font('regular').
    // Fonts are registered by name below and chosen by name before any text is drawn.
    font: null,
    info: { Title: meta.title, Subject: meta.subject, Creator: 'Secure Base', ...(meta.author ? { Author: meta.author } : {}) },
  };
  // @types/pdfkit lags 0.20: no 'PDF/UA' subset and no fontkit Font as `font`.
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  escapeXmpInfo(doc);
  registerLoadedFonts(doc);
  return doc;
}

/** Registers every font parsed so far under its slot name; pdfkit embeds only those drawn with. */
export function registerLoadedFonts(doc: PDFKit.PDFDocument): void {
  for (const slot of loadedSlots()) {
    // pdfkit 0.20 accepts a parsed fontkit Font; the typings only know paths and buffers.
    // With a family name pdfkit finds the registered font again instead of rebuilding it.
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
