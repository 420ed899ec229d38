import { m } from '../../../core/catalog/locale';
import type { CoverContent } from '../../../core/handout/handout-pack';
import type { SupportContent } from '../../../core/handout/support';
import { composeSupport } from './support-box';
import type { Composer } from '../layout/composer';
import { stack, type Slice, type StructNode } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';

/** A label over its value, or over a line to write on when the value is left blank. */
function field(c: Composer, parent: StructNode, label: string, value: string | undefined, width: number, x: number): Slice[] {
  const node = parent.add('P');
  const head = c.lines(node, label, TYPE.label, width, { x });
  if (value) return [...head, ...c.lines(node, value, TYPE.body, width, { x })];
  return [...head, c.writingLine(x, width)];
}

/** Fields side by side in equal columns; the tallest decides the row's height. */
export function fieldRow(c: Composer, parent: StructNode, fields: [string, string | undefined][]): Slice {
  const gap = 20;
  const w = (c.width - gap * (fields.length - 1)) / fields.length;
  const columns = fields.map(([label, value], i) => stack(field(c, parent, label, value, w, c.fromStart(i * (w + gap), w))));
  return { height: Math.max(...columns.map((col) => col.height)), marks: columns.flatMap((col) => col.marks) };
}

/**
 * The cover fits one page: when the summary is long or the paper short (Letter), it is laid out
 * again with the summary at body size and tighter spacing.
 */
export function composeCover(c: Composer, cover: CoverContent, support: SupportContent): void {
  c.fit(2, (v) => composeCoverAt(c, cover, support, v === 0 ? 1 : 0.6));
}

function composeCoverAt(c: Composer, cover: CoverContent, support: SupportContent, airy: number): void {
  const gap = (n: number) => Math.round(n * airy);
  const says = c.says;
  const sect = c.root.add('Sect');
  c.push({
    slices: c.lines(sect.add('P'), m.handouts_pack_kicker({}, says), TYPE.kicker, c.width),
    spaceBefore: 0,
    header: null,
    outline: { title: cover.title, level: 0 },
  });
  const h1 = sect.add('H1');
  c.push({ slices: c.lines(h1, cover.title, TYPE.title, c.width), spaceBefore: 8 });
  c.push({
    slices: [
      {
        height: 14,
        marks: [{ artifact: 'Layout', paints: [{ op: 'rect', x: c.fromStart(0, 44), y: 8, w: 44, h: 3, fill: COLORS.accent }] }],
      },
    ],
    spaceBefore: 4,
  });
  // Pages the cover spills onto (a very long summary) get the running header.
  c.push({
    slices: c.lines(sect.add('P'), cover.summary, airy < 1 ? TYPE.body : TYPE.lead, c.width),
    spaceBefore: gap(12),
    header: cover.title,
  });

  c.push({
    slices: [
      fieldRow(c, sect, [
        [m.handouts_field_for({}, says), cover.audience],
        [m.handouts_field_length({}, says), cover.duration],
        [m.handouts_field_date({}, says), cover.date],
      ]),
    ],
    spaceBefore: gap(20),
  });
  c.push({
    slices: [
      fieldRow(c, sect, [
        [m.handouts_field_facilitator({}, says), cover.facilitatorName],
        [m.handouts_field_your_name({}, says), undefined],
      ]),
    ],
    spaceBefore: gap(12),
  });

  const rules = sect.add('Sect');
  const inner = c.boxWidth();
  c.box(
    [
      ...c.lines(rules.add('H2'), m.handouts_ground_rules_title({}, says), { ...TYPE.h3, color: COLORS.accent }, inner),
      { height: 4, marks: [] },
      ...c.listSlices(rules, cover.groundRules, true, TYPE.body, inner).flatMap((g, i) => (i === 0 ? g : [{ height: 3, marks: [] }, ...g])),
    ],
    { fill: COLORS.accentSoft, edge: COLORS.accent, spaceBefore: gap(24) },
  );

  const note = sect.add('Sect');
  c.box(
    [
      ...c.lines(note.add('H2'), m.handouts_before_we_start({}, says), { ...TYPE.h3, color: COLORS.warm }, inner),
      { height: 2, marks: [] },
      ...c.lines(note.add('P'), cover.contentNote, TYPE.body, inner),
    ],
    { fill: COLORS.warmSoft, edge: COLORS.warm, spaceBefore: gap(12) },
  );
  composeSupport(c, support, gap(12));
}
