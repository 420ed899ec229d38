/**
 * How many texts of a list fit a screen: as many as `max`, while their characters stay within
 * `budget` (the first always shows). Texts are at most 280 characters, so a few long ones fill a
 * projector at a readable size; the rest are counted as "and N more".
 */
export function textsThatFit<T extends { text: string }>(texts: readonly T[], max: number, budget: number): T[] {
  const out: T[] = [];
  let used = 0;
  for (const t of texts) {
    if (out.length >= max || (out.length > 0 && used + t.text.length > budget)) break;
    out.push(t);
    used += t.text.length;
  }
  return out;
}
