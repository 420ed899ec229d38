import type { FontSlot } from '../fonts/font-files';

/**
 * The laid-out pages of one copy, ready to paint. Layout runs once; a class set paints the
 * same pages again for every copy, which is what keeps 30 copies fast.
 * Coordinates are points, y growing down, relative to the slice's top-left corner at the
 * left content margin.
 */
export type Paint =
  | { op: 'text'; x: number; y: number; slot: FontSlot; size: number; color: string; text: string; actual?: string }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string; dash?: number }
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; lineWidth?: number; radius?: number }
  | { op: 'circle'; x: number; y: number; r: number; fill?: string; stroke?: string; lineWidth?: number };

/** A node of the PDF's logical structure (tag tree); created in the PDF only once content is painted for it. */
export class StructNode {
  readonly children: StructNode[] = [];
  constructor(
    readonly type: string,
    readonly parent: StructNode | null,
    readonly options: { alt?: string; lang?: string; title?: string; scope?: 'Row' | 'Column' } = {},
  ) {
    parent?.children.push(this);
  }

  add(type: string, options: StructNode['options'] = {}): StructNode {
    return new StructNode(type, this, options);
  }
}

/**
 * Paints that belong together in the structure tree: content of one node, or an artifact
 * (decoration, running header and footer) that assistive technology skips.
 */
export type Mark = { node: StructNode; paints: Paint[] } | { artifact: 'Layout' | 'Pagination'; paints: Paint[] };

/** The smallest piece of a page that is never split: a line of text, a chart, a table row. */
export interface Slice {
  height: number;
  marks: Mark[];
}

export interface Block {
  slices: Slice[];
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** Start on a fresh page (each part, each worksheet). */
  newPage?: boolean;
  /** Keep all slices on one page when they fit on one (cards, short boxes). */
  keepTogether?: boolean;
  /** Keep this block on the same page as the first slices of the next (headings). */
  keepWithNext?: boolean;
  /** A bookmark for the page where this block starts. */
  outline?: { title: string; level: 0 | 1 };
  /** Generated at pagination to fill the rest of the page (writing lines); at least `minSlices`. */
  fill?: { slice: (index: number) => Slice; sliceHeight: number; minSlices: number; maxSlices: number };
  /** Running header text for the pages this block starts; null hides the header (cover). */
  header?: string | null;
}

export interface PlacedSlice {
  slice: Slice;
  y: number;
}

export interface Page {
  slices: PlacedSlice[];
  outlines: { title: string; level: 0 | 1 }[];
  header: string | null;
}

/** Shifts paints by (dx, dy); used to stack slices into one unbreakable slice. */
export function shiftPaint(p: Paint, dx: number, dy: number): Paint {
  switch (p.op) {
    case 'text':
    case 'rect':
    case 'circle':
      return { ...p, x: p.x + dx, y: p.y + dy };
    case 'line':
      return { ...p, x1: p.x1 + dx, x2: p.x2 + dx, y1: p.y1 + dy, y2: p.y2 + dy };
  }
}

export function shiftMark(m: Mark, dx: number, dy: number): Mark {
  return { ...m, paints: m.paints.map((p) => shiftPaint(p, dx, dy)) };
}

/** Stacks slices into one unbreakable slice (a card, a box). */
export function stack(slices: readonly Slice[], dx = 0): Slice {
  let y = 0;
  const marks: Mark[] = [];
  for (const s of slices) {
    for (const m of s.marks) marks.push(shiftMark(m, dx, y));
    y += s.height;
  }
  return { height: y, marks };
}
