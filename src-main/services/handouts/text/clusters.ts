import type { Face, FontSlot } from '../fonts/font-files';
import { covers, MissingCharacters, PLACEHOLDER, slotFor, slotForAll } from '../fonts/glyph-coverage';
import { isControl, isIgnorable, isNeutral, ZERO_WIDTH_SPACE } from './char-classes';

/** One user-perceived character (grapheme) and the font that draws it. */
export interface Cluster {
  text: string;
  slot: FontSlot;
  /** A breaking space; it separates words and is dropped at the end of a line. */
  space: boolean;
  /** A zero-width space: a break opportunity with nothing to draw. */
  zwsp: boolean;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const BREAKING_SPACE = /^[\t\p{Zs}]$/u;
const NON_BREAKING = new Set(['\u00a0', '\u2007', '\u202f']);

/**
 * Splits one line of text (no newlines) into clusters, each assigned the first font in the
 * chain that can draw it. A character no font has becomes the placeholder and is recorded, so
 * nothing is dropped silently. Invisible formatting characters a font lacks are left out: they
 * have nothing to show.
 */
export function clustersOf(line: string, face: Face, missing: MissingCharacters): Cluster[] {
  if (PRINTABLE_ASCII.test(line)) {
    // Noto Sans covers all of ASCII: the common case needs no segmentation or look-ups.
    const out: Cluster[] = new Array(line.length);
    for (let i = 0; i < line.length; i++) out[i] = { text: line[i], slot: face, space: line[i] === ' ', zwsp: false };
    return out;
  }
  const out: Cluster[] = [];
  let prev = face as FontSlot;
  for (const { segment } of graphemes.segment(line)) {
    const cps = [...segment].map((c) => c.codePointAt(0)!);
    if (BREAKING_SPACE.test(segment) && !NON_BREAKING.has(segment)) {
      const text = segment === '\t' ? ' ' : segment;
      const cp = text.codePointAt(0)!;
      // Spaces come from the main face where it has them: the emoji font's space is as wide as an emoji.
      const own = covers(face, cp) ? face : covers(prev, cp) ? prev : slotFor(face, cp);
      // A space no font has is still a space: print an ordinary one.
      out.push(own === null ? { text: ' ', slot: face, space: true, zwsp: false } : { text, slot: own, space: true, zwsp: false });
      continue;
    }
    // Punctuation and digits keep the font of the text they follow (an Arabic comma, CJK
    // punctuation), except after emoji, whose font draws digits as keycap bases.
    const visible = cps.filter((cp) => !isIgnorable(cp));
    if (visible.length === 0) {
      if (cps.includes(ZERO_WIDTH_SPACE)) out.push({ text: '', slot: prev, space: false, zwsp: true });
      continue;
    }
    const drawable = visible.filter((cp) => !isControl(cp));
    const slot: FontSlot | null =
      drawable.length === visible.length
        ? isNeutral(segment) && prev !== 'emoji' && drawable.every((cp) => covers(prev, cp))
          ? prev
          : slotForAll(face, drawable)
        : null;
    if (slot !== null) {
      // Keep joiners and variation selectors only where the chosen font knows them.
      const text = cps.every((cp) => !isIgnorable(cp) || covers(slot, cp))
        ? segment
        : String.fromCodePoint(...cps.filter((cp) => !isIgnorable(cp) || covers(slot, cp)));
      out.push({ text, slot, space: false, zwsp: false });
      prev = slot;
      continue;
    }
    // No single font draws the whole cluster: place its characters one by one.
    for (const cp of visible) {
      const own = isControl(cp) ? null : slotFor(face, cp);
      if (own === null) {
        missing.record(cp);
        out.push({ text: PLACEHOLDER, slot: face, space: false, zwsp: false });
      } else {
        out.push({ text: String.fromCodePoint(cp), slot: own, space: false, zwsp: false });
        prev = own;
      }
    }
  }
  return out;
}
