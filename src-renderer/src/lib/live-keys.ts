import type { ProjectorIntent } from '../../../src-main/contract';
import { m } from './i18n.svelte';

/** What a key does in the console and the projector window; clickers send PageDown and PageUp. */
export type KeyAction =
  | 'next'
  | 'previous'
  | 'black'
  | 'white'
  | 'calm'
  | 'timer'
  | 'more'
  | 'less'
  | 'fullscreen'
  | 'leave'
  | 'help'
  | 'join'
  | 'reveal'
  | 'questions';

const KEYS: Record<string, KeyAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  b: 'black',
  w: 'white',
  c: 'calm',
  t: 'timer',
  '+': 'more',
  '=': 'more',
  '-': 'less',
  _: 'less',
  f: 'fullscreen',
  j: 'join',
  r: 'reveal',
  q: 'questions',
  Escape: 'leave',
  '?': 'help',
};

/** The list the "?" key shows, in the facilitator's words (and the interface's language). */
export const keyHelp = (): { keys: string[]; does: string }[] => [
  { keys: ['→', m.console_keyname_page_down(), m.console_keyname_space()], does: m.console_keyhelp_next() },
  { keys: ['←', m.console_keyname_page_up()], does: m.console_keyhelp_back() },
  { keys: ['B'], does: m.console_keyhelp_black() },
  { keys: ['W'], does: m.console_keyhelp_white() },
  { keys: ['C'], does: m.console_keyhelp_calm() },
  { keys: ['Esc'], does: m.console_keyhelp_leave() },
  { keys: ['T'], does: m.console_keyhelp_timer() },
  { keys: ['+', '−'], does: m.console_keyhelp_minute() },
  { keys: ['F'], does: m.console_keyhelp_fullscreen() },
  { keys: ['J'], does: m.console_keyhelp_join() },
  { keys: ['R'], does: m.console_keyhelp_reveal() },
  { keys: ['Q'], does: m.console_keyhelp_questions() },
  { keys: ['?'], does: m.console_keyhelp_help() },
];

/** The control the pointer last pressed, until focus moves on with the keyboard. */
let clickedControl: Element | null = null;
if (typeof addEventListener === 'function') {
  addEventListener(
    'pointerdown',
    (e) => (clickedControl = (e.target as Element | null)?.closest?.('button, a, summary, [role="button"]') ?? null),
    true,
  );
  addEventListener('keydown', (e) => e.key === 'Tab' && (clickedControl = null), true);
}

/** True where a key belongs to what the facilitator is typing or operating, not to the session. */
export function keyBelongsToControl(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  if (!t || !(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || t.closest('input, textarea, select, [contenteditable="true"]')) return true;
  // Space and Enter on a button reached with the keyboard keep their usual meaning. A button last
  // clicked with the mouse keeps focus, but there Space still means "next", as with a clicker.
  const control = t.closest('button, a, summary, [role="button"]');
  return (e.key === ' ' || e.key === 'Enter') && !!control && control !== clickedControl;
}

export function keyActionOf(e: KeyboardEvent): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return KEYS[key] ?? null;
}

/** The intent a key sends; null for the keys each window handles itself (fullscreen, help). */
export function intentOfKey(action: KeyAction): ProjectorIntent | null {
  switch (action) {
    case 'next':
    case 'previous':
      return { type: action };
    case 'black':
    case 'white':
    case 'calm':
      return { type: 'screen', mode: action, toggle: true };
    case 'leave':
      return { type: 'screen', mode: 'normal' };
    case 'timer':
      return { type: 'timer', action: 'toggle' };
    case 'more':
      return { type: 'timer', action: 'add-minute' };
    case 'less':
      return { type: 'timer', action: 'remove-minute' };
    case 'reveal':
      return { type: 'reveal' };
    default:
      return null;
  }
}

export async function toggleFullscreen(doc: Document = document): Promise<void> {
  try {
    if (doc.fullscreenElement) await doc.exitFullscreen();
    else await doc.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture, or not allowed): the window simply stays as it is.
  }
}

export interface KeyHandlers {
  /** Every key intent is one the projector may send too, so both windows share this. */
  send(intent: ProjectorIntent): void;
  toggleHelp(): void;
  /** Esc first closes the key list if it is open. */
  helpOpen(): boolean;
  closeHelp(): void;
  /** J: the join screen, where the window has a room to show. */
  toggleJoin?(): void;
  /** Q: the questions screen, where the window may show it (the console). */
  toggleQuestions?(): void;
}

/** One keydown handler for both windows. */
export function handleLiveKey(e: KeyboardEvent, h: KeyHandlers): void {
  if (e.defaultPrevented || keyBelongsToControl(e)) return;
  const action = keyActionOf(e);
  if (!action) return;
  e.preventDefault();
  if (action === 'help') return h.toggleHelp();
  if (action === 'fullscreen') return void toggleFullscreen();
  if (action === 'join') return h.toggleJoin?.();
  if (action === 'questions') return h.toggleQuestions?.();
  if (action === 'leave' && h.helpOpen()) return h.closeHelp();
  if (e.repeat && action !== 'next' && action !== 'previous') return;
  const intent = intentOfKey(action);
  if (intent) h.send(intent);
}
