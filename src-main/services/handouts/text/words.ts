import type { Cluster } from './clusters';
import { isCjk, isHyphen, isLetter, NO_LINE_END, NO_LINE_START } from './char-classes';

/** Clusters between two break opportunities, with the spaces that follow them. */
export interface Word {
  clusters: Cluster[];
  spaces: Cluster[];
}

function mayBreakBetween(before2: Cluster | undefined, a: Cluster, b: Cluster): boolean {
  const last = a.text.slice(-1);
  const first = b.text.charAt(0);
  if (NO_LINE_START.has(first) || NO_LINE_END.has(last)) return false;
  if (isCjk(a.text) || isCjk(b.text)) return true;
  // "self-reliance" may break after the hyphen; "-5" or "--" may not.
  return isHyphen(last) && before2 !== undefined && isLetter(before2.text) && isLetter(first);
}

/** Splits a line's clusters at every place a line may break. */
export function wordsOf(clusters: readonly Cluster[]): Word[] {
  const words: Word[] = [];
  let current: Word = { clusters: [], spaces: [] };
  const push = () => {
    if (current.clusters.length > 0 || current.spaces.length > 0) words.push(current);
    current = { clusters: [], spaces: [] };
  };
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i];
    if (c.zwsp) {
      if (current.clusters.length > 0) push();
      continue;
    }
    if (c.space) {
      current.spaces.push(c);
      continue;
    }
    if (current.spaces.length > 0) push();
    const prev = current.clusters[current.clusters.length - 1];
    if (prev && mayBreakBetween(current.clusters[current.clusters.length - 2], prev, c)) push();
    current.clusters.push(c);
  }
  push();
  return words;
}
