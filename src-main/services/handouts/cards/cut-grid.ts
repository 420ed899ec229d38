import type { Composer } from '../layout/composer';
import { shiftMark, type Paint, type Slice } from '../layout/display-list';
import { COLORS } from '../layout/theme';

/** Dashed cut lines around a cell: cut along them with scissors or a guillotine. */
export function cutLines(x: number, w: number, h: number, top: boolean): Paint[] {
  const line = (x1: number, y1: number, x2: number, y2: number): Paint => ({
    op: 'line',
    x1,
    y1,
    x2,
    y2,
    width: 0.6,
    color: COLORS.muted,
    dash: 4,
  });
  return [...(top ? [line(x, 0, x + w, 0)] : []), line(x, h, x + w, h), line(x, 0, x, h), line(x + w, 0, x + w, h)];
}

/**
 * Cards side by side in rows of `columns`, each cell `height` tall, with cut lines; `fill` lays
 * out one card inside its cell (x offset, inner width) and returns its slice. Rows never split.
 */
export function cutGrid(
  c: Composer,
  count: number,
  columns: number,
  height: number,
  fill: (index: number, x: number, width: number) => Slice,
  opts: { newPage?: boolean; header?: string } = {},
): void {
  const w = c.width / columns;
  for (let row = 0; row * columns < count; row++) {
    const marks: Slice['marks'] = [];
    const paints: Paint[] = [];
    for (let col = 0; col < columns && row * columns + col < count; col++) {
      const x = col * w;
      paints.push(...cutLines(x, w, height, true));
      const inner = fill(row * columns + col, x, w);
      const dy = Math.max(0, (height - inner.height) / 2);
      marks.push(...inner.marks.map((m) => shiftMark(m, 0, dy)));
    }
    c.push({
      slices: [{ height, marks: [{ artifact: 'Layout', paints }, ...marks] }],
      spaceBefore: 0,
      keepTogether: true,
      ...(row === 0 && opts.newPage ? { newPage: true } : {}),
      ...(row === 0 && opts.header !== undefined ? { header: opts.header } : {}),
    });
  }
}
