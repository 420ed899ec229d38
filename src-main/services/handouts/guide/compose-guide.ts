import { m } from '../../../core/catalog/locale';
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
  const says = c.says;
  const sect = c.root.add('Sect');
  c.push({
    slices: c.lines(sect.add('P'), m.handouts_guide_kicker({}, says), TYPE.kicker, c.width),
    spaceBefore: 0,
    header: null,
    outline: { title: m.handouts_guide_at_a_glance({}, says), level: 0 },
  });
  c.push({ slices: c.lines(sect.add('H1'), g.title, TYPE.title, c.width), spaceBefore: 6 });
  c.paragraph(sect, g.summary, TYPE.body, { spaceBefore: 8 });
  c.push({
    slices: [
      fieldRow(c, sect, [
        [m.handouts_field_for({}, says), g.glance.audience],
        [m.handouts_field_length({}, says), g.glance.duration],
        [m.handouts_field_time({}, says), g.glance.timing],
      ]),
    ],
    spaceBefore: 14,
    header: g.title,
  });
  const glance = c.heading(sect, 2, m.handouts_guide_takeaways({}, says), { spaceBefore: 14 });
  c.list(glance, g.glance.goals, false, TYPE.body, 4);
  const size = c.heading(sect, 2, m.handouts_guide_group_size({}, says), { spaceBefore: 14 });
  c.paragraph(size, g.glance.groupSize, TYPE.body, { spaceBefore: 3 });
  if (g.glance.groupNotes.length) c.list(size, g.glance.groupNotes, false, TYPE.body, 4);
  const room = c.heading(sect, 2, m.handouts_guide_room_setup({}, says), { spaceBefore: 14 });
  c.paragraph(room, g.glance.roomSetup, TYPE.body, { spaceBefore: 3 });
  const topics = c.heading(sect, 2, m.handouts_guide_from_article({}, says), { spaceBefore: 14 });
  c.paragraph(topics, g.glance.topics.join(' · '), TYPE.body, { spaceBefore: 3 });

  const run = c.heading(c.root, 1, m.handouts_guide_run_sheet({}, says), { spaceBefore: 26, outline: 0 });
  dataTable(
    c,
    run,
    [
      { header: m.handouts_guide_col_time({}, says), share: 0.11 },
      { header: m.handouts_guide_col_min({}, says), share: 0.08, align: 'right' },
      { header: m.handouts_guide_col_activity({}, says), share: 0.53 },
      { header: m.handouts_guide_col_how({}, says), share: 0.28 },
    ],
    g.runSheet.map((r) => [
      r.clock,
      String(r.minutes),
      r.title,
      m.handouts_guide_how({ kind: r.kindLabel, grouping: r.groupingLabel.toLocaleLowerCase(c.words) }, says),
    ]),
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
  const says = c.says;
  const sect = c.heading(c.root, 1, m.handouts_guide_materials({}, says), { spaceBefore: 26, outline: 0 });
  if (g.materials.length === 0) {
    c.paragraph(sect, m.handouts_guide_materials_none({}, says), TYPE.body);
    return;
  }
  c.paragraph(sect, m.handouts_guide_materials_intro({}, says), TYPE.note, { spaceBefore: 4 });
  for (const material of g.materials) {
    const activities = material.activities.join(m.handouts_list_separator({}, says));
    const item = stack([
      tickRow(c, sect, [material.item], c.width),
      ...c.lines(sect.add('P'), m.handouts_guide_materials_for({ activities }, says), TYPE.small, c.width - 16, {
        x: c.fromStart(16, c.width - 16),
      }),
    ]);
    c.push({ slices: [item], spaceBefore: 5, keepTogether: true });
  }
}

function composeAnswerKeys(c: Composer, g: GuideContent): void {
  const says = c.says;
  const sect = c.heading(c.root, 1, m.handouts_guide_answer_keys({}, says), { newPage: true, outline: 0 });
  c.paragraph(sect, m.handouts_guide_answer_keys_intro({}, says), TYPE.note, { spaceBefore: 4 });
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
        slices: c.lines(part.add('H3'), m.handouts_guide_either({}, says), TYPE.h3, c.width),
        spaceBefore: 10,
        keepWithNext: true,
      });
      keyCards(c, part, key.open);
    }
  }
}

function keyCards(c: Composer, parent: StructNode, cards: readonly { text: string; explanation?: string; note?: string }[]): void {
  const list = parent.add('L');
  const w = c.width - 14;
  const x = c.fromStart(14, w);
  for (const card of cards) {
    const li = list.add('LI');
    const note = card.note ? m.handouts_guide_note({ note: card.note }, c.says) : '';
    const slices = [
      ...c.lines(li.add('LBody'), card.text, TYPE.bodyStrong, w, { x }),
      ...(card.explanation ? c.lines(li.add('P'), card.explanation, TYPE.body, w, { x }) : []),
      ...(note ? c.lines(li.add('P'), note, { ...TYPE.note, color: COLORS.warm }, w, { x }) : []),
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
  c.paragraph(sect, m.handouts_guide_safeguarding_lead({}, c.says), TYPE.bodyStrong, { spaceBefore: 22 });
  c.writingLines(1);
  c.paragraph(sect, m.handouts_guide_their_phone({}, c.says), TYPE.bodyStrong, { spaceBefore: 10 });
  c.writingLines(1);
}
