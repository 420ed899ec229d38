import type { Face } from '../fonts/font-files';

/** How the comparison table looks; shared by the layout (row heights) and the painter (doc.table). */
export const TABLE_STYLE = {
  size: 10,
  paddingX: 9,
  paddingY: 7,
  headerFace: 'semibold' as Face,
  rowHeaderFace: 'semibold' as Face,
  bodyFace: 'regular' as Face,
};

/** Measures the height of wrapped cell text the way pdfkit's table will wrap it. */
export type CellMeasure = (text: string, face: Face, size: number, width: number) => number;
