import type { PaperSize } from '../../../core/handout/handout-options';
import type { Face } from '../fonts/font-files';

/**
 * The look of every handout: one calm teal accent with a warm second colour for the
 * attachment side, ink that keeps text contrast above 7:1, generous margins.
 */
export const COLORS = {
  ink: '#1f2a30',
  muted: '#4f5e65',
  accent: '#2c6b6f',
  accentSoft: '#e4efee',
  accentMid: '#9fc4c1',
  warm: '#9a5239',
  warmSoft: '#f5e9e3',
  rule: '#c3cfd2',
  writing: '#a7b8bc',
  white: '#ffffff',
} as const;

export interface TypeStyle {
  face: Face;
  size: number;
  /** Baseline-to-baseline distance. */
  leading: number;
  color: string;
}

export const TYPE = {
  title: { face: 'semibold', size: 28, leading: 34, color: COLORS.ink },
  h1: { face: 'semibold', size: 20, leading: 25, color: COLORS.ink },
  h2: { face: 'semibold', size: 13, leading: 17.5, color: COLORS.accent },
  h3: { face: 'semibold', size: 11, leading: 15, color: COLORS.ink },
  kicker: { face: 'semibold', size: 8.5, leading: 12, color: COLORS.accent },
  lead: { face: 'regular', size: 12, leading: 18, color: COLORS.ink },
  body: { face: 'regular', size: 10.5, leading: 15.5, color: COLORS.ink },
  bodyStrong: { face: 'semibold', size: 10.5, leading: 15.5, color: COLORS.ink },
  note: { face: 'italic', size: 10, leading: 14.5, color: COLORS.muted },
  small: { face: 'regular', size: 8.5, leading: 12, color: COLORS.muted },
  label: { face: 'semibold', size: 9, leading: 12.5, color: COLORS.muted },
} satisfies Record<string, TypeStyle>;

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  contentWidth: number;
  contentHeight: number;
  /** Baselines of the running header and footer. */
  headerY: number;
  footerY: number;
}

const POINTS: Record<PaperSize, [number, number]> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

export function pageGeometry(paper: PaperSize): PageGeometry {
  const [width, height] = POINTS[paper];
  const margin = { top: 54, right: 54, bottom: 50, left: 54 };
  return {
    width,
    height,
    margin,
    contentWidth: width - margin.left - margin.right,
    contentHeight: height - margin.top - margin.bottom,
    headerY: 34,
    footerY: height - 26,
  };
}

/** Distance between ruled writing lines: comfortable for handwriting. */
export const WRITING_LINE_GAP = 24;
