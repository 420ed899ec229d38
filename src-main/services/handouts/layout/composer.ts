import type { Locale, TextDirection } from '../../../core/catalog/locale';
import { textBlocks, type TextBlock } from '../../../core/handout/text-blocks';
import { MissingCharacters } from '../fonts/glyph-coverage';
import { layoutText, type TextLine } from '../text/text-layout';
import { paginate } from './paginate';
import { stack, StructNode, type Block, type Mark, type Page, type Paint, type Slice } from './display-list';
import { COLORS, TYPE, WRITING_LINE_GAP, type PageGeometry, type TypeStyle } from './theme';

// Noto Sans' ascender and descender in ems: places the baseline in the middle of a line's leading.
const ASCENT = 1.069;
const DESCENT = 0.293;

export const baselineIn = (style: Pick<TypeStyle, 'size' | 'leading'>): number =>
  (style.leading - (ASCENT + DESCENT) * style.size) / 2 + ASCENT * style.size;

const usedHeight = (page: Page) => {
  const last = page.slices[page.slices.length - 1];
  return last ? last.y + last.slice.height : 0;
};

export interface TextOptions {
  x?: number;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

/**
 * Builds the blocks of a document top to bottom, and its structure tree alongside:
 * every piece of text is laid out here, once, with the font chain.
 */
export class Composer {
  readonly blocks: Block[] = [];
  readonly root = new StructNode('Document', null);
  /** Texts already laid out at a width, with what they had missing: `fit` lays parts out again. */
  readonly #laidOut = new Map<string, { lines: TextLine[]; missing: MissingCharacters }>();
  /** Distance between ruled writing lines; a pack short of room may narrow it a little. */
  lineGap = WRITING_LINE_GAP;
  /** Type size against the theme's; a pack short of room sets it a touch smaller. */
  textScale = 1;
  /**
   * The document's direction (its language's): right to left puts list numbers, bullets, tick boxes,
   * labels and the edges of boxes on the right, and text that sets no alignment of its own on the right.
   */
  direction: TextDirection = 'ltr';
  /** The language of the fixed words (headings, labels) the layout adds: `m.key({}, { locale: c.words })`. */
  words: Locale = 'en';

  /** Options for a catalog message in the fixed words' language. */
  get says(): { locale: Locale } {
    return { locale: this.words };
  }

  get rtl(): boolean {
    return this.direction === 'rtl';
  }

  /** Where a piece `w` wide that sits `x` from the start edge of a `width`-wide area goes, from its left. */
  fromStart(x: number, w: number, width = this.width): number {
    return this.rtl ? width - x - w : x;
  }

  scaled(style: TypeStyle): TypeStyle {
    const k = this.textScale;
    return k === 1 ? style : { ...style, size: style.size * k, leading: style.leading * k };
  }

  constructor(
    readonly page: PageGeometry,
    readonly missing: MissingCharacters,
  ) {}

  get width(): number {
    return this.page.contentWidth;
  }

  /** Text as one slice per line, each line's paints belonging to `node` (or decoration when null). */
  lines(node: StructNode | null, text: string, given: TypeStyle, width: number, opts: TextOptions = {}): Slice[] {
    const style = this.scaled(given);
    const x0 = opts.x ?? 0;
    const color = opts.color ?? style.color;
    const baseline = baselineIn(style);
    return this.layout(text, style, width).map((line) => {
      // Right-to-left paragraphs, and every line of a right-to-left document, sit on the right unless the caller places the text itself.
      const align = opts.align ?? (line.rtl || this.rtl ? 'right' : 'left');
      const shift = align === 'center' ? (width - line.width) / 2 : align === 'right' ? width - line.width : 0;
      const paints: Paint[] = line.fragments.map((f) => ({
        op: 'text',
        x: x0 + shift + f.x,
        y: baseline,
        slot: f.slot,
        size: style.size,
        color,
        text: f.text,
        ...(f.actual ? { actual: f.actual } : {}),
      }));
      const marks: Mark[] = paints.length === 0 ? [] : [node ? { node, paints } : { artifact: 'Layout', paints }];
      return { height: style.leading, marks };
    });
  }

