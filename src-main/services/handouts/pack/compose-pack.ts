import type { HandoutPackContent } from '../../../core/handout/handout-pack';
import { Composer } from '../layout/composer';
import type { CellMeasure } from '../layout/table-style';
import { composeActionPlan } from './action-plan-page';
import { composeComparison } from './comparison-page';
import { composeCover } from './cover-page';
import { composeWorksheet } from './worksheet-pages';

/** Lays out one copy of the pack, part by part, in print order. */
export function composePack(c: Composer, pack: HandoutPackContent, measure: CellMeasure): void {
  if (pack.cover) composeCover(c, pack.cover);
  if (pack.comparison) composeComparison(c, pack.comparison, pack.workshopTitle, measure);
  for (const sheet of pack.worksheets) composeWorksheet(c, sheet, pack.worksheets.length, pack.workshopTitle);
  if (pack.actionPlan) composeActionPlan(c, pack.actionPlan, pack.workshopTitle);
}
