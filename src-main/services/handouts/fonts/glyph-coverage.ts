import { FALLBACKS, fontFor, type Face, type FontSlot } from './font-files';

/** Shown in place of a character no font can draw, so the gap is visible on paper. Noto Sans has it. */
export const PLACEHOLDER = '\uFFFD';

export interface MissingCharacter {
  /** "U+1F9FF" */
  codePoint: string;
  char: string;
  count: number;
}

/** Collects characters that were printed as the placeholder, so the caller can tell the facilitator. */
export class MissingCharacters {
  #counts = new Map<number, number>();

  record(codePoint: number): void {
    this.#counts.set(codePoint, (this.#counts.get(codePoint) ?? 0) + 1);
  }

  /** Adds what another collector counted. */
  add(other: MissingCharacters): void {
    for (const [cp, n] of other.#counts) this.#counts.set(cp, (this.#counts.get(cp) ?? 0) + n);
  }

  /** For laying the same text out more than once (trying a tighter fit): count it once. */
  snapshot(): Map<number, number> {
    return new Map(this.#counts);
  }

  restore(saved: Map<number, number>): void {
    this.#counts = new Map(saved);
  }

  get total(): number {
    let n = 0;
    for (const c of this.#counts.values()) n += c;
    return n;
  }

  list(): MissingCharacter[] {
    return [...this.#counts].map(([cp, count]) => ({
      codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
      char: String.fromCodePoint(cp),
      count,
    }));
  }
}

// Noto Sans' three faces cover the same characters, so one answer serves all of them.
const faceCovers = new Map<number, boolean>();
const fallbackFor = new Map<number, FontSlot | null>();

export function covers(slot: FontSlot, codePoint: number): boolean {
  if (slot === 'regular' || slot === 'italic' || slot === 'semibold') {
    let yes = faceCovers.get(codePoint);
    if (yes === undefined) {
      yes = fontFor('regular').hasGlyphForCodePoint(codePoint);
      faceCovers.set(codePoint, yes);
    }
    return yes;
  }
  return fontFor(slot).hasGlyphForCodePoint(codePoint);
}

/** The first font in the chain that has the character, or null when none has. */
export function slotFor(face: Face, codePoint: number): FontSlot | null {
  if (covers(face, codePoint)) return face;
  let slot = fallbackFor.get(codePoint);
  if (slot === undefined) {
    slot = FALLBACKS.find((f) => fontFor(f).hasGlyphForCodePoint(codePoint)) ?? null;
    fallbackFor.set(codePoint, slot);
  }
  return slot;
}

/** The first font that has every one of the code points, or null. */
export function slotForAll(face: Face, codePoints: readonly number[]): FontSlot | null {
  if (codePoints.every((cp) => covers(face, cp))) return face;
  return FALLBACKS.find((f) => codePoints.every((cp) => fontFor(f).hasGlyphForCodePoint(cp))) ?? null;
}
