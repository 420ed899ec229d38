import { m, type Locale } from '../../../core/catalog/locale';
import type { ResultContent } from '../../../core/handout/session-summary';
import { baselineIn, type Composer } from '../layout/composer';
import { stack, type Paint, type Slice, type StructNode } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';

type Poll = Extract<ResultContent, { kind: 'poll' }>;

const percent = (n: number, total: number) => (total === 0 ? 0 : Math.round((n / total) * 100));

export function pollAlt(poll: Poll, locale: Locale = 'en'): string {
  const o = { locale };
  const parts = poll.options.map((x) =>
    m.handouts_summary_poll_alt_option({ label: x.label, count: x.count, percent: percent(x.count, poll.total) }, o),
  );
  return m.handouts_summary_poll_alt(
    {
      question: poll.question,
      options: parts.join(m.handouts_list_separator({}, o)),
      total: m.handouts_summary_votes_total({ count: poll.total }, o),
    },
    o,
  );
}

/** Horizontal bars, one per option, scaled to the largest count, each labelled with count and share. */
export function pollChart(c: Composer, parent: StructNode, poll: Poll): Slice {
  const figure = parent.add('Figure', { alt: pollAlt(poll, c.words) });
  const labelWidth = Math.round(c.width * 0.36);
  const barX = labelWidth + 12;
  const barWidth = c.width - barX - 70;
  const max = Math.max(1, ...poll.options.map((o) => o.count));
  const style = { ...TYPE.body, size: 9.5, leading: 13.5 };
  const rows = poll.options.map((o) => {
    const label = stack(c.lines(figure, o.label, style, labelWidth));
    const height = Math.max(label.height, 16) + 6;
    const w = o.count === 0 ? 0 : Math.max(2, (o.count / max) * barWidth);
    // The bar sits on the middle of the label's first line.
    const mid = baselineIn(style) - 0.3 * style.size;
    const value = c.lines(figure, `${o.count}  ·  ${percent(o.count, poll.total)}%`, { ...TYPE.label, color: COLORS.ink }, 70, {
      x: barX + w + 6,
    });
    const paints: Paint[] = [
      { op: 'rect', x: barX, y: mid - 7, w: barWidth, h: 14, fill: '#f1f5f4', radius: 3 },
      ...(w > 0 ? [{ op: 'rect', x: barX, y: mid - 7, w, h: 14, fill: COLORS.accent, radius: 3 } as Paint] : []),
    ];
    const valueMarks = stack(value).marks.map((m) =>
      'paints' in m ? { ...m, paints: m.paints.map((p) => (p.op === 'text' ? { ...p, y: mid + TYPE.label.size * 0.35 } : p)) } : m,
    );
    return { height, marks: [{ node: figure, paints }, ...label.marks, ...valueMarks] };
  });
  const total = c.lines(figure, m.handouts_summary_votes_total({ count: poll.total }, c.says), TYPE.small, c.width - barX, {
    x: c.fromStart(barX, c.width - barX),
  });
  return stack([...rows, ...total]);
}
