import { directionOf } from '../../core/catalog/locale';
import type { PaperSize } from '../../core/handout/handout-options';
import { fontFor } from './fonts/font-files';
import { MissingCharacters, type MissingCharacter } from './fonts/glyph-coverage';
import { Composer } from './layout/composer';
import { paginate } from './layout/paginate';
import { pageGeometry } from './layout/theme';
import { paintCopies } from './paint/painter';
import { collect, createDocument, type DocumentMeta } from './paint/pdf-document';
import { RunningText } from './paint/running-text';

export interface HandoutResult {
  pdf: Buffer;
  /** Pages in one copy. */
  pageCount: number;
  /** Characters no font could draw: printed as "�" and listed here so the facilitator can be told. */
  missingCharacters: MissingCharacter[];
}

/**
 * The steps every printout shares: lay out once (compose, then paginate), paint `copies` times,
 * collect the bytes. `compose` gets the document for measuring text the way pdfkit will wrap it.
 */
export async function renderDocument(
  meta: DocumentMeta,
  paper: PaperSize,
  copies: number,
  compose: (c: Composer, doc: PDFKit.PDFDocument) => void,
): Promise<HandoutResult> {
  const page = pageGeometry(paper);
  const missing = new MissingCharacters();
  // The design faces are registered when the document is made, so they are parsed first.
  fontFor('regular');
  fontFor('semibold');
  const doc = createDocument(meta);
  const bytes = collect(doc);
  const composer = new Composer(page, missing);
  const direction = directionOf(meta.lang ?? 'en');
  const words = meta.words ?? 'en';
  composer.direction = direction;
  composer.words = words;
  compose(composer, doc);
  const pages = paginate(composer.blocks, page.contentHeight);
  paintCopies(doc, { pages, page, copies, words, running: new RunningText(page, missing, words, direction) });
  doc.end();
  return { pdf: await bytes, pageCount: pages.length, missingCharacters: missing.list() };
}
