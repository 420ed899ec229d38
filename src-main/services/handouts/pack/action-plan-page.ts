import { m } from '../../../core/catalog/locale';
import type { ActionPlan } from '../../../core/handout/action-plan';
import type { Composer } from '../layout/composer';
import { stack } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';
import type { Roominess } from './worksheet-blocks';
import { tickBox } from './tick-boxes';

/**
 * Strategies to tick, balance prompts and a first step, each with room to write: the action plan
 * for a workshop that has none of its own. It follows the last worksheet.
 */
export function composeActionPlan(c: Composer, plan: ActionPlan, workshopTitle: string, room: Roominess): void {
  const airy = room.gap;
  const gap = (n: number) => Math.round(n * airy);
  const lines = (n: number) => Math.max(1, n - Math.min(1, room.fewerLines));
  const sect = c.heading(c.root, 1, plan.title, { spaceBefore: gap(30), outline: 0, header: workshopTitle });
  c.paragraph(sect, plan.intro, TYPE.body, { spaceBefore: 8 });

  const strategies = c.heading(sect, 2, plan.strategies.heading, { spaceBefore: gap(18) });
  c.paragraph(strategies, plan.strategies.intro, TYPE.note, { spaceBefore: 2 });
  const list = strategies.add('L');
  const x = 22;
  const nameWidth = Math.min(150, (c.width - x) * 0.34);
  plan.strategies.items.forEach((item) => {
    const li = list.add('LI');
    const body = li.add('LBody');
    // Name and hint side by side: one line each on a page that has a lot to hold.
    const name = stack(c.lines(body, item.name, TYPE.bodyStrong, nameWidth - 8, { x: c.fromStart(x, nameWidth - 8) }));
    const hintWidth = c.width - x - nameWidth;
    const hint = stack(
      c.lines(body, item.hint, { ...TYPE.body, color: COLORS.muted }, hintWidth, { x: c.fromStart(x + nameWidth, hintWidth) }),
    );
    // The tick box is for the pen; the item's words carry its meaning.
    const box = tickBox(c.fromStart(1, 10), TYPE.bodyStrong);
    c.push({
      slices: [
        { height: Math.max(name.height, hint.height), marks: [{ artifact: 'Layout', paints: [box] }, ...name.marks, ...hint.marks] },
      ],
      spaceBefore: gap(6),
      keepTogether: true,
    });
  });
  c.push({
    slices: c.lines(strategies.add('P'), m.handouts_plan_how({}, c.says), TYPE.label, c.width),
    spaceBefore: gap(12),
    keepWithNext: true,
  });
  c.writingLines(lines(2));

  // Balance prompts in two columns: short answers, and the whole plan fits one page.
  const balance = c.heading(sect, 2, plan.balance.heading, { spaceBefore: gap(20) });
  const gutter = 20;
  const half = (c.width - gutter) / 2;
  for (let i = 0; i < plan.balance.prompts.length; i += 2) {
    const cells = plan.balance.prompts.slice(i, i + 2).map((p, j) => {
      const x = c.fromStart(j * (half + gutter), half);
      return stack([
        ...c.lines(balance.add('P'), p.text, TYPE.bodyStrong, half, { x }),
        ...Array.from({ length: p.lines }, () => c.writingLine(x, half)),
      ]);
    });
    c.push({
      slices: [{ height: Math.max(...cells.map((s) => s.height)), marks: cells.flatMap((s) => s.marks) }],
      spaceBefore: gap(i === 0 ? 6 : 12),
      keepTogether: true,
    });
  }

  const first = c.heading(sect, 2, plan.firstStep.heading, { spaceBefore: gap(20) });
  plan.firstStep.prompts.forEach((p, i) => {
    const slices = c.lines(first.add('P'), p.text, TYPE.bodyStrong, c.width);
    c.push({
      slices: [...slices, ...Array.from({ length: lines(p.lines) }, () => c.writingLine())],
      spaceBefore: gap(i === 0 ? 6 : 10),
      keepTogether: true,
    });
  });
}
