/**
 * A handout that says "tick "Keep", "Change" or "Not sure"" needs boxes to tick: this finds each
 * sentence that asks for a tick and the quoted choices it offers, in order.
 */
const SENTENCE = /[^.!?]*\btick\b[^.!?]*[.!?]?/gi;
const QUOTED = /["“]([^"”]{1,80})["”]/g;

export function tickGroupsIn(text: string): string[][] {
  const groups: string[][] = [];
  for (const sentence of text.match(SENTENCE) ?? []) {
    const options = [...sentence.matchAll(QUOTED)].map((m) => m[1].trim());
    if (options.length >= 2) groups.push(options);
  }
  return groups;
}
