import type { FontSlot } from '../fonts/font-files';

/**
 * pdfkit shapes every word with fontkit (GSUB/GPOS lookups) and caches the result per font per
 * document, so each new pack shaped the same words again: most of a pack's time. The shaped
 * runs depend only on the font and the word, so one cache per font serves every document.
 * pdfkit only reads cached runs (it scales positions once, before caching).
 */
const caches = new Map<FontSlot, Record<string, unknown>>();
const MAX_WORDS = 30_000;

interface EmbeddedFontInternals {
  layoutCache?: Record<string, unknown>;
}

/** Points the document's current font at the shared cache for `slot`. */
export function shareLayoutCache(doc: PDFKit.PDFDocument, slot: FontSlot): void {
  const font = (doc as unknown as { _font: EmbeddedFontInternals | null })._font;
  if (!font || !font.layoutCache) return;
  let cache = caches.get(slot);
  if (font.layoutCache === cache) return;
  if (!cache || Object.keys(cache).length > MAX_WORDS) {
    cache = Object.create(null) as Record<string, unknown>;
    caches.set(slot, cache);
  }
  font.layoutCache = cache;
}
