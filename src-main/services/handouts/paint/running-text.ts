import { m, type Locale, type TextDirection } from '../../../core/catalog/locale';
import { MissingCharacters } from '../fonts/glyph-coverage';
import type { Paint } from '../layout/display-list';
import { COLORS, TYPE, type PageGeometry } from '../layout/theme';
import { layoutText } from '../text/text-layout';

type TextPaint = Extract<Paint, { op: 'text' }>;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The running header (workshop title, shortened with "…" if it would not fit one line) and
 * the footer "Page 3 of 9". Laid out once; only the page number changes from page to page.
 */
export class RunningText {
  readonly #cache = new Map<string, Paint[]>();
  readonly #scratch = new MissingCharacters();

  constructor(
    private readonly page: PageGeometry,
    private readonly missing: MissingCharacters,
    private readonly words: Locale = 'en',
    /** Right to left, the header starts at the right margin and the page number sits on the left. */
    private readonly direction: TextDirection = 'ltr',
  ) {}

  paints(header: string | null, pageNumber: number, pageCount: number): Paint[] {
    if (header === null) return [];
    return [...this.header(header), ...this.footer(m.handouts_page_of({ page: pageNumber, pages: pageCount }, { locale: this.words }))];
  }

  private cached(key: string, make: () => Paint[]): Paint[] {
    let paints = this.#cache.get(key);
    if (!paints) {
      paints = make();
      this.#cache.set(key, paints);
    }
    return paints;
  }

  private header(text: string): Paint[] {
    return this.cached(`h:${text}`, () => {
      const { margin, contentWidth, headerY } = this.page;
      const { paints, width } = this.oneLine(text, contentWidth - 40);
      const rtl = this.direction === 'rtl';
      const textX = rtl ? margin.left + contentWidth - width : margin.left;
      return [
        ...paints.map((p) => ({ ...p, x: p.x + textX, y: headerY })),
        { op: 'rect', x: rtl ? margin.left : margin.left + contentWidth - 18, y: headerY - 5, w: 18, h: 3, fill: COLORS.accent },
        { op: 'line', x1: margin.left, y1: headerY + 9, x2: margin.left + contentWidth, y2: headerY + 9, width: 0.5, color: COLORS.rule },
      ];
    });
  }

  private footer(label: string): Paint[] {
    return this.cached(`f:${label}`, () => {
      const { margin, contentWidth, footerY } = this.page;
      const { paints, width } = this.oneLine(label, contentWidth);
      const x = this.direction === 'rtl' ? margin.left : margin.left + contentWidth - width;
      return paints.map((p) => ({ ...p, x: x + p.x, y: footerY }));
    });
  }

  /** The text on one line, shortened at a character boundary with "…" when too long. */
  private oneLine(text: string, width: number): { paints: TextPaint[]; width: number } {
    const style = TYPE.small;
    let single = text.replace(/\s+/g, ' ').trim();
    if (layoutText(single, style, width, this.#scratch).length > 1) {
      const chars = [...graphemes.segment(single)].map((s) => s.segment);
      const shortened = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
      let lo = 0;
      let hi = chars.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (layoutText(shortened(mid), style, width, this.#scratch).length === 1) lo = mid;
        else hi = mid - 1;
      }
      single = shortened(lo);
    }
    // Laid out once more with the real collector, so a missing character is reported once.
    const line = layoutText(single, style, width, this.missing)[0];
    return {
      paints: (line?.fragments ?? []).map((f) => ({
        op: 'text',
        x: f.x,
        y: 0,
        slot: f.slot,
        size: style.size,
        color: COLORS.muted,
        text: f.text,
        ...(f.actual ? { actual: f.actual } : {}),
      })),
      width: line?.width ?? 0,
    };
  }
}
