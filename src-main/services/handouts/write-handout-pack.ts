import type { HandoutOptionsInput } from '../../core/handout/handout-options';
import type { ScenarioBank } from '../../core/workshop/bank-schema';
import type { Workshop } from '../../core/workshop/workshop-schema';
import type { HandoutResult } from './render-document';
import { renderHandoutSet } from './write-handout-set';

/**
 * Lays out a participant pack once and prints it `copies` times into one PDF (a class set shares
 * fonts and drawing). Throws a ZodError when the options are invalid. With `also`, the pack is in two
 * languages: the second is the translation of `workshop` in that language among `workshops`.
 */
export async function renderHandoutPack(
  workshop: Workshop,
  input: HandoutOptionsInput = {},
  banks: readonly ScenarioBank[] = [],
  workshops: readonly Workshop[] = [],
): Promise<HandoutResult> {
  return renderHandoutSet('pack', workshop, input, banks, workshops);
}

/** The participant pack as PDF bytes. */
export async function writeHandoutPack(workshop: Workshop, options: HandoutOptionsInput = {}): Promise<Buffer> {
  return (await renderHandoutPack(workshop, options)).pdf;
}
