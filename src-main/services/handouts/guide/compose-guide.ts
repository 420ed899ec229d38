import type { GuideContent } from '../../../core/handout/guide';
import type { Composer } from '../layout/composer';
import { dataTable } from '../layout/data-table';
import { stack, type StructNode } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';
import { fieldRow } from '../pack/cover-page';
import { tickRow } from '../pack/tick-boxes';
import { composeGuideActivity } from './guide-activity';

/** The facilitator guide: at a glance, run sheet, materials, every activity, answer keys, background, disclosure. */
export function composeGuide(c: Composer, g: GuideContent): void {
  const sect = c.root.add('Sect');
  c.push({
    slices: c.lines(sect.add('P'), 'FACILITATOR GUIDE', TYPE.kicker, c.width),
    spaceBefore: 0,
    header: null,
    outline: { title: 'At a glance', level: 0 },
  });
  c.push({ slices: c.lines(sect.add('H1'), g.title, TYPE.title, c.width), spaceBefore: 6 });
  c.paragraph(sect, g.summary, TYPE.body, { spaceBefore: 8 });
  c.push({
    slices: [
      fieldRow(c, sect, [
        ['For', g.glance.audience],
        ['Length', g.glance.duration],
        ['Time', g.glance.timing],
      ]),
    ],
    spaceBefore: 14,
    header: g.title,
  });
  const glance = c.heading(sect, 2, 'What participants take away', { spaceBefore: 14 });
  c.list(glance, g.glance.goals, false, TYPE.body, 4);
  const size = c.heading(sect, 2, 'Group size', { spaceBefore: 14 });
  c.paragraph(size, g.glance.groupSize, TYPE.body, { spaceBefore: 3 });
  if (g.glance.groupNotes.length) c.list(size, g.glance.groupNotes, false, TYPE.body, 4);
  const room = c.heading(sect, 2, 'Room set-up', { spaceBefore: 14 });
  c.paragraph(room, g.glance.roomSetup, TYPE.body, { spaceBefore: 3 });
  const topics = c.heading(sect, 2, 'From the article', { spaceBefore: 14 });
  c.paragraph(topics, g.glance.topics.join(' · '), TYPE.body, { spaceBefore: 3 });

  const run = c.heading(c.root, 1, 'Run sheet', { spaceBefore: 26, outline: 0 });
  dataTable(
    c,
    run,
    [
      { header: 'Time', share: 0.11 },
      { header: 'Min', share: 0.08, align: 'right' },
      { header: 'Activity', share: 0.53 },
      { header: 'How', share: 0.28 },
    ],
    g.runSheet.map((r) => [r.clock, String(r.minutes), r.title, `${r.kindLabel}, ${r.groupingLabel.toLowerCase()}`]),
    { spaceBefore: 8 },
  );

  composeMaterials(c, g);
  g.activities.forEach((a) => composeGuideActivity(c, a, g.activities.length));
  if (g.answerKeys.length > 0) composeAnswerKeys(c, g);
  const bg = c.heading(c.root, 1, g.background.title, { newPage: true, outline: 0 });
  g.background.paragraphs.forEach((p, i) => c.paragraph(bg, p, TYPE.body, { spaceBefore: i === 0 ? 10 : 8 }));
  composeDisclosure(c, g);
}

function composeMaterials(c: Composer, g: GuideContent): void {
  const sect = c.heading(c.root, 1, 'Materials checklist', { spaceBefore: 26, outline: 0 });
  if (g.materials.length === 0) {
    c.paragraph(sect, 'Nothing to prepare beyond the projector.', TYPE.body);
    return;
  }
  c.paragraph(sect, 'Tick each item as you pack it. Print the cards from the cards set.', TYPE.note, { spaceBefore: 4 });
  for (const m of g.materials) {
    const item = stack([
      tickRow(c, sect, [m.item], c.width),
      ...c.lines(sect.add('P'), `For: ${m.activities.join('; ')}`, TYPE.small, c.width - 16, { x: 16 }),
    ]);
    c.push({ slices: [item], spaceBefore: 5, keepTogether: true });
  }
}

function composeAnswerKeys(c: Composer, g: GuideContent): void {
  const sect = c.heading(c.root, 1, 'Answer keys', { newPage: true, outline: 0 });
  c.paragraph(sect, 'For you, not for the groups: use the key to start a conversation, not to mark answers wrong.', TYPE.note, {
    spaceBefore: 4,
  });
  for (const key of g.answerKeys) {
    const part = c.heading(sect, 2, key.activityTitle, { spaceBefore: 16 });
    for (const cat of key.categories) {
      c.push({
        slices: c.lines(part.add('H3'), cat.label, { ...TYPE.h3, color: COLORS.accent }, c.width),
        spaceBefore: 10,
        keepWithNext: true,
      });
      keyCards(c, part, cat.cards);
    }
    if (key.open.length > 0) {
      c.push({
        slices: c.lines(part.add('H3'), 'Either, depending on the situation', TYPE.h3, c.width),
        spaceBefore: 10,
        keepWithNext: true,
      });
      keyCards(c, part, key.open);
    }
  }
}

function keyCards(c: Composer, parent: StructNode, cards: readonly { text: string; explanation?: string; note?: string }[]): void {
  const list = parent.add('L');
  for (const card of cards) {
    const li = list.add('LI');
    const slices = [
      ...c.lines(li.add('LBody'), card.text, TYPE.bodyStrong, c.width - 14, { x: 14 }),
      ...(card.explanation ? c.lines(li.add('P'), card.explanation, TYPE.body, c.width - 14, { x: 14 }) : []),
      ...(card.note ? c.lines(li.add('P'), `Note: ${card.note}`, { ...TYPE.note, color: COLORS.warm }, c.width - 14, { x: 14 }) : []),
    ];
    c.push({ slices: [stack(slices)], spaceBefore: 4, keepTogether: true });
  }
}

function composeDisclosure(c: Composer, g: GuideContent): void {
  const d = g.disclosure;
  const sect = c.heading(c.root, 1, d.title, { newPage: true, outline: 0 });
  c.paragraph(sect, d.intro, TYPE.lead, { spaceBefore: 10 });
  d.steps.forEach((s, i) => {
    const inner = c.boxWidth();
    const node = sect.add('Sect');
    c.box(
      [
        ...c.lines(node.add('H2'), `${i + 1}. ${s.title}`, { ...TYPE.h2, color: COLORS.ink }, inner),
        ...c.lines(node.add('P'), s.text, TYPE.body, inner),
      ],
      { fill: i === 2 ? COLORS.warmSoft : COLORS.accentSoft, edge: i === 2 ? COLORS.warm : COLORS.accent, spaceBefore: 12 },
    );
  });
  c.paragraph(sect, 'Your organisation’s safeguarding lead:', TYPE.bodyStrong, { spaceBefore: 22 });
  c.writingLines(1);
  c.paragraph(sect, 'Their phone number:', TYPE.bodyStrong, { spaceBefore: 10 });
  c.writingLines(1);
}
