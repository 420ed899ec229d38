import { strongDirection } from './char-classes';

/**
 * A small subset of the Unicode bidirectional algorithm, enough for Hebrew or Arabic words in
 * English text and for whole right-to-left paragraphs: runs get level 0/1 (2 for left-to-right
 * text inside a right-to-left paragraph) and are reversed level by level (rule L2). fontkit
 * already orders the glyphs inside each right-to-left word.
 */
export interface DirectedRun {
  text: string;
  /** Spaces and other neutral runs take the direction of their surroundings. */
  neutral: boolean;
}

export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  return strongDirection(text) ?? 'ltr';
}

/** Visual order of runs on one line, as indices into `runs`. */
export function visualOrder(runs: readonly DirectedRun[], base: 'ltr' | 'rtl'): number[] {
  const dirs = runs.map((r) => (r.neutral ? null : strongDirection(r.text)));
  // Neutrals between two runs of the same direction take it; otherwise the paragraph's.
  const resolved = dirs.map((d, i) => {
    if (d) return d;
    let before: 'ltr' | 'rtl' | null = null;
    for (let j = i - 1; j >= 0 && !before; j--) before = dirs[j];
    let after: 'ltr' | 'rtl' | null = null;
    for (let j = i + 1; j < dirs.length && !after; j++) after = dirs[j];
    return before && before === after ? before : base;
  });
  const levels = resolved.map((d) => (base === 'ltr' ? (d === 'rtl' ? 1 : 0) : d === 'rtl' ? 1 : 2));
  const order = runs.map((_, i) => i);
  const max = Math.max(0, ...levels);
  for (let level = max; level >= 1; level--) {
    let i = 0;
    while (i < order.length) {
      if (levels[order[i]] < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levels[order[j]] >= level) j++;
      const reversed = order.slice(i, j).reverse();
      order.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return order;
}
