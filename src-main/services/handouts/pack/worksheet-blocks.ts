import { m } from '../../../core/catalog/locale';
import type { WorksheetBlock } from '../../../core/handout/worksheets';
import { baselineIn, type Composer } from '../layout/composer';
import { stack, type Paint, type Slice, type StructNode } from '../layout/display-list';
import { scenarioCardSlice } from '../layout/scenario-card';
import { COLORS, TYPE } from '../layout/theme';
import { tickRow } from './tick-boxes';

/** How roomy a pack is laid out: a pack that would run past six pages is laid out again tighter. */
export interface Roominess {
  /** Writing lines taken off each prompt (never below two). */
  fewerLines: number;
  /** Multiplies the space between blocks. */
  gap: number;
  /** Type size of scenario cards against body text. */
  cardScale: number;
  /** Points between writing lines: 24 is roomy, 20 still takes handwriting. */
  lineGap: number;
  /** Type size against the theme's. */
  textScale: number;
}

/** A question, prompt or stem, kept on one page with its writing lines. */
function prompt(c: Composer, parent: StructNode, text: string, lines: number, spaceBefore: number): void {
  const slices = c.lines(parent.add('P'), text, TYPE.bodyStrong, c.width);
  const writing = Array.from({ length: lines }, () => c.writingLine());
  c.push({ slices: [...slices, ...writing], spaceBefore, keepTogether: true });
}

/** Spectrum: each statement at the start, a line between the poles at the end to mark with an X (mirrored right to left). */
function spectrum(c: Composer, parent: StructNode, b: Extract<WorksheetBlock, { kind: 'spectrum' }>, room: Roominess): void {
  const gap = 12 * room.gap;
  const sect = parent.add('Sect');
  c.paragraph(sect, m.handouts_spectrum_mark({ start: b.left, end: b.right }, c.says), TYPE.note, { spaceBefore: gap });
  const at = (x: number, w: number) => c.fromStart(x, w);
  const textWidth = Math.round(c.width * 0.46);
  const scaleX = textWidth + 12;
  const scaleWidth = c.width - scaleX;
  const poleWidth = scaleWidth / 2 - 4;
  const style = { ...TYPE.label, color: COLORS.accent };
  // The poles are named in the sentence above, so the header repeats them as decoration.
  const start = stack(c.lines(null, b.left, style, poleWidth, { x: at(scaleX, poleWidth), align: c.rtl ? 'right' : 'left' }));
  const end = stack(c.lines(null, b.right, style, poleWidth, { x: at(c.width - poleWidth, poleWidth), align: c.rtl ? 'left' : 'right' }));
  c.push({
    slices: [{ height: Math.max(start.height, end.height) + 2, marks: [...start.marks, ...end.marks] }],
    spaceBefore: 6,
    keepWithNext: true,
  });
  b.statements.forEach((statement, i) => {
    const text = stack(c.lines(sect.add('P'), statement, TYPE.body, textWidth - 18, { x: at(18, textWidth - 18) }));
    const height = Math.max(text.height, TYPE.body.leading) + 4 + 4 * room.gap;
    const mid = Math.max(text.height, TYPE.body.leading) / 2;
    const x1 = c.rtl ? 4 : scaleX + 4;
    const x2 = c.rtl ? scaleWidth - 4 : c.width - 4;
    const number = c.rtl ? `.${i + 1}` : `${i + 1}.`;
    const numberX = c.rtl ? c.width - c.measure(number, { ...TYPE.body, face: 'semibold' }) : 0;
    const paints: Paint[] = [
      { op: 'text', x: numberX, y: baselineIn(TYPE.body), slot: 'semibold', size: TYPE.body.size, color: COLORS.accent, text: number },
      { op: 'line', x1, y1: mid, x2, y2: mid, width: 1, color: COLORS.ink },
      { op: 'line', x1, y1: mid - 5, x2: x1, y2: mid + 5, width: 1, color: COLORS.ink },
      { op: 'line', x1: (x1 + x2) / 2, y1: mid - 3, x2: (x1 + x2) / 2, y2: mid + 3, width: 0.7, color: COLORS.muted },
      { op: 'line', x1: x2, y1: mid - 5, x2, y2: mid + 5, width: 1, color: COLORS.ink },
      { op: 'line', x1: 0, y1: height - 3, x2: c.width, y2: height - 3, width: 0.4, color: COLORS.rule },
    ];
    c.push({ slices: [{ height, marks: [{ artifact: 'Layout', paints }, ...text.marks] }], spaceBefore: i === 0 ? 2 : 0 });
  });
}

