/**
 * What a view reads from the host: the last answer, or why it could not be had. Every list, page
 * and search state (library, my workshops, sessions, a workshop, a session's record, the notes
 * search, the activity browser) has this shape.
 */
export class Loadable<T> {
  // Raw: answers are replaced whole, never changed in place.
  #data = $state.raw<T | null>(null);
  #error = $state<string | null>(null);
  #fetching = $state(false);
  #asked = 0;

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
  /** A question is out. */
  get fetching(): boolean {
    return this.#fetching;
  }

  /** Asks again. Answers can overtake each other: only the latest question's answer counts. */
  async load(): Promise<void> {
    const asked = ++this.#asked;
    this.#fetching = true;
    try {
      const data = await this.read();
      if (asked !== this.#asked) return;
      this.#data = data;
      this.#error = null;
    } catch (err) {
      if (asked === this.#asked) this.fail(err);
    } finally {
      if (asked === this.#asked) this.#fetching = false;
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

  /** Back to nothing asked; an answer still on its way is dropped. */
  protected reset(): void {
    this.#asked++;
    this.#data = null;
    this.#error = null;
    this.#fetching = false;
  }
}
