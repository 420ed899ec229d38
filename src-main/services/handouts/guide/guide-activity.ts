import { m } from '../../../core/catalog/locale';
import type { GuideActivity } from '../../../core/handout/guide';
import type { Composer } from '../layout/composer';
import { stack, type Slice, type StructNode } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';

function labelled(c: Composer, parent: StructNode, label: string, text: string): void {
  const node = parent.add('P');
  const w = 92;
  const head = stack(c.lines(node, label, TYPE.label, w - 8, { x: c.fromStart(0, w - 8) }));
  const body = stack(c.lines(node, text, TYPE.body, c.width - w, { x: c.fromStart(w, c.width - w) }));
  c.push({
    slices: [{ height: Math.max(head.height + 2, body.height), marks: [...head.marks, ...body.marks] }],
    spaceBefore: 6,
    keepTogether: true,
  });
}

/** One activity of the guide: what it is for, what to say and do, minute by minute, and what to do when time runs short. */
export function composeGuideActivity(c: Composer, a: GuideActivity, total: number): void {
  const says = c.says;
  const sect = c.root.add('Sect');
  const kicker = [
    `${a.clock}`,
    m.handouts_guide_activity_of({ number: a.number, total }, says),
    m.handouts_minutes({ count: a.minutes }, says),
    a.kindLabel,
    a.groupingLabel,
  ].join('  ·  ');
  c.push({
    slices: c.lines(sect.add('P'), kicker.toLocaleUpperCase(c.words), TYPE.kicker, c.width),
    spaceBefore: 28,
    keepWithNext: true,
    ...(a.number === 1 ? { newPage: true } : {}),
    outline: { title: `${a.clock} ${a.title}`, level: 0 },
  });
  c.push({ slices: c.lines(sect.add('H1'), a.title, TYPE.h1, c.width), spaceBefore: 4, keepWithNext: true });
  labelled(c, sect, m.handouts_guide_goal({}, says), a.goal);
  labelled(c, sect, m.handouts_guide_grouping({}, says), a.groupingLabel);
  const materials = a.materials.length ? a.materials.join(m.handouts_list_separator({}, says)) : m.handouts_guide_none({}, says);
  labelled(c, sect, m.handouts_guide_materials_label({}, says), materials);
  labelled(c, sect, m.handouts_guide_instructions({}, says), a.instructions);
  if (a.contentNote) labelled(c, sect, m.handouts_content_note({}, says), a.contentNote);

  const inner = c.boxWidth();
  const say = sect.add('Sect');
  c.box(
    [
      ...c.lines(say.add('H2'), m.handouts_guide_what_to_say({}, says), { ...TYPE.h3, color: COLORS.accent }, inner),
      ...c.lines(say.add('BlockQuote'), a.say, { ...TYPE.body, face: 'italic' }, inner),
    ],
    { fill: COLORS.accentSoft, edge: COLORS.accent, spaceBefore: 10 },
  );

  const steps = c.heading(sect, 2, m.handouts_guide_steps({}, says), { spaceBefore: 12 });
  const list = steps.add('L');
  for (const s of a.steps) {
    const li = list.add('LI');
    const minutes = m.handouts_minutes({ count: s.minutes }, says);
    const label = stack(c.lines(li.add('Lbl'), minutes, { ...TYPE.bodyStrong, color: COLORS.accent }, 48, { x: c.fromStart(0, 48) }));
    const body = stack(c.lines(li.add('LBody'), s.text, TYPE.body, c.width - 52, { x: c.fromStart(52, c.width - 52) }));
    c.push({
      slices: [{ height: Math.max(label.height, body.height), marks: [...label.marks, ...body.marks] }],
      spaceBefore: 4,
      keepTogether: true,
    });
  }
  if (a.cards.length > 0) {
    const cards = c.heading(sect, 2, m.handouts_guide_cards_views({}, says), { spaceBefore: 12 });
    for (const card of a.cards) {
      const node = cards.add('Sect');
      const parts: Slice[] = [...c.lines(node.add('H3'), card.title, TYPE.bodyStrong, c.width)];
      const at = { x: c.fromStart(12, c.width - 12) };
      for (const p of card.perspectives) parts.push(...c.lines(node.add('P'), `${p.label}: ${p.text}`, TYPE.body, c.width - 12, at));
      if (card.note)
        parts.push(
          ...c.lines(
            node.add('P'),
            m.handouts_guide_note({ note: card.note }, says),
            { ...TYPE.note, color: COLORS.warm },
            c.width - 12,
            at,
          ),
        );
      c.push({ slices: [stack(parts)], spaceBefore: 6, keepTogether: true });
    }
  }
  if (a.debrief.length > 0) {
    const debrief = c.heading(sect, 2, m.handouts_guide_debrief({}, says), { spaceBefore: 12 });
    c.list(debrief, a.debrief, false, TYPE.body, 4);
  }
  for (const note of a.facilitatorNotes) {
    const node = sect.add('Sect');
    c.box(
      [
        ...c.lines(node.add('H2'), m.handouts_guide_facilitator_note({}, says), { ...TYPE.h3, color: COLORS.warm }, inner),
        ...c.lines(node.add('P'), note, TYPE.body, inner),
      ],
      { fill: COLORS.warmSoft, edge: COLORS.warm, spaceBefore: 10 },
    );
  }
  const short = sect.add('Sect');
  c.box(
    [
      ...c.lines(short.add('H2'), m.handouts_guide_short_of_time({}, says), { ...TYPE.h3, color: COLORS.ink }, inner),
      ...c.lines(short.add('P'), a.shortOfTime, TYPE.body, inner),
    ],
    { fill: COLORS.white, edge: COLORS.muted, spaceBefore: 10 },
  );
}