function situation(c: Composer, parent: StructNode, text: string, gap: number): void {
  const sect = parent.add('Sect');
  c.push({ slices: c.lines(sect.add('H2'), m.handouts_the_situation({}, c.says), TYPE.h3, c.width), spaceBefore: gap, keepWithNext: true });
  c.richText(sect, text, TYPE.body, 3);
  c.paragraph(sect, m.handouts_role_cards_note({}, c.says), TYPE.note, { spaceBefore: 4 });
}

function tickRows(c: Composer, parent: StructNode, b: Extract<WorksheetBlock, { kind: 'tick-rows' }>, gap: number): void {
  const list = parent.add('L');
  for (let r = 0; r < b.rows; r++) {
    const li = list.add('LI');
    const label = c.lines(li.add('Lbl'), m.handouts_numbered_label({ label: b.rowLabel, number: r + 1 }, c.says), TYPE.bodyStrong, c.width);
    const rows: Slice[] = b.groups.map((options) => tickRow(c, li.add('LBody'), options, c.width));
    c.push({
      slices: [stack([...label, c.writingLine(), { height: 4, marks: [] }, ...rows.flatMap((s) => [s, { height: 3, marks: [] }])])],
      spaceBefore: r === 0 ? gap : gap * 0.8,
      keepTogether: true,
    });
  }
}

/**
 * "Reflection: my action plan" and "My action plan" name the same thing; so does a handout
 * title that only shortens the worksheet's ("Role play: I do it myself!").
 */
const sameTitle = (a: string, b: string) => {
  const bare = (s: string) =>
    s
      .toLowerCase()
      .replace(/^[^:]{1,30}:\s*/, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return bare(b).startsWith(bare(a)) || bare(a) === bare(b);
};

export function composeWorksheetBlock(c: Composer, parent: StructNode, block: WorksheetBlock, room: Roominess, heading?: string): void {
  // Questions (two lines) may come down to one on a tight pack; prompts keep at least two.
  const lines = (n: number) => Math.max(n <= 2 ? 1 : 2, n - room.fewerLines);
  const gap = 12 * room.gap;
  switch (block.kind) {
    case 'text': {
      const title = block.title && !(heading && sameTitle(block.title, heading)) ? block.title : undefined;
      if (title) c.push({ slices: c.lines(parent.add('H2'), title, TYPE.h3, c.width), spaceBefore: gap, keepWithNext: true });
      c.textBlocks(parent, block.blocks, TYPE.body, title ? 3 : gap);
      // The sheet's instructions stay on the page of the first thing they ask for.
      const last = c.blocks[c.blocks.length - 1];
      if (block.blocks.length > 0 && last) last.keepWithNext = true;
      return;
    }
    case 'prompt':
      if (!block.optional || room.fewerLines < 2) prompt(c, parent, block.text, lines(block.lines), gap);
      return;
    case 'lines':
      if (room.fewerLines < 2) prompt(c, parent, block.label, lines(block.lines), gap);
      return;
    case 'scenario':
      c.push({
        slices: [scenarioCardSlice(c, parent, block, c.width, room.cardScale, { runInQuestions: room.cardScale < 0.9 })],
        spaceBefore: gap,
        keepTogether: true,
      });
      return;
    case 'spectrum':
      spectrum(c, parent, block, room);
      return;
    case 'situation':
      situation(c, parent, block.text, gap);
      return;
    case 'tick-rows':
      tickRows(c, parent, block, gap);
  }
}
