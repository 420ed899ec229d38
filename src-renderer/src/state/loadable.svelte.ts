/**
 * What a view reads from the host: the last answer, or why it could not be had. Every list and
 * page state (library, my workshops, sessions, a workshop, a session's record) has this shape.
 */
export class Loadable<T> {
  // Raw: answers are replaced whole, never changed in place.
  #data = $state.raw<T | null>(null);
  #error = $state<string | null>(null);

  constructor(private readonly read: () => Promise<T>) {}

  get data(): T | null {
    return this.#data;
  }
  get error(): string | null {
    return this.#error;
  }
  /** Nothing to show yet: the first answer has not come. */
  get loading(): boolean {
    return this.#data === null && this.#error === null;
  }

  async load(): Promise<void> {
    try {
      this.#data = await this.read();
      this.#error = null;
    } catch (err) {
      this.fail(err);
    }
  }

  /** Shows what the host said went wrong, keeping what was loaded. */
  protected fail(err: unknown): void {
    this.#error = err instanceof Error ? err.message : String(err);
  }

  protected clearError(): void {
    this.#error = null;
  }

  /** Replaces the data after an action whose result is known without asking again. */
  protected show(data: T): void {
    this.#data = data;
  }
}
