import type { Api } from '../lib/api';
import type { BrowseResult } from '../../../src-main/contract';

export type LengthFilter = 'any' | 'short' | 'medium' | 'long';

/** Lengths in the facilitator's terms, as minute ranges the host filters by. */
export const LENGTHS: Record<LengthFilter, { label: string; min?: number; max?: number }> = {
  any: { label: 'Any length' },
  short: { label: 'Up to 5 min', max: 5 },
  medium: { label: '6 to 15 min', min: 6, max: 15 },
  long: { label: 'Over 15 min', min: 16 },
};

/** The activity browser: filters here, the search itself in the host. */
export class ActivityBrowser {
  #text = $state('');
  #section = $state('');
  #kind = $state('');
  #length = $state<LengthFilter>('any');
  #result = $state.raw<BrowseResult | null>(null);
  #error = $state<string | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;
  #asked = 0;

  constructor(private readonly api: Api) {}

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
  get result() {
    return this.#result;
  }
  get error() {
    return this.#error;
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

  async load(): Promise<void> {
    const asked = ++this.#asked;
    const range = LENGTHS[this.#length];
    try {
      const result = await this.api.call('editor:browse', {
        ...(this.#text.trim() ? { text: this.#text.trim() } : {}),
        ...(this.#section ? { section: this.#section as never } : {}),
        ...(this.#kind ? { kind: this.#kind as never } : {}),
        ...(range.min !== undefined ? { minMinutes: range.min } : {}),
        ...(range.max !== undefined ? { maxMinutes: range.max } : {}),
      });
      // Answers can overtake each other; only the latest question counts.
      if (asked === this.#asked) {
        this.#result = result;
        this.#error = null;
      }
    } catch (err) {
      if (asked === this.#asked) this.#error = (err as Error).message;
    }
  }
}
