import { m, type Locale } from '../../../core/catalog/locale';
import type { Mark, Page, StructNode } from '../layout/display-list';
import type { PageGeometry } from '../layout/theme';
import { mcidOf, recordPage, reusePage, type RecordedPage } from './pdfkit-internals';
import { Pen } from './pen';
import { registerLoadedFonts } from './pdf-document';
import type { RunningText } from './running-text';

type StructElement = PDFKit.PDFStructureElement;

export interface PaintJob {
  pages: readonly Page[];
  page: PageGeometry;
  copies: number;
  /** The language of the copies' bookmarks. */
  words: Locale;
  running: RunningText;
}

/**
 * Paints the laid-out pages `copies` times into one document. Each copy gets its own part of the
 * structure tree and its own bookmarks; fonts are embedded once, and from copy 2 on pages reuse
 * copy 1's drawing.
 */
export function paintCopies(doc: PDFKit.PDFDocument, job: PaintJob): void {
  registerLoadedFonts(doc);
  const pen = new Pen(doc);
  const top = doc.struct('Document');
  doc.addStructure(top);
  const geo = job.page;
  const pageOptions = { size: [geo.width, geo.height], margins: geo.margin } as PDFKit.PDFDocumentOptions;
  const recorded: (RecordedPage<StructNode> | null)[] = [];
  let sample: PDFKit.PDFStructureContent | null = null;

  for (let copy = 1; copy <= job.copies; copy++) {
    const copyRoot = job.copies > 1 ? doc.struct('Part', { title: m.handouts_copy({ copy }, { locale: job.words }) }) : top;
    if (copyRoot !== top) top.add(copyRoot);
    const elements = new Map<StructNode, StructElement>();
    // Structure elements are made when their first content is painted, so they enter the
    // tree in reading order, and nodes that print nothing leave no empty tags.
    const ensure = (node: StructNode): StructElement => {
      let el = elements.get(node);
      if (!el) {
        if (!node.parent) return copyRoot;
        el = doc.struct(node.type, node.options);
        ensure(node.parent).add(el);
        elements.set(node, el);
      }
      return el;
    };
    let copyOutline: PDFKit.PDFOutline | null = null;
    let sectionOutline: PDFKit.PDFOutline | null = null;

    job.pages.forEach((page, index) => {
      doc.addPage(pageOptions);
      if (job.copies > 1 && index === 0)
        copyOutline = doc.outline.addItem(m.handouts_copy_of({ copy, copies: job.copies }, { locale: job.words }));
      for (const o of page.outlines) {
        const parent: PDFKit.PDFOutline = (o.level === 1 && sectionOutline) || copyOutline || doc.outline;
        const item = parent.addItem(o.title);
        if (o.level === 0) sectionOutline = item;
      }

      const earlier = recorded[index];
      if (copy > 1 && earlier && sample) {
        for (const { node, content } of reusePage(doc, earlier, sample)) ensure(node).add(content);
        return;
      }
      const record = copy === 1 ? recordPage<StructNode>(doc) : null;
      pen.reset();
      let open: StructNode | null = null;
      const close = () => {
        if (open) doc.endMarkedContent();
        open = null;
      };
      const paintMark = (m: Mark, ox: number, oy: number) => {
        if ('artifact' in m) {
          close();
          doc.markContent('Artifact', { type: m.artifact });
          for (const p of m.paints) pen.draw(p, ox, oy);
          doc.endMarkedContent();
          return;
        }
        if (open !== m.node) {
          close();
          // One marked-content sequence per node and page: a paragraph's lines share it.
          const content = doc.markStructureContent(m.node.type);
          ensure(m.node).add(content);
          record?.marked.push({ node: m.node, mcid: mcidOf(content) });
          sample ??= content;
          open = m.node;
        }
        for (const p of m.paints) pen.draw(p, ox, oy);
      };

      for (const placed of page.slices) {
        for (const m of placed.slice.marks) paintMark(m, geo.margin.left, geo.margin.top + placed.y);
      }
      close();
      // Running header and footer: artifacts, so screen readers do not read them on every page.
      doc.markContent('Artifact', { type: 'Pagination' });
      for (const p of job.running.paints(page.header, index + 1, job.pages.length)) pen.draw(p, 0, 0);
      doc.endMarkedContent();
      if (copy === 1) recorded[index] = record;
    });
    if (copyRoot !== top) copyRoot.end();
  }
  top.end();
}
