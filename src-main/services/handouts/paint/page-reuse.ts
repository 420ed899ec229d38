/**
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
