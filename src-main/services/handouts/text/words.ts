import LineBreaker from 'linebreak';
import type { Cluster } from './clusters';

/** Clusters between two break opportunities, with the spaces that follow them. */
export interface Word {
  clusters: Cluster[];
  spaces: Cluster[];
}

// Handouts print the same texts again and again (every pack, every tighter layout of a pack).
const known = new Map<string, ReadonlySet<number>>();
const MAX_KNOWN = 20_000;

/** Where a line may break in `text`, as string offsets (the Unicode line breaking algorithm). */
export function breakOpportunities(text: string): ReadonlySet<number> {
  const cached = known.get(text);
  if (cached) return cached;
  const breaks = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) breaks.add(b.position);
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(text, breaks);
  return breaks;
}

/** Splits a line's clusters at every place a line may break. */
export function wordsOf(clusters: readonly Cluster[]): Word[] {
  // A zero-width space draws nothing but is a break opportunity: it stands in the text the breaker reads.
  const texts = clusters.map((c) => (c.zwsp ? '\u200b' : c.text));
  const breaks = breakOpportunities(texts.join(''));
  const words: Word[] = [];
  let current: Word = { clusters: [], spaces: [] };
  let offset = 0;
  clusters.forEach((c, i) => {
    if (i > 0 && breaks.has(offset) && (current.clusters.length > 0 || current.spaces.length > 0)) {
      words.push(current);
      current = { clusters: [], spaces: [] };
    }
    offset += texts[i].length;
    if (c.zwsp) return;
    if (c.space) current.spaces.push(c);
    else if (current.spaces.length > 0) {
      // A space that the breaker does not break after (before a closing mark) still separates runs.
      current.clusters.push(...current.spaces, c);
      current.spaces = [];
    } else current.clusters.push(c);
  });
  if (current.clusters.length > 0 || current.spaces.length > 0) words.push(current);
  return words;
}
