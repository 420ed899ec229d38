import type { Face, FontSlot } from '../fonts/font-files';
import { covers } from '../fonts/glyph-coverage';
import type { Cluster } from './clusters';
import { widthOf } from './measure';
import { breakOpportunities, type Word } from './words';

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

/**
 * Words of a line that Noto Sans draws entirely, split where the line breaking algorithm allows,
 * without making an object per character: most of every handout. Null when the line needs the
 * full path.
 */
export function simpleWords(line: string, face: Face, size: number): MeasuredWord[] | null {
  if (!SIMPLE.test(line)) return null;
  for (let i = 0; i < line.length; i++) if (!covers(face, line.charCodeAt(i))) return null;
  const words: MeasuredWord[] = [];
  const cuts = [...breakOpportunities(line)].filter((p) => p < line.length);
  let start = 0;
  for (const end of [...cuts, line.length]) {
    // The breaker's segment is a word and the spaces after it.
    const segment = line.slice(start, end);
    start = end;
    const word = segment.replace(/ +$/, '');
    const gap = segment.slice(word.length);
    const width = word ? widthOf(face, word, size) : 0;
    const spaces: Run[] = gap ? [{ slot: face, text: gap, width: widthOf(face, gap, size), space: true }] : [];
    words.push({
      runs: word ? [{ slot: face, text: word, width, space: false }] : [],
      width,
      spaces,
      spaceWidth: spaces[0]?.width ?? 0,
      clusters: word ? null : [],
    });
  }
  return words;
}
