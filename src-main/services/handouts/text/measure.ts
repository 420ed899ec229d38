import { fontFor, type FontSlot } from '../fonts/font-files';

/**
 * Advance widths per font, in ems, cached for the life of the process: the same words recur in
 * every pack and every copy. Measured with fontkit's layout (kerning and ligatures), as pdfkit draws.
 */
const cache = new Map<FontSlot, Map<string, number>>();
const MAX_ENTRIES = 50_000;

export function advanceEm(slot: FontSlot, text: string): number {
  let widths = cache.get(slot);
  if (!widths) {
    widths = new Map();
    cache.set(slot, widths);
  }
  let w = widths.get(text);
  if (w === undefined) {
    const font = fontFor(slot);
    w = font.layout(text).advanceWidth / font.unitsPerEm;
    if (widths.size >= MAX_ENTRIES) widths.clear();
    widths.set(text, w);
  }
  return w;
}

export const widthOf = (slot: FontSlot, text: string, size: number): number => advanceEm(slot, text) * size;
