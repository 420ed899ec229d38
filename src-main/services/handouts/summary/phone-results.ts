import { m } from '../../../core/catalog/locale';
import type { ResultContent } from '../../../core/handout/session-summary';
import type { Composer } from '../layout/composer';
import { dataTable } from '../layout/data-table';
import type { StructNode } from '../layout/display-list';
import { TYPE } from '../layout/theme';

/** A line that stays on the page of the table it introduces. */
function lead(c: Composer, parent: StructNode, text: string): void {
  c.push({ slices: c.lines(parent.add('P'), text, TYPE.bodyStrong, c.width), spaceBefore: 10, keepWithNext: true });
}

/** "12 answered from phones", under a result the phones answered. */
export function answeredNote(c: Composer, parent: StructNode, answered: number | undefined): void {
  if (answered === undefined) return;
  c.paragraph(parent, m.handouts_summary_answered({ count: answered }, c.says), TYPE.note, { spaceBefore: 4 });
}

/** How the phones sorted each card: one row per card, one column per category. */
export function cardVotesTable(c: Composer, parent: StructNode, r: Extract<ResultContent, { kind: 'card-sort' }>): void {
  if (r.votes.length === 0) return;
  lead(c, parent, m.handouts_summary_phones_sorted({}, c.says));
  const share = Math.max(0.1, 0.55 / r.voteColumns.length);
  dataTable(
    c,
    parent,
    [
      { header: m.handouts_summary_col_card({}, c.says), share: 0.45 },
      ...r.voteColumns.map((header) => ({ header, share, align: 'right' as const })),
    ],
    r.votes.map((v) => [v.text, ...v.counts.map(String)]),
    { rowHeaders: true, spaceBefore: 4 },
  );
  answeredNote(c, parent, r.answered);
}

/** Per scenario card, how many chose each response. */
export function scenarioResponses(c: Composer, parent: StructNode, r: Extract<ResultContent, { kind: 'scenario' }>): void {
  for (const card of r.cards) {
    lead(c, parent, card.title);
    dataTable(
      c,
      parent,
      [
        { header: m.handouts_summary_col_response({}, c.says), share: 0.75 },
        { header: m.handouts_summary_col_chose({}, c.says), share: 0.25, align: 'right' },
      ],
      card.responses.map((x) => [x.label, String(x.count)]),
      { spaceBefore: 4 },
    );
    answeredNote(c, parent, card.answered);
  }
}
