import { m, type Locale } from '../../../core/catalog/locale';
import type { ResultContent } from '../../../core/handout/session-summary';
import type { Composer } from '../layout/composer';
import { stack, type Paint, type Slice, type StructNode } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';

type Spectrum = Extract<ResultContent, { kind: 'spectrum' }>;
type Statement = Spectrum['statements'][number];

/** Average position on the 1..n scale, or null when nobody was placed. */
export function averagePosition(counts: readonly number[]): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  return counts.reduce((s, n, i) => s + n * (i + 1), 0) / total;
}

export function spectrumAlt(s: Spectrum, st: Statement, locale: Locale = 'en'): string {
  const avg = averagePosition(st.counts);
  const words = { text: st.text, positions: st.counts.length, start: s.left, end: s.right, counts: st.counts.join(', '), total: st.total };
  return avg === null
    ? m.handouts_summary_spectrum_alt(words, { locale })
    : m.handouts_summary_spectrum_alt_average({ ...words, average: avg.toFixed(1) }, { locale });
}

const DOT = 3.4;
const DOT_STEP = 8;
const MAX_DOTS = 9;

/**
 * A dot plot: one dot per person above each of the line's positions. Where more people stood
 * at one position than fit as dots, the column becomes a bar; the count is printed under each mark.
 */
export function spectrumChart(c: Composer, parent: StructNode, s: Spectrum, st: Statement): Slice {
  const figure = parent.add('Figure', { alt: spectrumAlt(s, st, c.words) });
  const n = st.counts.length;
  const x0 = 16;
  const x1 = c.width - 16;
  const step = (x1 - x0) / (n - 1);
  const max = Math.max(...st.counts, 1);
  const plotHeight = Math.min(max, MAX_DOTS) * DOT_STEP + 6;
  // Room above the dots for the label of the average marker.
  const top = 14;
  const axisY = top + plotHeight;
  const paints: Paint[] = [{ op: 'line', x1: x0 - 8, y1: axisY, x2: x1 + 8, y2: axisY, width: 1, color: COLORS.muted }];
  st.counts.forEach((count, i) => {
    const x = x0 + i * step;
    paints.push({ op: 'line', x1: x, y1: axisY - 3, x2: x, y2: axisY + 3, width: 0.8, color: COLORS.muted });
    if (count === 0) return;
    if (max <= MAX_DOTS) {
      for (let k = 0; k < count; k++) paints.push({ op: 'circle', x, y: axisY - 6 - k * DOT_STEP, r: DOT, fill: COLORS.accent });
    } else {
      const h = Math.max(3, (count / max) * (plotHeight - 6));
      paints.push({ op: 'rect', x: x - DOT - 1, y: axisY - 2 - h, w: DOT * 2 + 2, h, fill: COLORS.accent, radius: 2 });
    }
  });
  const avg = averagePosition(st.counts);
  if (avg !== null) {
    const ax = x0 + (avg - 1) * step;
    paints.push({ op: 'rect', x: ax - 0.75, y: top - 2, w: 1.5, h: axisY - top + 2, fill: COLORS.warm });
  }
  const counts = st.counts.flatMap(
    (count, i) =>
      stack(
        c.lines(figure, String(count), { ...TYPE.small, color: count ? COLORS.ink : COLORS.muted }, 24, {
          x: x0 + i * step - 12,
          align: 'center',
        }),
      ).marks,
  );
  const labelWidth = c.width / 2 - 10;
  const poles = [
    stack(c.lines(figure, s.left, TYPE.label, labelWidth)),
    stack(c.lines(figure, s.right, TYPE.label, labelWidth, { x: c.width - labelWidth, align: 'right' })),
  ];
  const avgX = avg === null ? 0 : Math.min(Math.max(x0 + (avg - 1) * step - 50, 0), c.width - 100);
  const avgLabel =
    avg === null
      ? []
      : stack(
          c.lines(figure, m.handouts_summary_average({ value: avg.toFixed(1) }, c.says), { ...TYPE.small, color: COLORS.warm }, 100, {
            x: avgX,
            align: 'center',
          }),
        ).marks;
  const shifted = (marks: Slice['marks'], dy: number) =>
    stack([
      { height: dy, marks: [] },
      { height: 0, marks },
    ]).marks;
  const below = axisY + 5;
  return {
    height: below + 12 + Math.max(...poles.map((p) => p.height)) + 4,
    marks: [
      { node: figure, paints },
      ...shifted(avgLabel, -3),
      ...shifted(counts, below),
      ...shifted(
        poles.flatMap((p) => p.marks),
        below + 12,
      ),
    ],
  };
}
