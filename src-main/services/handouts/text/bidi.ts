import bidiFactory from 'bidi-js';
import { containsRtl } from './char-classes';

/**
 * Direction with the Unicode Bidirectional Algorithm (bidi-js): a paragraph's base direction,
 * and the visual order of a line's runs. fontkit already orders the glyphs inside each
 * right-to-left run.
 */
const bidi = bidiFactory();

export interface DirectedRun {
  text: string;
  /** Spaces and other neutral runs take the direction of their surroundings. */
  neutral: boolean;
}

/** The paragraph's base direction from its first strong character (rules P2 and P3). */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  // Text with no right-to-left character at all is left to right: most of every handout.
  if (!containsRtl(text)) return 'ltr';
  const { paragraphs } = bidi.getEmbeddingLevels(text);
  return (paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr';
}

/** Visual order of runs on one line, as indices into `runs` (levels from bidi-js, reversal by rule L2). */
export function visualOrder(runs: readonly DirectedRun[], base: 'ltr' | 'rtl'): number[] {
  const text = runs.map((r) => r.text).join('');
  const { levels } = bidi.getEmbeddingLevels(text, base);
  const levelOf: number[] = [];
  let at = 0;
  for (const r of runs) {
    // A run takes the highest level of its characters: a right-to-left word inside it decides.
    let level = 0;
    for (let i = 0; i < r.text.length; i++) level = Math.max(level, levels[at + i]);
    levelOf.push(r.text.length === 0 ? (base === 'rtl' ? 1 : 0) : level);
    at += r.text.length;
  }
  const order = runs.map((_, i) => i);
  const max = Math.max(0, ...levelOf);
  for (let level = max; level >= 1; level--) {
    let i = 0;
    while (i < order.length) {
      if (levelOf[order[i]] < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levelOf[order[j]] >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order;
}

/**
 * Each run's text as it is drawn: characters at a right-to-left level take their mirrored form (rule L4),
 * so "(" in Arabic opens to the right and «» point the way the line reads.
 */
export function mirroredRuns(runs: readonly DirectedRun[], base: 'ltr' | 'rtl'): string[] {
  const text = runs.map((r) => r.text).join('');
  const mirrors = bidi.getMirroredCharactersMap(text, bidi.getEmbeddingLevels(text, base).levels);
  if (mirrors.size === 0) return runs.map((r) => r.text);
  let at = 0;
  return runs.map((r) => {
    const chars = [...r.text];
    let offset = at;
    const drawn = chars.map((c) => {
      const mirror = mirrors.get(offset);
      offset += c.length;
      return mirror ?? c;
    });
    at += r.text.length;
    return drawn.join('');
  });
}
