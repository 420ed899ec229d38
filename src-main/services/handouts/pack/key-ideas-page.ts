import type { KeyIdeasContent } from '../../../core/handout/key-ideas';
import type { Composer } from '../layout/composer';
import { dataTable } from '../layout/data-table';
import { directionOf } from '../../../core/workshop/language';
import { TYPE } from '../layout/theme';

/** The workshop's teaching points, and the comparison table where the workshop teaches with it. */
export function composeKeyIdeas(c: Composer, content: KeyIdeasContent, workshopTitle: string, newPage: boolean): void {
  const sect = c.heading(c.root, 1, content.title, { newPage, outline: 0, header: workshopTitle });
  content.ideas.forEach((idea, i) => {
    const part = c.heading(sect, 2, idea.title, { spaceBefore: i === 0 ? 10 : 14 });
    if (idea.text) c.paragraph(part, idea.text, TYPE.body, { spaceBefore: 3 });
    if (idea.points.length > 0) c.list(part, idea.points, false, TYPE.body, 4);
  });
  const table = content.comparison;
  if (!table) return;
  const part = c.heading(sect, 2, table.title, { spaceBefore: 18 });
  c.paragraph(part, table.intro, TYPE.body, { spaceBefore: 3 });
  dataTable(
    c,
    part,
    [
      { header: table.columns.aspect, share: 0.24 },
      { header: table.columns.autonomy, share: 0.38 },
      { header: table.columns.attachment, share: 0.38 },
    ],
    table.rows.map((r) => [r.aspect, r.autonomy, r.attachment]),
    { rowHeaders: true, spaceBefore: 10, rightToLeft: directionOf(table.lang) === 'rtl' },
  );
}