  private layout(text: string, style: TypeStyle, width: number): TextLine[] {
    const key = `${style.face}|${style.size}|${width}|${text}`;
    let done = this.#laidOut.get(key);
    if (!done) {
      const missing = new MissingCharacters();
      done = { lines: layoutText(text, style, width, missing), missing };
      this.#laidOut.set(key, done);
    }
    this.missing.add(done.missing);
    return done.lines;
  }

  /** Width of the widest line of `text` set in one line per hard break. */
  measure(text: string, style: TypeStyle): number {
    return Math.max(0, ...this.layout(text, style, 1e6).map((l) => l.width));
  }

  push(block: Block): void {
    this.blocks.push(block);
  }

  /**
   * Lays a part out in each variant (0 = roomiest) and keeps the roomiest one that needs the
   * fewest pages: a worksheet that would spill three lines onto a new page gets fewer writing
   * lines instead.
   */
  fit(variants: number, compose: (variant: number) => void): void {
    const start = this.blocks.length;
    const missing = this.missing.snapshot();
    let best = 0;
    let last = -1;
    let fewest = Number.POSITIVE_INFINITY;
    for (let v = 0; v < variants; v++) {
      this.blocks.length = start;
      this.missing.restore(missing);
      compose(v);
      last = v;
      const pages = paginate(this.blocks.slice(start), this.page.contentHeight);
      if (pages.length < fewest) {
        fewest = pages.length;
        best = v;
      }
      // Tighter variants save a few lines: only worth trying when the last page holds little.
      if (pages.length === 1 || usedHeight(pages[pages.length - 1]) > this.page.contentHeight * 0.35) break;
    }
    if (last === best) return;
    this.blocks.length = start;
    this.missing.restore(missing);
    compose(best);
  }

  /** A heading; returns the section it opens so content can hang below it in the tree. */
  heading(
    parent: StructNode,
    level: 1 | 2 | 3,
    text: string,
    opts: { newPage?: boolean; outline?: 0 | 1; spaceBefore?: number; style?: TypeStyle; header?: string | null; sect?: boolean } = {},
  ): StructNode {
    const sect = opts.sect === false ? parent : parent.add('Sect');
    const node = sect.add(`H${level}`);
    const style = opts.style ?? (level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3);
    this.push({
      slices: this.lines(node, text, style, this.width),
      spaceBefore: opts.spaceBefore ?? (level === 1 ? 0 : level === 2 ? 18 : 12),
      keepWithNext: true,
      ...(opts.newPage ? { newPage: true } : {}),
      ...(opts.outline !== undefined ? { outline: { title: text, level: opts.outline } } : {}),
      ...(opts.header !== undefined ? { header: opts.header } : {}),
    });
    return sect;
  }

  paragraph(
    parent: StructNode,
    text: string,
    style: TypeStyle = TYPE.body,
    opts: TextOptions & { spaceBefore?: number; keepTogether?: boolean; type?: string } = {},
  ): void {
    const node = parent.add(opts.type ?? 'P');
    const x = opts.x ?? 0;
    this.push({
      slices: this.lines(node, text, style, this.width - x, opts),
      spaceBefore: opts.spaceBefore ?? 8,
      ...(opts.keepTogether ? { keepTogether: true } : {}),
    });
  }

  /** A template text: paragraphs and lists as the author wrote them. */
  richText(parent: StructNode, text: string, style: TypeStyle = TYPE.body, spaceBefore = 8): void {
    this.textBlocks(parent, textBlocks(text), style, spaceBefore);
  }

  textBlocks(parent: StructNode, blocks: readonly TextBlock[], style: TypeStyle = TYPE.body, spaceBefore = 8): void {
    blocks.forEach((b, i) => {
      const gap = i === 0 ? spaceBefore : 8;
      if (b.kind === 'paragraph') this.paragraph(parent, b.text, style, { spaceBefore: gap });
      else this.list(parent, b.items, b.ordered, style, gap);
    });
  }

