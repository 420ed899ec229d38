import type { Composer } from '../layout/composer';
import { baselineIn } from '../layout/composer';
import { stack, type Paint, type Slice, type StructNode } from '../layout/display-list';
import { COLORS, TYPE, type TypeStyle } from '../layout/theme';

const BOX = 10;

/** An empty box to tick, sitting on the first line of `style`'s text. */
export function tickBox(x: number, style: TypeStyle = TYPE.body): Paint {
  return { op: 'rect', x, y: baselineIn(style) - BOX + 1, w: BOX, h: BOX, stroke: COLORS.ink, lineWidth: 0.9, radius: 1.5 };
}

/** Options side by side, each after its own box, wrapping onto further lines when they do not fit. */
export function tickRow(c: Composer, parent: StructNode, options: readonly string[], width: number): Slice {
  const style = TYPE.body;
  const lines: Slice[][] = [[]];
  let x = 0;
  const list = parent.add('L');
  for (const option of options) {
    const item = list.add('LI');
    const textWidth = Math.min(width - BOX - 6, c.measure(option, style) + 2);
    const need = BOX + 6 + textWidth + 16;
    if (x > 0 && x + need > width) {
      lines.push([]);
      x = 0;
    }
    // Right to left, the box comes first from the right and its words to its left.
    const boxX = c.fromStart(x, BOX, width);
    const textX = c.fromStart(x + BOX + 6, textWidth, width);
    const text = stack(c.lines(item.add('LBody'), option, style, textWidth, { x: textX }));
    lines[lines.length - 1].push({ height: text.height, marks: [{ artifact: 'Layout', paints: [tickBox(boxX)] }, ...text.marks] });
    x += need;
  }
  return stack(lines.map((row) => ({ height: Math.max(...row.map((s) => s.height)), marks: row.flatMap((s) => s.marks) })));
}
