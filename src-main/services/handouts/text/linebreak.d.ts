/** linebreak 1.1 ships no types: the Unicode line breaking algorithm (UAX #14). */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: a line may end before `position`; `required` after a hard break. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
