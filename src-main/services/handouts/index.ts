/** PDF handouts and session summaries (pdfkit). Node only: never import this from the renderer. */
export { writeHandoutPack, renderHandoutPack } from './write-handout-pack';
export { renderHandoutSet } from './write-handout-set';
export type { HandoutResult } from './render-document';
export { writeSessionSummary, renderSessionSummary } from './write-session-summary';
export { PLACEHOLDER, type MissingCharacter } from './fonts/glyph-coverage';
