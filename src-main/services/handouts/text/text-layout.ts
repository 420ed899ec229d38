import type { Face, FontSlot } from '../fonts/font-files';
import type { MissingCharacters } from '../fonts/glyph-coverage';
import { mirroredRuns, paragraphDirection, visualOrder } from './bidi';
import { containsRtl, SOFT_BREAK_AFTER, strongDirection } from './char-classes';
import { clustersOf } from './clusters';
import { widthOf } from './measure';
import { clustersOfWord, measure, simpleWords, type MeasuredWord, type Run } from './measured-words';
import { wordsOf } from './words';

export interface TextStyle {
  face: Face;
  size: number;
}

/** A piece of a line drawn with one font call, at `x` from the line's left edge. */
export interface Fragment {
  slot: FontSlot;
  text: string;
  x: number;
  width: number;
  /** The text as typed, for fragments whose glyphs do not map back to characters one to one. */
  actual?: string;
}

/**
 * Runs whose glyphs cannot name their characters carry the text as typed (`actual`), for copying,
 * searching and screen readers: Arabic letters are drawn from shared skeletons plus dots (the pen
 * adds a readable layer, see paint/readable-rtl.ts), and an emoji sequence (a skin tone, a ZWJ
 * family) becomes one glyph of the monochrome emoji font (the pen writes it as ActualText).
 */
const NEEDS_ACTUAL_TEXT = new Set<FontSlot>(['arabic', 'emoji']);

export interface TextLine {
  fragments: Fragment[];
  width: number;
  /** The line belongs to a right-to-left paragraph: it reads best right-aligned. */
  rtl: boolean;
}

/**
 * Cuts a word too long for the line (a URL, a 300-letter word) at the last cluster that fits,
 * preferring a break after "/", "-", "?" and the like in the last half of what fits.
 */
function cutToFit(word: MeasuredWord, available: number, size: number): [MeasuredWord, MeasuredWord] | null {
  const clusters = clustersOfWord(word);
  let used = 0;
  let fit = 0;
  for (; fit < clusters.length; fit++) {
    const w = widthOf(clusters[fit].slot, clusters[fit].text, size);
    if (used + w > available) break;
    used += w;
  }
  if (fit === 0) return null;
  if (fit === clusters.length) return [word, measure({ clusters: [], spaces: [] }, size)];
  let cut = fit;
  for (let i = fit; i > Math.floor(fit / 2); i--) {
    if (SOFT_BREAK_AFTER.has(clusters[i - 1].text)) {
      cut = i;
      break;
    }
  }
  const head = measure({ clusters: clusters.slice(0, cut), spaces: [] }, size);
  const tail = measure({ clusters: clusters.slice(cut), spaces: [] }, size);
  tail.spaces = word.spaces;
  tail.spaceWidth = word.spaceWidth;
  return [head, tail];
}

function breakLines(words: MeasuredWord[], maxWidth: number, size: number): MeasuredWord[][] {
  const lines: MeasuredWord[][] = [];
  let line: MeasuredWord[] = [];
  let width = 0;
  const newLine = () => {
    lines.push(line);
    line = [];
    width = 0;
  };
  const queue = [...words];
  while (queue.length > 0) {
    const word = queue.shift()!;
    const gap = line.length > 0 ? line[line.length - 1].spaceWidth : 0;
    if (width + gap + word.width <= maxWidth) {
      line.push(word);
      width += gap + word.width;
      continue;
    }
    if (word.width <= maxWidth && line.length > 0) {
      newLine();
      queue.unshift(word);
      continue;
    }
    // Longer than a whole line: fill what is left of this one, then carry on below.
    const cut = cutToFit(word, maxWidth - width - gap, size);
    if (cut === null) {
      if (line.length > 0) {
        newLine();
        queue.unshift(word);
        continue;
      }
      // Not even one character fits an empty line: place it anyway rather than loop forever.
      const one = cutToFit(word, Number.POSITIVE_INFINITY, size)!;
      line.push(one[0]);
      newLine();
      continue;
    }
    line.push(cut[0]);
    newLine();
    if (cut[1].width > 0 || cut[1].runs.length > 0) queue.unshift(cut[1]);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

function placeLine(words: MeasuredWord[], base: 'ltr' | 'rtl'): TextLine {
  const runs: Run[] = [];
  words.forEach((w, i) => {
    runs.push(...w.runs);
    if (i < words.length - 1) runs.push(...w.spaces);
  });
  // Most lines are all left to right: keep their order without classifying every run.
  const plain = base === 'ltr' && !runs.some((r) => containsRtl(r.text));
  const directed = runs.map((r) => ({ text: r.text, neutral: r.space }));
  const order = plain ? runs.map((_, i) => i) : visualOrder(directed, base);
  // Brackets and quotes inside right-to-left text are drawn mirrored; the text as typed stays for copying.
  const drawn = plain ? runs.map((r) => r.text) : mirroredRuns(directed, base);
  const fragments: Fragment[] = [];
  let x = 0;
  let lastMergeable = false;
  for (const index of order) {
    const r = runs[index];
    // Right-to-left runs are drawn one by one: pdfkit lays out word by word, and merging would
    // let fontkit reverse neighbouring runs together.
    const mergeable = base === 'ltr' && strongDirection(r.text) !== 'rtl';
    const last = fragments[fragments.length - 1];
    const text = drawn[index];
    if (last && lastMergeable && mergeable && last.slot === r.slot && text === r.text && last.actual === undefined) {
      last.text += r.text;
      last.width += r.width;
    } else if (!(r.space && !mergeable)) {
      fragments.push({ slot: r.slot, text, x, width: r.width, ...(text !== r.text ? { actual: r.text } : {}) });
    }
    lastMergeable = mergeable;
    x += r.width;
  }
  // A line never ends in a space; this also keeps an all-space line from drawing anything.
  const trimmed = fragments.filter((f) => f.text.trim() !== '');
  // Right-to-left words are drawn glyph-reversed: the text as typed keeps the reading order.
  for (const f of trimmed) if (f.actual === undefined && (NEEDS_ACTUAL_TEXT.has(f.slot) || containsRtl(f.text))) f.actual = f.text;
  return { fragments: trimmed, width: x, rtl: base === 'rtl' };
}

/**
 * Lays out text in lines no wider than `maxWidth`: hard line breaks are kept, words wrap at
 * spaces (and between CJK characters), and words longer than the line are broken inside.
 * Lines of right-to-left paragraphs are marked, for the caller to right-align.
 */
export function layoutText(text: string, style: TextStyle, maxWidth: number, missing: MissingCharacters): TextLine[] {
  const out: TextLine[] = [];
  for (const hardLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const base = paragraphDirection(hardLine);
    const words =
      simpleWords(hardLine, style.face, style.size) ??
      wordsOf(clustersOf(hardLine, style.face, missing)).map((w) => measure(w, style.size));
    for (const line of breakLines(words, maxWidth, style.size)) out.push(placeLine(line, base));
  }
  return out;
}
