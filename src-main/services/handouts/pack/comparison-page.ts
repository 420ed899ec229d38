import type { ComparisonContent } from '../../../core/handout/handout-pack';
import type { Composer } from '../layout/composer';
import { TABLE_STYLE, type CellMeasure } from '../layout/table-style';
import type { Paint } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';

const COLUMN_SHARES = [0.24, 0.38, 0.38];

/** The comparison table as a real table (doc.table), with room to write below it. */
export function composeComparison(c: Composer, content: ComparisonContent, workshopTitle: string, measure: CellMeasure): void {
  const sect = c.heading(c.root, 1, content.title, { newPage: true, outline: 0, header: workshopTitle });
  c.paragraph(sect, content.intro, TYPE.body, { spaceBefore: 8 });

  const s = TABLE_STYLE;
  const widths = COLUMN_SHARES.map((share) => share * c.width);
  const rows = [
    [content.columns.aspect, content.columns.autonomy, content.columns.attachment],
    ...content.rows.map((r) => [r.aspect, r.autonomy, r.attachment]),
  ];
  const heights = rows.map(
    (row, r) =>
      Math.max(
        ...row.map((text, col) => {
          const face = r === 0 ? s.headerFace : col === 0 ? s.rowHeaderFace : s.bodyFace;
          return measure(text, face, s.size, widths[col] - s.paddingX * 2);
        }),
      ) +
      s.paddingY * 2 +
      1,
  );
  const holder = sect.add('Div');
  const table = holder.add('Table');
  const cells = rows.map((row, r) => {
    const tr = table.add('TR');
    return row.map((_, col) => (r === 0 ? tr.add('TH', { scope: 'Column' }) : col === 0 ? tr.add('TH', { scope: 'Row' }) : tr.add('TD')));
  });
  const total = heights.reduce((a, b) => a + b, 0);
  let y = 0;
  const rules = heights.slice(0, -1).map((h): Paint => {
    y += h;
    return { op: 'line', x1: 0, y1: y, x2: c.width, y2: y, width: 0.75, color: COLORS.rule };
  });
  c.push({
    slices: [
      {
        height: total,
        marks: [
          { table: { columnWidths: widths, rowHeights: heights, rows, cells }, parent: holder },
          {
            artifact: 'Layout',
            paints: [...rules, { op: 'line', x1: 0, y1: total, x2: c.width, y2: total, width: 1, color: COLORS.accent }],
          },
        ],
      },
    ],
    spaceBefore: 16,
  });

  const prompt = sect.add('Sect');
  c.push({
    slices: c.lines(prompt.add('H2'), content.prompt, { ...TYPE.h3, color: COLORS.accent }, c.width),
    spaceBefore: 26,
    keepWithNext: true,
  });
  c.fillWithLines(4, 6, 14);
}
