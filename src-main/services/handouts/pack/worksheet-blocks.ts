import type { WorksheetBlock } from '../../../core/handout/worksheets';
import { baselineIn, type Composer } from '../layout/composer';
import { stack, type Mark, type Paint, type StructNode } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';

/** A question or prompt, kept on one page with its writing lines. */
function prompt(c: Composer, parent: StructNode, text: string, lines: number, spaceBefore = 14, number?: number): void {
  const node = parent.add('P');
  const x = number === undefined ? 0 : 18;
  const slices = c.lines(node, text, TYPE.bodyStrong, c.width - x, { x });
  if (number !== undefined) {
    const n: Paint = {
      op: 'text',
      x: 0,
      y: baselineIn(TYPE.bodyStrong),
      slot: 'semibold',
      size: TYPE.bodyStrong.size,
      color: COLORS.accent,
      text: `${number}.`,
    };
    slices[0] = { ...slices[0], marks: [{ artifact: 'Layout', paints: [n] }, ...slices[0].marks] };
  }
  const writing = Array.from({ length: lines }, () => c.writingLine(x, c.width - x));
  c.push({ slices: [...slices, ...writing], spaceBefore, keepTogether: true });
}

function scenario(c: Composer, parent: StructNode, b: Extract<WorksheetBlock, { kind: 'scenario' }>, lines: (n: number) => number): void {
  const sect = parent.add('Sect');
  const inner = c.width - 28;
  const card = [
    ...c.lines(sect.add('H2'), b.title, { ...TYPE.h2, color: COLORS.ink }, inner),
    { height: 3, marks: [] },
    ...c.lines(sect.add('P'), b.situation, TYPE.body, inner),
  ];
  const body = stack([{ height: 12, marks: [] }, ...card, { height: 12, marks: [] }], 14);
  const frame: Mark = {
    artifact: 'Layout',
    paints: [{ op: 'rect', x: 0.5, y: 0.5, w: c.width - 1, h: body.height - 1, stroke: COLORS.accentMid, lineWidth: 1, radius: 6 }],
  };
  // The card stays on the page of its first question.
  if (body.height < c.page.contentHeight * 0.6)
    c.push({ slices: [{ height: body.height, marks: [frame, ...body.marks] }], spaceBefore: 18, keepTogether: true, keepWithNext: true });
  else c.push({ slices: card, spaceBefore: 18 });
  b.questions.forEach((q, i) => prompt(c, sect, q.text, lines(q.lines), i === 0 ? 10 : 8, i + 1));
}

function sortGrid(c: Composer, parent: StructNode, b: Extract<WorksheetBlock, { kind: 'sort-grid' }>): void {
  const sect = parent.add('Sect');
  c.push({ slices: c.lines(sect.add('H2'), 'The cards', TYPE.h2, c.width), spaceBefore: 16, keepWithNext: true });
  c.list(sect, b.cards, true, TYPE.body, 4);
  c.push({
    slices: c.lines(sect.add('P'), 'Write each card’s number in the column where your group places it.', TYPE.note, c.width),
    spaceBefore: 14,
    keepWithNext: true,
  });

  // Header cells are real table headers; the empty cells below are space to write in.
  const table = sect.add('Table');
  const tr = table.add('TR');
  const n = b.categories.length;
  const gap = 6;
  const w = (c.width - gap * (n - 1)) / n;
  const style = { ...TYPE.bodyStrong, color: COLORS.accent };
  const heads = b.categories.map((label, i) =>
    stack([
      { height: 6, marks: [] },
      ...c.lines(tr.add('TH', { scope: 'Column' }), label, style, w - 12, { x: i * (w + gap) + 6, align: 'center' }),
      { height: 6, marks: [] },
    ]),
  );
  const headHeight = Math.max(...heads.map((h) => h.height));
  const cellHeight = 30;
  // A very large sort still gets a grid that fits one page.
  const rows = Math.max(2, Math.min(b.rows, Math.floor((c.page.contentHeight * 0.85 - headHeight) / cellHeight)));
  const gridHeight = headHeight + rows * cellHeight;
  const paints: Paint[] = b.categories.flatMap((_, i): Paint[] => {
    const x = i * (w + gap);
    return [
      { op: 'rect', x, y: 0, w, h: headHeight, fill: COLORS.accentSoft, radius: 4 },
      {
        op: 'rect',
        x: x + 0.5,
        y: headHeight + 4,
        w: w - 1,
        h: gridHeight - headHeight - 4,
        stroke: COLORS.accentMid,
        lineWidth: 0.8,
        radius: 4,
      },
      ...Array.from({ length: rows - 1 }, (_, r): Paint => ({
        op: 'line',
        x1: x + 8,
        y1: headHeight + 4 + (r + 1) * cellHeight,
        x2: x + w - 8,
        y2: headHeight + 4 + (r + 1) * cellHeight,
        width: 0.5,
        color: COLORS.writing,
      })),
    ];
  });
  c.push({
    slices: [{ height: gridHeight + 4, marks: [{ artifact: 'Layout', paints }, ...heads.flatMap((h) => h.marks)] }],
    spaceBefore: 8,
    keepTogether: true,
  });
}

/**
 * Spectrum: one row per statement, the statement on the left and a line of marks to circle on
 * the right, under a header naming the two poles.
 */
