/**
 * Things opened on first use and kept open, by key: a session's file, a running session. However
 * many ask for a key at the same moment, it is opened once and all of them get the same one.
 */
export class OpenOnce<K, V> {
  readonly #open = new Map<K, V>();
  readonly #opening = new Map<K, Promise<V | undefined>>();

  get(key: K): V | undefined {
    return this.#open.get(key);
  }
  has(key: K): boolean {
    return this.#open.has(key);
  }
  set(key: K, value: V): void {
    this.#open.set(key, value);
  }
  delete(key: K): boolean {
    return this.#open.delete(key);
  }
  values(): IterableIterator<V> {
    return this.#open.values();
  }
  entries(): IterableIterator<[K, V]> {
    return this.#open.entries();
  }

  /**
   * The open value, or the one being opened, or else what `load` opens (kept when it is not
   * undefined: undefined means there is nothing to open). A load that fails is not kept either.
   */
  open<R extends V | undefined>(key: K, load: () => Promise<R>): Promise<R> {
    const known = this.#open.get(key);
    if (known !== undefined) return Promise.resolve(known as R);
    let opening = this.#opening.get(key);
    if (!opening) {
      opening = load()
        .then((value) => {
          if (value !== undefined) this.#open.set(key, value);
          return value;
        })
        .finally(() => this.#opening.delete(key));
      this.#opening.set(key, opening);
    }
    return opening as Promise<R>;
  }

  /** What an opening under way will give, without starting one. */
  pending(key: K): Promise<V | undefined> | undefined {
    return this.#opening.get(key);
  }
}
