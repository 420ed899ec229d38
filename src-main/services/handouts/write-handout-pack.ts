import { handoutPackContent } from '../../core/handout/handout-pack';
import { handoutOptionsSchema, type HandoutOptionsInput } from '../../core/handout/handout-options';
import type { Workshop } from '../../core/workshop/workshop-schema';
import type { CellMeasure } from './layout/table-style';
import { composePack } from './pack/compose-pack';
import { shareLayoutCache } from './paint/shared-layout-cache';
import { renderDocument, type HandoutResult } from './render-document';

/** Height of wrapped text as pdfkit's table will wrap it, measured with the document's own fonts. */
const cellMeasure =
  (doc: PDFKit.PDFDocument): CellMeasure =>
  (text, face, size, width) => {
    doc.font(face).fontSize(size);
    shareLayoutCache(doc, face);
    return doc.heightOfString(text, { width });
  };

/**
 * Lays out a handout pack once and prints it `copies` times into one PDF (a class set shares
 * fonts and drawing). Throws a ZodError when the options are invalid.
 */
export async function renderHandoutPack(workshop: Workshop, input: HandoutOptionsInput = {}): Promise<HandoutResult> {
  const options = handoutOptionsSchema.parse(input);
  const content = handoutPackContent(workshop, options);
  return renderDocument(
    {
      title: `${workshop.title}: handout`,
      subject: `Participant handout for the workshop "${workshop.title}"`,
      ...(options.facilitatorName ? { author: options.facilitatorName } : {}),
    },
    options.paper,
    options.copies,
    (c, doc) => composePack(c, content, cellMeasure(doc)),
  );
}

/** The handout pack as PDF bytes: cover, comparison table, worksheets, action plan. */
export async function writeHandoutPack(workshop: Workshop, options: HandoutOptionsInput = {}): Promise<Buffer> {
  return (await renderHandoutPack(workshop, options)).pdf;
}
