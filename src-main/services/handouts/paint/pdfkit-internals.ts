/**
 * Everything that reaches past pdfkit's public API, in one place. Each piece is kept because it
 * was measured or is a fix (tests/bench/handouts.bench.ts reports the figures with it off):
 * - the shared layout cache: a pack 5x faster, a 30-copy class set 2x;
 * - page reuse for class sets: a 30-copy class set 4x faster;
 * - the XMP escape: pdfkit writes Info values into the XML metadata unescaped (a real bug).
 * All three rely on pdfkit 0.20.2's private fields; the test beside this module fails when the
 * installed pdfkit is another version, and when any other source file touches a private field.
 */
import type { FontSlot } from '../fonts/font-files';

export const PDFKIT_VERSION = '0.20.2';

// ---- Shared layout cache -------------------------------------------------------------------

/**
 * pdfkit shapes every word with fontkit (GSUB/GPOS lookups) and caches the result per font per
 * document, so each new pack shaped the same words again: most of a pack's time. The shaped
 * runs depend only on the font and the word, so one cache per font serves every document.
 * pdfkit only reads cached runs (it scales positions once, before caching).
 */
const caches = new Map<FontSlot, Record<string, unknown>>();
const MAX_WORDS = 30_000;

/** Points the document's current font at the shared cache for `slot`. */
export function shareLayoutCache(doc: PDFKit.PDFDocument, slot: FontSlot): void {
  const font = (doc as unknown as { _font: { layoutCache?: Record<string, unknown> } | null })._font;
  if (!font || !font.layoutCache) return;
  let cache = caches.get(slot);
  if (font.layoutCache === cache) return;
  if (!cache || Object.keys(cache).length > MAX_WORDS) {
    cache = Object.create(null) as Record<string, unknown>;
    caches.set(slot, cache);
  }
  font.layoutCache = cache;
}

// ---- Page reuse for class sets -------------------------------------------------------------

/*
 * Copies of a class set are identical page for page, so copy 2 onwards reuse copy 1's content
 * streams and resources instead of drawing and compressing every page again. Only the tagging is
 * per copy: each page has its own entry in the structure parent tree, which maps the marked
 * content ids (MCIDs) in the shared stream to that copy's structure elements. Sharing one
 * content stream between pages is ordinary PDF; it relies on pdfkit 0.20's page objects.
 */
type Ref = { data: Record<string, unknown>; compress?: boolean };
interface PageInternals {
  dictionary: Ref;
  content: Ref;
  resources: Ref;
  structParentTreeKey: number;
}
interface DocInternals {
  page: PageInternals;
  getStructParentTree(): { get(key: number): (unknown | null)[] };
}
type StructContentClass = new (pageRef: Ref, mcid: number) => PDFKit.PDFStructureContent;

/** What copy 1 drew on one page: its streams, and which structure node owns each marked sequence. */
export interface RecordedPage<N> {
  content: Ref;
  resources: Ref;
  marked: { node: N; mcid: number }[];
}

export function recordPage<N>(doc: PDFKit.PDFDocument): RecordedPage<N> {
  const page = (doc as unknown as DocInternals).page;
  return { content: page.content, resources: page.resources, marked: [] };
}

export const mcidOf = (content: PDFKit.PDFStructureContent): number => (content as unknown as { refs: { mcid: number }[] }).refs[0].mcid;

/**
 * Points the current (fresh) page at a recorded page's content and resources, and returns the
 * structure content for each marked sequence, ready to add to this copy's elements.
 */
export function reusePage<N>(
  doc: PDFKit.PDFDocument,
  recorded: RecordedPage<N>,
  sample: PDFKit.PDFStructureContent,
): { node: N; content: PDFKit.PDFStructureContent }[] {
  const internals = doc as unknown as DocInternals;
  const page = internals.page;
  page.dictionary.data.Contents = recorded.content;
  page.dictionary.data.Resources = recorded.resources;
  // The page's own stream now only holds pdfkit's initial transform and is referenced by nothing;
  // compressing 24 bytes costs a zlib set-up per page, which added up to a third of a class set.
  page.content.compress = false;
  const parents = internals.getStructParentTree().get(page.structParentTreeKey);
  const StructContent = sample.constructor as StructContentClass;
  return recorded.marked.map(({ node, mcid }) => {
    while (parents.length <= mcid) parents.push(null);
    return { node, content: new StructContent(page.dictionary, mcid) };
  });
}

// ---- XMP metadata escape -------------------------------------------------------------------

/** Escapes text for the XMP packet. */
export const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type InfoDoc = PDFKit.PDFDocument & { info: Record<string, unknown>; _addInfo: () => void };

/**
 * pdfkit writes the XMP packet PDF/UA requires from the Info values without escaping them, so
 * a title such as "Give & take" breaks the XML. Escape them while pdfkit writes the packet.
 */
export function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const d = doc as InfoDoc;
  const addInfo = d._addInfo;
  d._addInfo = function (this: InfoDoc) {
    const raw = this.info;
    this.info = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? xmlText(v) : v]));
    try {
      addInfo.call(this);
    } finally {
      this.info = raw;
    }
  };
}
