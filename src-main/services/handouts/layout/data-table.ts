import type { Composer } from './composer';
import { stack, type Mark, type Slice, type StructNode } from './display-list';
import { COLORS, TYPE, type TypeStyle } from './theme';

export interface Column {
  header: string;
  /** Share of the table's width. */
  share: number;
  align?: 'left' | 'right';
}

const PAD_X = 6;
const PAD_Y = 5;

/**
 * A table laid out with our own text engine, so user text (activity titles in any script) gets
 * the font fallback that pdfkit's `doc.table()` lacks. Tagged Table > TR > TH/TD; each row is
 * one unbreakable slice and the header row stays with the first data row.
 */
export function dataTable(
  c: Composer,
  parent: StructNode,
  columns: readonly Column[],
  rows: readonly string[][],
  opts: { rowHeaders?: boolean; lastRowIsTotal?: boolean; spaceBefore?: number; showHeader?: boolean; rightToLeft?: boolean } = {},
): void {
  const table = parent.add('Table');
  const total = columns.reduce((s, col) => s + col.share, 0);
  const widths = columns.map((col) => (col.share / total) * c.width);
  const fromLeft = widths.map((_, i) => widths.slice(0, i).reduce((s, w) => s + w, 0));
  // A right-to-left table (by default, one in a right-to-left document) starts at the right edge;
  // its cells keep their reading order in the tags.
  const rightToLeft = opts.rightToLeft ?? c.rtl;
  const xs = rightToLeft ? fromLeft.map((x, i) => c.width - x - widths[i]) : fromLeft;
  // Numbers keep to the end edge of their column: the left one, right to left.
  const alignOf = (col: Column) => (rightToLeft ? (col.align === 'right' ? 'left' : 'right') : (col.align ?? 'left'));

  const row = (cells: readonly string[], kind: 'header' | 'body' | 'total'): Slice => {
    const tr = table.add('TR');
    const style: TypeStyle =
      kind === 'header'
        ? { ...TYPE.label, color: COLORS.accent }
        : kind === 'total'
          ? { ...TYPE.bodyStrong, size: 10 }
          : { ...TYPE.body, size: 10, leading: 14.5 };
    const stacks = cells.map((text, i) => {
      const isHeader = kind === 'header' || (opts.rowHeaders === true && i === 0);
      const cell = tr.add(isHeader ? 'TH' : 'TD', isHeader ? { scope: kind === 'header' ? 'Column' : 'Row' } : {});
      const lines = c.lines(cell, text, style, widths[i] - PAD_X * 2, { x: xs[i] + PAD_X, align: alignOf(columns[i]) });
      return stack([{ height: PAD_Y, marks: [] }, ...lines, { height: PAD_Y, marks: [] }]);
    });
    const height = Math.max(...stacks.map((s) => s.height));
    const decoration: Mark = {
      artifact: 'Layout',
      paints:
        kind === 'header'
          ? [{ op: 'rect', x: 0, y: 0, w: c.width, h: height, fill: COLORS.accentSoft }]
          : [
              {
                op: 'line',
                x1: 0,
                y1: height,
                x2: c.width,
                y2: height,
                width: kind === 'total' ? 1 : 0.5,
                color: kind === 'total' ? COLORS.accent : COLORS.rule,
              },
            ],
    };
    return { height, marks: [decoration, ...stacks.flatMap((s) => s.marks)] };
  };

  const body = rows.map((cells, i) => row(cells, opts.lastRowIsTotal && i === rows.length - 1 ? 'total' : 'body'));
  if (opts.showHeader !== false) {
    c.push({
      slices: [
        row(
          columns.map((col) => col.header),
          'header',
        ),
      ],
      spaceBefore: opts.spaceBefore ?? 8,
      keepWithNext: true,
    });
    c.push({ slices: body, spaceBefore: 0 });
  } else {
    c.push({ slices: body, spaceBefore: opts.spaceBefore ?? 8 });
  }
}
