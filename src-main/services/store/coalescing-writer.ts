/**
 * Runs at most one write of a file at a time. Saves that arrive while a write is under way share
 * the next write. Each save's promise settles when a write that includes it has finished.
 */
export class CoalescingWriter {
  #running: Promise<void> | null = null;
  #pending: { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } | null = null;

  constructor(private readonly write: () => Promise<void>) {}

  save(): Promise<void> {
    if (!this.#running) {
      this.#running = this.#run();
      return this.#running;
    }
    if (!this.#pending) {
      let resolve!: () => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
      this.#pending = { promise, resolve, reject };
    }
    return this.#pending.promise;
  }

  /** Resolves once nothing is being written or waiting to be. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running.catch(() => {});
  }

  async #run(): Promise<void> {
    try {
      await this.write();
    } finally {
      const next = this.#pending;
      this.#pending = null;
      this.#running = null;
      if (next) {
        this.#running = this.#run();
        this.#running.then(next.resolve, next.reject);
      }
    }
  }
}