function spectrum(c: Composer, parent: StructNode, b: Extract<WorksheetBlock, { kind: 'spectrum' }>): void {
  const sect = parent.add('Sect');
  c.paragraph(sect, `Circle one mark on each line: from “${b.left}” on the left to “${b.right}” on the right.`, TYPE.note, {
    spaceBefore: 16,
  });
  const textWidth = Math.round(c.width * 0.42);
  const scaleX = textWidth + 14;
  const scaleWidth = c.width - scaleX;
  const poleWidth = scaleWidth / 2 - 4;
  // The poles are named in the sentence above, so the header repeats them as decoration.
  const style = { ...TYPE.label, color: COLORS.accent };
  const left = stack(c.lines(null, b.left, style, poleWidth, { x: scaleX }));
  const right = stack(c.lines(null, b.right, style, poleWidth, { x: c.width - poleWidth, align: 'right' }));
  c.push({
    slices: [{ height: Math.max(left.height, right.height) + 2, marks: [...left.marks, ...right.marks] }],
    spaceBefore: 10,
    keepWithNext: true,
  });

  b.statements.forEach((statement, i) => {
    const text = stack(c.lines(sect.add('P'), statement, TYPE.body, textWidth - 20, { x: 20 }));
    const mid = TYPE.body.leading / 2;
    const step = (scaleWidth - 12) / (b.positions - 1);
    const paints: Paint[] = [
      { op: 'text', x: 0, y: baselineIn(TYPE.body), slot: 'semibold', size: TYPE.body.size, color: COLORS.accent, text: `${i + 1}.` },
      { op: 'line', x1: scaleX + 6, y1: mid, x2: scaleX + scaleWidth - 6, y2: mid, width: 1.1, color: COLORS.accent },
      ...Array.from({ length: b.positions }, (_, k): Paint => ({
        op: 'circle',
        x: scaleX + 6 + k * step,
        y: mid,
        r: 4.2,
        fill: COLORS.white,
        stroke: COLORS.accent,
        lineWidth: 1,
      })),
    ];
    const height = Math.max(text.height, TYPE.body.leading) + 10;
    paints.push({ op: 'line', x1: 0, y1: height - 4, x2: c.width, y2: height - 4, width: 0.4, color: COLORS.rule });
    c.push({ slices: [{ height, marks: [{ artifact: 'Layout', paints }, ...text.marks] }], spaceBefore: i === 0 ? 4 : 0 });
  });
}

function roleCards(c: Composer, parent: StructNode, b: Extract<WorksheetBlock, { kind: 'role-cards' }>): void {
  const sect = parent.add('Sect');
  c.push({ slices: c.lines(sect.add('H2'), 'The situation', TYPE.h2, c.width), spaceBefore: 16, keepWithNext: true });
  c.richText(sect, b.brief, TYPE.body, 4);
  const inner = c.width - 28;
  for (const role of b.roles) {
    const card = sect.add('Sect');
    const content = [
      ...c.lines(card.add('P'), 'ROLE CARD', TYPE.kicker, inner),
      ...c.lines(card.add('H2'), role.name, { ...TYPE.h2, color: COLORS.ink }, inner),
      { height: 3, marks: [] },
      ...c.lines(card.add('P'), role.brief, TYPE.body, inner),
    ];
    const body = stack([{ height: 12, marks: [] }, ...content, { height: 12, marks: [] }], 14);
    // A dashed frame: role cards are cut apart and handed to the players.
    const frame: Mark = {
      artifact: 'Layout',
      paints: [{ op: 'rect', x: 0.5, y: 0.5, w: c.width - 1, h: body.height - 1, stroke: COLORS.accent, lineWidth: 0.9, radius: 6 }],
    };
    if (body.height < c.page.contentHeight * 0.6)
      c.push({ slices: [{ height: body.height, marks: [frame, ...body.marks] }], spaceBefore: 14, keepTogether: true });
    else c.push({ slices: content, spaceBefore: 14 });
  }
}

/** "Reflection: my action plan" and "My action plan" name the same thing. */
const sameTitle = (a: string, b: string) => {
  const bare = (s: string) =>
    s
      .toLowerCase()
      .replace(/^[^:]{1,30}:\s*/, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return bare(a) === bare(b) || a.trim().toLowerCase() === b.trim().toLowerCase();
};

export function composeWorksheetBlock(c: Composer, parent: StructNode, block: WorksheetBlock, sheetTitle: string, fewerLines = 0): void {
  const lines = (n: number) => Math.max(Math.min(n, 2), n - fewerLines);
  switch (block.kind) {
    case 'text': {
      const title = block.title && !sameTitle(block.title, sheetTitle) ? block.title : undefined;
      if (title) c.push({ slices: c.lines(parent.add('H2'), title, TYPE.h2, c.width), spaceBefore: 20, keepWithNext: true });
      c.textBlocks(parent, block.blocks, TYPE.body, title ? 4 : 14);
      return;
    }
    case 'prompt':
      prompt(c, parent, block.text, lines(block.lines));
      return;
    case 'lines': {
      if (block.optional && fewerLines >= 3) return;
      if (block.label)
        c.push({ slices: c.lines(parent.add('P'), block.label, TYPE.bodyStrong, c.width), spaceBefore: 16, keepWithNext: true });
      c.writingLines(lines(block.lines), { spaceBefore: 2 });
      return;
    }
    case 'scenario':
      scenario(c, parent, block, lines);
      return;
    case 'sort-grid':
      sortGrid(c, parent, block);
      return;
    case 'spectrum':
      spectrum(c, parent, block);
      return;
    case 'role-cards':
      roleCards(c, parent, block);
  }
}
