import { m } from '../../../core/catalog/locale';
import type { Worksheet } from '../../../core/handout/worksheets';
import type { Composer } from '../layout/composer';
import { COLORS, TYPE } from '../layout/theme';
import { composeWorksheetBlock, type Roominess } from './worksheet-blocks';

/**
 * A worksheet follows the one before it on the same page; its heading stays with what comes
 * next, and every card, question and row is kept whole. The handout text is the paper's own
 * instructions (mark an X, tick a box), so the activity's spoken ones ("stand where you lean")
 * are left to the facilitator guide.
 */
export function composeWorksheet(
  c: Composer,
  sheet: Worksheet,
  total: number,
  workshopTitle: string,
  room: Roominess,
  newPage = false,
): void {
  const sect = c.root.add('Sect');
  const says = c.says;
  const kicker = [
    m.handouts_worksheet_of({ number: sheet.number, total }, says),
    sheet.kindLabel,
    m.handouts_minutes({ count: sheet.minutes }, says),
    sheet.groupingLabel,
  ].join('  ·  ');
  c.push({
    slices: c.lines(sect.add('P'), kicker.toLocaleUpperCase(c.words), TYPE.kicker, c.width),
    spaceBefore: 24 * room.gap,
    keepWithNext: true,
    ...(newPage ? { newPage: true } : {}),
    header: workshopTitle,
    outline: { title: m.handouts_worksheet_outline({ number: sheet.number, title: sheet.title }, says), level: 0 },
  });
  c.push({ slices: c.lines(sect.add('H1'), sheet.title, TYPE.h1, c.width), spaceBefore: 4, keepWithNext: true });

  const inner = c.boxWidth(10);
  if (sheet.contentNote && room.gap >= 0.7) {
    const note = sect.add('Sect');
    c.box(
      [
        ...c.lines(note.add('H2'), m.handouts_content_note({}, says), { ...TYPE.h3, color: COLORS.warm }, inner),
        ...c.lines(note.add('P'), sheet.contentNote, TYPE.body, inner),
      ],
      { fill: COLORS.warmSoft, edge: COLORS.warm, spaceBefore: 8 * room.gap, padding: 10, keepWithNext: true },
    );
  } else if (sheet.contentNote) {
    // Short of room: the same note as one line of text under the title.
    c.push({
      slices: c.lines(
        sect.add('P'),
        m.handouts_content_note_inline({ note: sheet.contentNote }, says),
        { ...TYPE.note, color: COLORS.warm },
        c.width,
      ),
      spaceBefore: 4,
      keepWithNext: true,
    });
  }
  for (const block of sheet.blocks) composeWorksheetBlock(c, sect, block, room, sheet.title);
}
