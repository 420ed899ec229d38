import type { Api } from '../lib/api';
import type { Capture } from '../../../src-main/contract';
import { m } from '../lib/i18n.svelte';

/** Quick captures: a quote or an observation, stamped with the time and the activity. */
export class CapturesState {
  #list = $state<Capture[]>([]);
  #saving = $state(false);
  #error = $state<string | null>(null);

  constructor(
    private readonly api: Api,
    private readonly sessionId: string,
    initial: readonly Capture[],
  ) {
    this.#list = [...initial];
  }

  get list(): readonly Capture[] {
    return this.#list;
  }
  get saving() {
    return this.#saving;
  }
  get error() {
    return this.#error;
  }

  /** Saves a capture; resolves true once it is stored, so the field can be cleared. */
  async add(text: string, kind: 'quote' | 'observation', activityId?: string): Promise<boolean> {
    const trimmed = text.trim();
    if (!trimmed) return false;
    this.#saving = true;
    try {
      // Quote marks the way the interface's language writes them; marks typed by hand are not doubled.
      const body = kind === 'quote' ? m.console_capture_quote({ text: trimmed.replace(/^["“«]|["”»]$/g, '') }) : trimmed;
      const capture = await this.api.call('notes:capture', {
        sessionId: this.sessionId,
        text: body,
        ...(activityId ? { activityId } : {}),
      });
      this.#list = [...this.#list, capture];
      this.#error = null;
      return true;
    } catch (err) {
      this.#error = (err as Error).message;
      return false;
    } finally {
      this.#saving = false;
    }
  }
}
