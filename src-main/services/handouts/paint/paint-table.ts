import type { TableSpec } from '../layout/display-list';
import { TABLE_STYLE } from '../layout/table-style';
import { COLORS } from '../layout/theme';

/**
 * Draws a table with pdfkit's `doc.table()`, which tags it as Table/TR/TH/TD under `parent`.
 * Row heights come from the layout, so the table occupies exactly the space reserved for it.
 */
export function paintTable(
  doc: PDFKit.PDFDocument,
  spec: TableSpec,
  x: number,
  y: number,
  parent: PDFKit.PDFStructureElement,
): PDFKit.PDFStructureContent[] {
  const s = TABLE_STYLE;
  // No cell borders: pdfkit tags one-sided borders with a BorderColor holding nulls, which
  // readers reject. The rules between rows are drawn by the layout as decoration instead.
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  const data = spec.rows.map((row, r) =>
    row.map((text, c) => {
      const header = r === 0;
      const rowHeader = !header && c === 0;
      return {
        text,
        type: header || rowHeader ? 'TH' : 'TD',
        ...(header ? { scope: 'column' } : rowHeader ? { scope: 'row' } : {}),
        font: { src: header ? s.headerFace : rowHeader ? s.rowHeaderFace : s.bodyFace, size: s.size },
        textColor: header ? COLORS.white : COLORS.ink,
        ...(header
          ? { backgroundColor: c === 2 ? COLORS.warm : COLORS.accent }
          : rowHeader
            ? { backgroundColor: COLORS.accentSoft }
            : r % 2 === 0
              ? { backgroundColor: '#f7faf9' }
              : {}),
        border: none,
      };
    }),
  );
  const options = {
    position: { x, y },
    columnStyles: spec.columnWidths.map((width) => ({ width })),
    rowStyles: spec.rowHeights.map((height) => ({ height })),
    defaultStyle: { padding: { top: s.paddingY, bottom: s.paddingY, left: s.paddingX, right: s.paddingX } },
    structParent: parent,
    data,
  };
  // Each cell's content is one marked sequence, opened by pdfkit in reading order: keep them, so
  // copies that reuse this drawing can tag the same sequences.
  const marked: PDFKit.PDFStructureContent[] = [];
  const mark = doc.markStructureContent;
  doc.markStructureContent = function (this: PDFKit.PDFDocument, ...args: Parameters<typeof mark>) {
    const content = mark.apply(this, args);
    marked.push(content);
    return content;
  };
  try {
    // @types/pdfkit does not know structParent, scope or per-cell fonts given by name.
    doc.table(options as unknown as PDFKit.Mixins.TableOptionsWithData);
  } finally {
    doc.markStructureContent = mark;
  }
  return marked;
}
