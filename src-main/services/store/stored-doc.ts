import { Low, type Adapter } from 'lowdb';
import { asWriteFailed } from './store-errors';

type Change<T> = (draft: T) => void;

interface Queued<T> {
  change: Change<T>;
  resolve: (saved: T) => void;
  reject: (err: unknown) => void;
}

export interface StoredDocOptions<T> {
  /** Validates a changed copy; returns the value to write or throws, and then nothing is written. */
  check?: (draft: T) => T;
  /** Runs after each successful write (the sessions index follows the file); failures there are ignored. */
  onWritten?: (saved: T) => Promise<void> | void;
  /**
   * The copy a change works on. The whole document by default; a document whose changes replace
   * whole fields (the sessions index) can take a shallow one.
   */
  copy?: (saved: T) => T;
}

/**
 * One file of the data folder as a lowdb document, read with `db.read()` and written with
 * `db.write()` through a durable adapter (durable-file.ts).
 *
 * `data` is always exactly what is on disk: a change is applied to a copy and checked, the copy
 * is written, and only then does it become `data`; a failed write puts lowdb's data back and
 * rejects the changes it carried, so nobody is told "saved" for something that isn't. Changes
 * that arrive while a write is under way share the next write (a burst of keystrokes costs two
 * writes, not one per key). Every coalesced write of the store goes through here.
 */
export class StoredDoc<T> {
  readonly #db: Low<T>;
  #saved: T;
  #queue: Queued<T>[] = [];
  #running: Promise<void> | null = null;
  #closed: Error | null = null;

  private constructor(
    readonly adapter: Adapter<T> & { readonly path?: string },
    saved: T,
    private readonly options: StoredDocOptions<T>,
  ) {
    this.#db = new Low<T>(adapter, saved);
    this.#saved = saved;
  }

  /**
   * Reads the file through lowdb. Without a file it holds `fallback`; with no fallback either
   * (null), there is no document and the result is null. Throws what the adapter throws.
   */
  static read<T>(adapter: Adapter<T>, fallback: T, options?: StoredDocOptions<T>): Promise<StoredDoc<T>>;
  static read<T>(adapter: Adapter<T>, fallback: null, options?: StoredDocOptions<T>): Promise<StoredDoc<T> | null>;
  static async read<T>(adapter: Adapter<T>, fallback: T | null, options: StoredDocOptions<T> = {}): Promise<StoredDoc<T> | null> {
    // lowdb keeps its default data when the adapter finds no file; null stands for "none" only
    // until this method has looked, and a document without data is never handed out.
    const doc = new StoredDoc<T>(adapter, fallback as T, options);
    await doc.#db.read();
    if (doc.#db.data === null) return null;
    doc.#saved = doc.#db.data;
    return doc;
  }

  /** Writes a new document's first content through lowdb; rejects with WriteFailed if it does not reach the disk. */
  static async create<T>(adapter: Adapter<T>, data: T, options: StoredDocOptions<T> = {}): Promise<StoredDoc<T>> {
    const doc = new StoredDoc<T>(adapter, data, options);
    try {
      await doc.#db.write();
    } catch (err) {
      throw asWriteFailed(err, doc.#path);
    }
    return doc;
  }

  /** The saved document. Read it, never change it: every change goes through update(). */
  get data(): T {
    return this.#saved;
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

  get #path(): string {
    return this.adapter.path ?? '';
  }

  async #drain(): Promise<void> {
    // Let changes made in the same tick join the first write.
    await null;
    const copy = this.options.copy ?? ((saved: T) => structuredClone(saved));
    const check = this.options.check ?? ((draft: T) => draft);
    try {
      while (this.#queue.length) {
        const batch = this.#queue.splice(0);
        let draft = this.#saved;
        const accepted: Queued<T>[] = [];
        for (const q of batch) {
          try {
            const next = copy(draft);
            q.change(next);
            draft = check(next);
            accepted.push(q);
          } catch (err) {
            q.reject(err);
          }
        }
        if (accepted.length === 0) continue;
        this.#db.data = draft;
        try {
          await this.#db.write();
        } catch (err) {
          this.#db.data = this.#saved;
          const failure = asWriteFailed(err, this.#path);
          for (const q of accepted) q.reject(failure);
          continue;
        }
        this.#saved = draft;
        await Promise.resolve(this.options.onWritten?.(draft)).catch(() => {});
        for (const q of accepted) q.resolve(draft);
      }
    } finally {
      this.#running = null;
    }
  }
}
