import { m } from '../../../core/catalog/locale';
import type { FeedbackContent } from '../../../core/handout/feedback';
import type { Composer } from '../layout/composer';
import { baselineIn } from '../layout/composer';
import { stack, type Paint } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';
import { tickBox } from '../pack/tick-boxes';

const POINTS = 5;

/** One page: scales from 1 to 5 tied to the workshop's goals, and two open questions (mirrored right to left). */
export function composeFeedback(c: Composer, f: FeedbackContent): void {
  const sect = c.root.add('Sect');
  c.push({ slices: c.lines(sect.add('P'), m.handouts_feedback_kicker({}, c.says), TYPE.kicker, c.width), spaceBefore: 0, header: null });
  c.push({ slices: c.lines(sect.add('H1'), f.workshopTitle, TYPE.h1, c.width), spaceBefore: 4 });
  c.paragraph(sect, f.intro, TYPE.body, { spaceBefore: 6 });

  const scaleW = 170;
  const textW = c.width - scaleW - 12;
  const step = scaleW / POINTS;
  // Positions from the start edge; right to left, the scale starts on the right.
  const at = (x: number, w: number) => c.fromStart(x, w);
  const [low, high] = c.rtl ? (['right', 'left'] as const) : (['left', 'right'] as const);
  const head = stack([...c.lines(null, f.scaleLabels[0], TYPE.label, scaleW / 2, { x: at(textW + 12, scaleW / 2), align: low })]);
  const headRight = stack(
    c.lines(null, f.scaleLabels[1], TYPE.label, scaleW / 2, { x: at(textW + 12 + scaleW / 2, scaleW / 2), align: high }),
  );
  const numbers: Paint[] = Array.from({ length: POINTS }, (_, i) => ({
    op: 'text',
    x: at(textW + 12 + i * step + step / 2 - 3, 6),
    y: head.height + baselineIn(TYPE.label),
    slot: 'semibold',
    size: TYPE.label.size,
    color: COLORS.muted,
    text: String(i + 1),
  }));
  c.push({
    slices: [
      { height: head.height + TYPE.label.leading, marks: [...head.marks, ...headRight.marks, { artifact: 'Layout', paints: numbers }] },
    ],
    spaceBefore: 16,
    keepWithNext: true,
  });
  const list = sect.add('L');
  f.scales.forEach((s) => {
    const li = list.add('LI');
    const text = stack(c.lines(li.add('LBody'), s, TYPE.body, textW, { x: at(0, textW) }));
    const height = Math.max(text.height, TYPE.body.leading) + 12;
    const boxes = Array.from({ length: POINTS }, (_, i) => tickBox(at(textW + 12 + i * step + step / 2 - 5, 10)));
    const rule: Paint = { op: 'line', x1: 0, y1: height - 5, x2: c.width, y2: height - 5, width: 0.4, color: COLORS.rule };
    c.push({
      slices: [{ height, marks: [{ artifact: 'Layout', paints: [...boxes, rule] }, ...text.marks] }],
      spaceBefore: 4,
      keepTogether: true,
    });
  });
  c.paragraph(sect, m.handouts_feedback_tick({}, c.says), TYPE.note, { spaceBefore: 4 });
  for (const q of f.openQuestions) {
    c.push({ slices: c.lines(sect.add('P'), q, TYPE.bodyStrong, c.width), spaceBefore: 18, keepWithNext: true });
    c.writingLines(4);
  }
}
