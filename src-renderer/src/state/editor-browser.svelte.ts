import type { Api } from '../lib/api';
import type { BrowseResult } from '../../../src-main/contract';
import { Loadable } from './loadable.svelte';
import { m } from '../lib/i18n.svelte';

export type LengthFilter = 'any' | 'short' | 'medium' | 'long';

/** Lengths in the facilitator's terms, as minute ranges the host filters by; labels are read when shown. */
export const LENGTHS: Record<LengthFilter, { label: () => string; min?: number; max?: number }> = {
  any: { label: () => m.editor_length_any() },
  short: { label: () => m.editor_length_short(), max: 5 },
  medium: { label: () => m.editor_length_medium(), min: 6, max: 15 },
  long: { label: () => m.editor_length_long(), min: 16 },
};

/** The activity browser: filters here, the search itself in the host. */
export class ActivityBrowser extends Loadable<BrowseResult> {
  #text = $state('');
  #section = $state('');
  #kind = $state('');
  #length = $state<LengthFilter>('any');
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(api: Api) {
    super(() => api.call('editor:browse', this.#query()));
  }

  get text() {
    return this.#text;
  }
  get section() {
    return this.#section;
  }
  get kind() {
    return this.#kind;
  }
  get length() {
    return this.#length;
  }

  setFilters(f: { text?: string; section?: string; kind?: string; length?: LengthFilter }): void {
    if (f.text !== undefined) this.#text = f.text;
    if (f.section !== undefined) this.#section = f.section;
    if (f.kind !== undefined) this.#kind = f.kind;
    if (f.length !== undefined) this.#length = f.length;
    if (this.#timer) clearTimeout(this.#timer);
    // Typing waits for a short pause; a picked filter applies at once.
    this.#timer = setTimeout(() => void this.load(), f.text !== undefined ? 150 : 0);
  }

  clear(): void {
    this.setFilters({ text: '', section: '', kind: '', length: 'any' });
  }

  #query() {
    const range = LENGTHS[this.#length];
    return {
      ...(this.#text.trim() ? { text: this.#text.trim() } : {}),
      ...(this.#section ? { section: this.#section as never } : {}),
      ...(this.#kind ? { kind: this.#kind as never } : {}),
      ...(range.min !== undefined ? { minMinutes: range.min } : {}),
      ...(range.max !== undefined ? { maxMinutes: range.max } : {}),
    };
  }
}
