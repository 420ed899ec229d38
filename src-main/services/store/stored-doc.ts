import { Low, type Adapter } from 'lowdb';
import { asWriteFailed } from './store-errors';

type Change<T> = (draft: T) => void;

interface Queued<T> {
  change: Change<T>;
  resolve: (saved: T) => void;
  reject: (err: unknown) => void;
}

/**
 * One lowdb document whose `db.data` is always exactly what is on disk. A change is applied to a copy,
 * checked, and the copy becomes `db.data` only after it was written; a failed write leaves the saved
 * document untouched and rejects the changes it carried, so nobody is told "saved" for something that
 * isn't, and nothing saved is rolled into a half-applied state. Changes that arrive while a write is
 * under way share the next write (a burst of keystrokes costs two writes, not one per key).
 */
export class StoredDoc<T> {
  readonly db: Low<T>;
  #queue: Queued<T>[] = [];
  #running: Promise<void> | null = null;
  #closed: Error | null = null;

  constructor(
    adapter: Adapter<T>,
    saved: T,
    /** Validates a changed copy; returns the value to write or throws. */
    private readonly check: (draft: T) => T,
    /** Runs after each successful write (the store updates its index); failures there are ignored. */
    private readonly onWritten?: (saved: T) => Promise<void> | void,
  ) {
    this.db = new Low<T>(adapter, saved);
  }

  /** The saved document. Read it, never change it: every change goes through update(). */
  get data(): T {
    return this.db.data;
  }

  /** Applies a change and resolves with the saved document once it is on disk. */
  update(change: Change<T>): Promise<T> {
    if (this.#closed) return Promise.reject(this.#closed);
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ change, resolve, reject });
      this.#running ??= this.#drain();
    });
  }

  /** Resolves once nothing is being written or waiting to be. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Refuses further changes (the document is being deleted or replaced); waiting ones are rejected. */
  close(reason: Error): void {
    this.#closed = reason;
    for (const q of this.#queue.splice(0)) q.reject(reason);
  }

  async #drain(): Promise<void> {
    // Let changes made in the same tick join the first write.
    await null;
    try {
      while (this.#queue.length) {
        const batch = this.#queue.splice(0);
        let draft = this.db.data;
        const accepted: Queued<T>[] = [];
        for (const q of batch) {
          try {
            const next = structuredClone(draft);
            q.change(next);
            draft = this.check(next);
            accepted.push(q);
          } catch (err) {
            q.reject(err);
          }
        }
        if (accepted.length === 0) continue;
        try {
          await this.db.adapter.write(draft);
        } catch (err) {
          const failure = asWriteFailed(err, (this.db.adapter as { path?: string }).path ?? '');
          for (const q of accepted) q.reject(failure);
          continue;
        }
        this.db.data = draft;
        await Promise.resolve(this.onWritten?.(draft)).catch(() => {});
        for (const q of accepted) q.resolve(draft);
      }
    } finally {
      this.#running = null;
    }
  }
}
