import { m, type Locale } from '../../../core/catalog/locale';
import type { ResultContent } from '../../../core/handout/session-summary';
import type { Composer } from '../layout/composer';
import { stack, type Mark, type Paint, type Slice, type StructNode } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';

type CardSort = Extract<ResultContent, { kind: 'card-sort' }>;

/** The categories in order, then the cards nobody placed. */
const columnsOf = (sort: CardSort, locale: Locale): CardSort['columns'] => [
  ...sort.columns,
  ...(sort.unplaced.length
    ? [{ label: m.handouts_summary_not_placed({}, { locale }), cards: sort.unplaced.map((text) => ({ text })) }]
    : []),
];

const GAP = 8;
const PAD = 6;

/**
 * The group's arrangement as columns, one per category (and "Not placed"), each card a small
 * box; where the answer key differs, the card says what it suggests. Tagged as a table: a
 * header cell per category and a data cell holding its cards. Returns null when the columns
 * would not fit on a page; the caller then prints them as lists.
 */
export function cardSortChart(c: Composer, parent: StructNode, sort: CardSort): Slice | null {
  const columns = columnsOf(sort, c.words);
  if (columns.length === 0) return null;
  const table = parent.add('Table');
  const head = table.add('TR');
  const body = table.add('TR');
  const w = (c.width - GAP * (columns.length - 1)) / columns.length;
  // Right to left, the first category is the rightmost column.
  const colX = (i: number) => c.fromStart(i * (w + GAP), w);
  const cardStyle = { ...TYPE.body, size: 9, leading: 12.5 };
  const heads = columns.map((col, i) =>
    stack(
      c.lines(head.add('TH', { scope: 'Column' }), col.label, { ...TYPE.label, color: COLORS.accent }, w - PAD * 2, {
        x: colX(i) + PAD,
        align: 'center',
      }),
    ),
  );
  const headHeight = Math.max(...heads.map((h) => h.height)) + PAD * 2;

  const marks: Mark[] = [];
  const frame: Paint[] = [];
  let tallest = 0;
  columns.forEach((col, i) => {
    const x = colX(i);
    const cell = body.add('TD');
    frame.push({ op: 'rect', x, y: 0, w, h: headHeight, fill: i === sort.columns.length ? '#eef1f2' : COLORS.accentSoft, radius: 4 });
    let y = headHeight + 6;
    for (const card of col.cards) {
      const text = c.lines(cell, card.text, cardStyle, w - PAD * 2 - 4, { x: x + PAD + 2 });
      const note = card.suggested
        ? c.lines(
            cell,
            m.handouts_summary_key({ category: card.suggested }, c.says),
            { ...TYPE.note, size: 8.5, leading: 12, color: COLORS.warm },
            w - PAD * 2 - 4,
            {
              x: x + PAD + 2,
            },
          )
        : [];
      const content = stack([{ height: 4, marks: [] }, ...text, ...note, { height: 4, marks: [] }]);
      frame.push({
        op: 'rect',
        x: x + 2,
        y,
        w: w - 4,
        h: content.height,
        stroke: card.suggested ? COLORS.warm : COLORS.accentMid,
        lineWidth: 0.8,
        radius: 3,
      });
      marks.push(...stack([{ height: y, marks: [] }, content]).marks);
      y += content.height + 5;
    }
    tallest = Math.max(tallest, y);
  });
  if (tallest > c.page.contentHeight * 0.85) return null;
  const headMarks = stack([
    { height: PAD, marks: [] },
    { height: 0, marks: heads.flatMap((h) => h.marks) },
  ]).marks;
  return { height: tallest + 2, marks: [{ artifact: 'Layout', paints: frame }, ...headMarks, ...marks] };
}

/** The same arrangement as plain lists, for sorts too large for one page. */
export function cardSortLists(c: Composer, parent: StructNode, sort: CardSort): void {
  for (const col of columnsOf(sort, c.words)) {
    c.push({
      slices: c.lines(
        parent.add('P'),
        m.handouts_summary_column_count({ label: col.label, count: col.cards.length }, c.says),
        TYPE.bodyStrong,
        c.width,
      ),
      spaceBefore: 10,
      keepWithNext: true,
    });
    c.list(
      parent,
      col.cards.map((card) =>
        card.suggested ? m.handouts_summary_card_key({ text: card.text, category: card.suggested }, c.says) : card.text,
      ),
      false,
      TYPE.body,
      2,
    );
  }
}
