import type { Face, FontSlot } from '../fonts/font-files';
import { covers } from '../fonts/glyph-coverage';
import type { Cluster } from './clusters';
import { widthOf } from './measure';
import type { Word } from './words';

export interface Run {
  slot: FontSlot;
  text: string;
  width: number;
  space: boolean;
}

/** A word measured at a size: its font runs, and the spaces after it. */
export interface MeasuredWord {
  runs: Run[];
  width: number;
  spaces: Run[];
  spaceWidth: number;
  /** Null for words from the fast path, whose every character is one cluster of one run. */
  clusters: Cluster[] | null;
}

function runsOf(clusters: readonly Cluster[], size: number, space: boolean): Run[] {
  const runs: Run[] = [];
  for (const c of clusters) {
    const last = runs[runs.length - 1];
    if (last && last.slot === c.slot) last.text += c.text;
    else runs.push({ slot: c.slot, text: c.text, width: 0, space });
  }
  for (const r of runs) r.width = widthOf(r.slot, r.text, size);
  return runs;
}

export function measure(word: Word, size: number): MeasuredWord {
  const runs = runsOf(word.clusters, size, false);
  const spaces = runsOf(word.spaces, size, true);
  return {
    runs,
    width: runs.reduce((s, r) => s + r.width, 0),
    spaces,
    spaceWidth: spaces.reduce((s, r) => s + r.width, 0),
    clusters: word.clusters,
  };
}

/** The clusters of a word, made on demand for fast-path words (only a word too long for a line needs them). */
export function clustersOfWord(word: MeasuredWord): Cluster[] {
  return word.clusters ?? word.runs.flatMap((r) => Array.from(r.text, (ch) => ({ text: ch, slot: r.slot, space: false, zwsp: false })));
}

/** Latin text and typographic punctuation: one UTF-16 unit is one character, no joiners or odd spaces. */
const SIMPLE = /^[\x20-\x7e\u00a1-\u024f\u2010-\u2027\u2030-\u205e]*$/;
const TOKEN = / +|[^ ]+/g;
// "self-reliance" may break after the hyphen: between a letter, a hyphen and a letter.
const HYPHEN_BREAK = /(?<=\p{L}[-\u2010\u2013])(?=\p{L})/u;

/**
 * Words of a line that Noto Sans draws entirely, split at spaces and letter-hyphen-letter, without
 * making an object per character: most of every handout. Null when the line needs the full path.
 */
export function simpleWords(line: string, face: Face, size: number): MeasuredWord[] | null {
  if (!SIMPLE.test(line)) return null;
  for (let i = 0; i < line.length; i++) if (!covers(face, line.charCodeAt(i))) return null;
  const words: MeasuredWord[] = [];
  for (const token of line.match(TOKEN) ?? []) {
    if (token[0] === ' ') {
      const space: Run = { slot: face, text: token, width: widthOf(face, token, size), space: true };
      const last = words[words.length - 1];
      if (last) {
        last.spaces = [space];
        last.spaceWidth = space.width;
      } else {
        words.push({ runs: [], width: 0, spaces: [space], spaceWidth: space.width, clusters: [] });
      }
      continue;
    }
    for (const part of token.split(HYPHEN_BREAK)) {
      const width = widthOf(face, part, size);
      words.push({ runs: [{ slot: face, text: part, width, space: false }], width, spaces: [], spaceWidth: 0, clusters: null });
    }
  }
  return words;
}
