import type { Workshop } from '../workshop/workshop-schema';

/**
 * Undo and redo as a stack of workshop snapshots. Typing into one field arrives as many small
 * edits; those that follow each other closely share one undo step, as in a text editor.
 */
export interface History {
  readonly past: readonly Workshop[];
  readonly future: readonly Workshop[];
  /** The field the last edit typed into, and when, for grouping keystrokes. */
  readonly lastKey: string | null;
  readonly lastAt: number;
}

export const HISTORY_LIMIT = 100;
export const GROUP_WINDOW_MS = 2000;

export const emptyHistory = (): History => ({ past: [], future: [], lastKey: null, lastAt: 0 });

/** Record that `before` was replaced by an edit; `key` names the field for typing edits, else null. */
export function recordEdit(h: History, before: Workshop, key: string | null, now: number): History {
  const grouped = key !== null && key === h.lastKey && now - h.lastAt < GROUP_WINDOW_MS;
  const past = grouped ? h.past : [...h.past, before].slice(-HISTORY_LIMIT);
  return { past, future: [], lastKey: key, lastAt: now };
}

export function undo(h: History, current: Workshop): { history: History; draft: Workshop } | null {
  const previous = h.past[h.past.length - 1];
  if (!previous) return null;
  return { draft: previous, history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastKey: null, lastAt: 0 } };
}

export function redo(h: History, current: Workshop): { history: History; draft: Workshop } | null {
  const next = h.future[0];
  if (!next) return null;
  return { draft: next, history: { past: [...h.past, current], future: h.future.slice(1), lastKey: null, lastAt: 0 } };
}
