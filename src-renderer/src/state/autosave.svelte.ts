export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; reason: string };

/**
 * Saves text shortly after the last keystroke. A failed save keeps the text in memory and is
 * retried, so nothing typed is lost while the disk is unavailable.
 */
export class Autosave {
  #status = $state<SaveStatus>({ kind: 'idle' });
  #timer: ReturnType<typeof setTimeout> | null = null;
  #retry: ReturnType<typeof setTimeout> | null = null;
  #pending: string | null = null;
  #inFlight: Promise<void> | null = null;

  constructor(
    private readonly save: (text: string) => Promise<{ savedAt: string }>,
    private readonly delayMs = 600,
    private readonly retryMs = 3000,
  ) {}

  get status(): SaveStatus {
    return this.#status;
  }

  /** Call on every edit. */
  changed(text: string): void {
    this.#pending = text;
    this.#status = { kind: 'saving' };
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Save now whatever is waiting (on blur, before leaving a view). */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#inFlight) await this.#inFlight;
    if (this.#pending === null) return;
    const text = this.#pending;
    this.#pending = null;
    this.#inFlight = this.save(text).then(
      ({ savedAt }) => {
        if (this.#pending === null) this.#status = { kind: 'saved', at: savedAt };
      },
      (err: Error) => {
        if (this.#pending === null) this.#pending = text;
        this.#status = { kind: 'failed', reason: err.message };
        if (this.#retry) clearTimeout(this.#retry);
        this.#retry = setTimeout(() => void this.flush(), this.retryMs);
      },
    );
    await this.#inFlight;
    this.#inFlight = null;
  }

  get unsaved(): boolean {
    return this.#pending !== null;
  }
}
