import { describe, expect, it } from 'vitest';
import { STAGE_CONTRAST_PAIRS, STAGE_PALETTES } from '../../../src-renderer/src/lib/stage-palette';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('projector themes', () => {
  for (const [theme, palette] of Object.entries(STAGE_PALETTES)) {
    it(`${theme}: every text colour meets WCAG AA (4.5:1) on every surface it is used on`, () => {
      for (const [fg, bg] of STAGE_CONTRAST_PAIRS) {
        expect(contrast(palette[fg], palette[bg]), `${theme} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
