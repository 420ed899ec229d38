import type { Worksheet } from '../../../core/handout/worksheets';
import type { Composer } from '../layout/composer';
import { COLORS, TYPE } from '../layout/theme';
import { composeWorksheetBlock } from './worksheet-blocks';

/**
 * Each worksheet starts on a fresh page. One that would spill a little onto another page is
 * laid out again with fewer writing lines per question (never fewer than two).
 */
export function composeWorksheet(c: Composer, sheet: Worksheet, total: number, workshopTitle: string): void {
  c.fit(4, (fewer) => composeSheet(c, sheet, total, workshopTitle, fewer));
}

function composeSheet(c: Composer, sheet: Worksheet, total: number, workshopTitle: string, fewerLines: number): void {
  const sect = c.root.add('Sect');
  const kicker = [`Worksheet ${sheet.number} of ${total}`, sheet.kindLabel, `${sheet.minutes} min`, sheet.groupingLabel].join('  ·  ');
  c.push({
    slices: c.lines(sect.add('P'), kicker.toUpperCase(), TYPE.kicker, c.width),
    spaceBefore: 0,
    newPage: true,
    keepWithNext: true,
    header: workshopTitle,
    outline: { title: `Worksheet ${sheet.number}: ${sheet.title}`, level: 0 },
  });
  c.push({ slices: c.lines(sect.add('H1'), sheet.title, TYPE.h1, c.width), spaceBefore: 6, keepWithNext: true });
  c.push({ slices: c.lines(sect.add('P'), `From: ${sheet.sectionTitle}`, TYPE.small, c.width), spaceBefore: 2 });

  const inner = c.boxWidth();
  if (sheet.contentNote) {
    const note = sect.add('Sect');
    c.box(
      [
        ...c.lines(note.add('H2'), 'Content note', { ...TYPE.h3, color: COLORS.warm }, inner),
        { height: 2, marks: [] },
        ...c.lines(note.add('P'), sheet.contentNote, TYPE.body, inner),
      ],
      { fill: COLORS.warmSoft, edge: COLORS.warm, spaceBefore: 14 },
    );
  }
  const todo = sect.add('Sect');
  c.box(
    [
      ...c.lines(todo.add('H2'), 'What to do', { ...TYPE.h3, color: COLORS.accent }, inner),
      { height: 2, marks: [] },
      ...c.lines(todo.add('P'), sheet.instructions, TYPE.body, inner),
    ],
    { fill: COLORS.accentSoft, edge: COLORS.accent, spaceBefore: sheet.contentNote ? 8 : 14 },
  );
  for (const block of sheet.blocks) composeWorksheetBlock(c, sect, block, sheet.title, fewerLines);
}
