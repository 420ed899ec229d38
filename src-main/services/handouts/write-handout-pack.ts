import { handoutPackContent } from '../../core/handout/handout-pack';
import { handoutOptionsSchema, type HandoutOptionsInput } from '../../core/handout/handout-options';
import type { Workshop } from '../../core/workshop/workshop-schema';
import { composePack } from './pack/compose-pack';
import { renderDocument, type HandoutResult } from './render-document';

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
    (c) => composePack(c, content),
  );
}

/** The handout pack as PDF bytes: cover, comparison table, worksheets, action plan. */
export async function writeHandoutPack(workshop: Workshop, options: HandoutOptionsInput = {}): Promise<Buffer> {
  return (await renderHandoutPack(workshop, options)).pdf;
}