  list(parent: StructNode, items: readonly string[], ordered: boolean, style: TypeStyle = TYPE.body, spaceBefore = 6): void {
    this.listSlices(parent, items, ordered, style, this.width).forEach((slices, i) =>
      this.push({ slices, spaceBefore: i === 0 ? spaceBefore : 3 }),
    );
  }

  /** A list tagged L > LI > Lbl + LBody; one group of line slices per item. */
  listSlices(parent: StructNode, items: readonly string[], ordered: boolean, style: TypeStyle, width: number, x = 0): Slice[][] {
    const list = parent.add('L');
    const indent = ordered ? 20 : 16;
    const rtl = this.rtl;
    return items.map((item, i) => {
      const li = list.add('LI');
      const label = li.add('Lbl');
      const body = li.add('LBody');
      const slices = this.lines(body, item, style, width - indent, { x: rtl ? x : x + indent });
      // Right to left, the number comes first from the right and its full stop after it: ".12".
      const bullet = ordered ? (rtl ? `.${i + 1}` : `${i + 1}.`) : '•';
      const at = ordered ? 0 : 3;
      const labelPaint: Paint = {
        op: 'text',
        x: rtl ? x + width - at - this.measure(bullet, this.scaled(style)) : x + at,
        y: baselineIn(this.scaled(style)),
        slot: 'regular',
        size: this.scaled(style).size,
        color: COLORS.accent,
        text: bullet,
      };
      slices[0] = { ...slices[0], marks: [{ node: label, paints: [labelPaint] }, ...slices[0].marks] };
      return slices;
    });
  }

  /** One ruled line to write on. */
  writingLine(x = 0, width = this.width): Slice {
    const y = this.lineGap - 4;
    return {
      height: this.lineGap,
      marks: [{ artifact: 'Layout', paints: [{ op: 'line', x1: x, y1: y, x2: x + width, y2: y, width: 0.6, color: COLORS.writing }] }],
    };
  }

  writingLines(count: number, opts: { x?: number; spaceBefore?: number; keepTogether?: boolean } = {}): void {
    const x = opts.x ?? 0;
    this.push({
      slices: Array.from({ length: count }, () => this.writingLine(x, this.width - x)),
      spaceBefore: opts.spaceBefore ?? 2,
      ...(opts.keepTogether ? { keepTogether: true } : {}),
    });
  }

  /** Writing lines to the foot of the page (at least `min`). */
  fillWithLines(min: number, spaceBefore = 4, max = 40): void {
    this.push({
      slices: [],
      spaceBefore,
      fill: { slice: () => this.writingLine(), sliceHeight: this.lineGap, minSlices: min, maxSlices: max },
    });
  }

  /**
   * A tinted box with a coloured edge, kept whole. A box taller than most of a page is printed
   * without its frame so it can break across pages instead of running off one.
   */
  box(inner: Slice[], opts: { fill: string; edge: string; padding?: number; spaceBefore?: number; keepWithNext?: boolean }): void {
    const pad = opts.padding ?? 12;
    const gap = { height: pad, marks: [] };
    // The coloured edge is on the start side: the text keeps clear of it.
    const body = stack([gap, ...inner, gap], this.rtl ? pad : pad + 4);
    if (body.height > this.page.contentHeight * 0.8) {
      this.push({ slices: inner, spaceBefore: opts.spaceBefore ?? 12 });
      return;
    }
    const frame: Mark = {
      artifact: 'Layout',
      paints: [
        { op: 'rect', x: 0, y: 0, w: this.width, h: body.height, fill: opts.fill, radius: 5 },
        { op: 'rect', x: this.fromStart(0, 4), y: 0, w: 4, h: body.height, fill: opts.edge },
      ],
    };
    this.push({
      slices: [{ height: body.height, marks: [frame, ...body.marks] }],
      spaceBefore: opts.spaceBefore ?? 12,
      keepTogether: true,
      ...(opts.keepWithNext ? { keepWithNext: true } : {}),
    });
  }

  /** Inner width of a box, for laying out its text. */
  boxWidth(padding = 12): number {
    return this.width - (padding + 4) - padding;
  }
}
