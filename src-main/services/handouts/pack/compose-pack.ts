import type { HandoutPackContent } from '../../../core/handout/handout-pack';
import type { Composer } from '../layout/composer';
import { paginate } from '../layout/paginate';
import { WRITING_LINE_GAP } from '../layout/theme';
import { composeActionPlan } from './action-plan-page';
import { composeCover } from './cover-page';
import { composeKeyIdeas } from './key-ideas-page';
import { composeSupport } from './support-box';
import type { Roominess } from './worksheet-blocks';
import { composeWorksheet } from './worksheet-pages';

/** A pack people keep: six sides of paper at most, A4 or Letter. */
export const MAX_PACK_PAGES = 6;

/** From roomy to tight: the first that fits in six pages is printed. */
const ROOMINESS: readonly Roominess[] = [
  { fewerLines: 0, gap: 1, cardScale: 0.95, lineGap: 24, textScale: 1 },
  { fewerLines: 1, gap: 0.8, cardScale: 0.9, lineGap: 23, textScale: 1 },
  { fewerLines: 1, gap: 0.6, cardScale: 0.9, lineGap: 21, textScale: 1 },
  { fewerLines: 2, gap: 0.5, cardScale: 0.85, lineGap: 20, textScale: 1 },
  { fewerLines: 2, gap: 0.5, cardScale: 0.85, lineGap: 20, textScale: 0.93 },
];

/** Lays out one copy of the pack, part by part, in print order. */
export function composePack(c: Composer, pack: HandoutPackContent): void {
  composeFitted(c, MAX_PACK_PAGES, (room) => composeAt(c, pack, room));
}

/**
 * Lays a pack out from roomy to tight until it fits in `maxPages` (the tightest is printed
 * whatever its length). `compose` lays out the whole pack at one roominess.
 */
export function composeFitted(c: Composer, maxPages: number, compose: (room: Roominess) => void): void {
  const start = c.blocks.length;
  const missing = c.missing.snapshot();
  for (const [i, room] of ROOMINESS.entries()) {
    c.blocks.length = start;
    c.missing.restore(missing);
    c.lineGap = room.lineGap;
    c.textScale = room.textScale;
    compose(room);
    if (i === ROOMINESS.length - 1 || paginate(c.blocks.slice(start), c.page.contentHeight).length <= maxPages) break;
  }
  c.textScale = 1;
  c.lineGap = WRITING_LINE_GAP;
}

function composeAt(c: Composer, pack: HandoutPackContent, room: Roominess): void {
  if (pack.cover) composeCover(c, pack.cover, pack.support);
  else composeSupport(c, pack.support, 0);
  if (pack.keyIdeas) composeKeyIdeas(c, pack.keyIdeas, pack.workshopTitle, pack.cover !== undefined);
  pack.worksheets.forEach((sheet, i) => {
    const first = i === 0 && !pack.keyIdeas && pack.cover !== undefined;
    composeWorksheet(c, sheet, pack.worksheets.length, pack.workshopTitle, room, first);
  });
  if (pack.actionPlan) composeActionPlan(c, pack.actionPlan, pack.workshopTitle, room);
}
