import type { EventName, Events } from '../contract';

export interface Subscriber {
  /** Who is listening, so what is pushed can be shaped to their rights. */
  role: 'facilitator' | 'projector';
  send<E extends EventName>(event: E, payload: Events[E]): void;
}

/** Fans host events out to every connected view (windows, browser tabs). */
export class EventHub {
  #subscribers = new Set<Subscriber>();

  add(subscriber: Subscriber): () => void {
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  emit<E extends EventName>(event: E, payload: Events[E] | ((role: Subscriber['role']) => Events[E] | undefined)): void {
    for (const s of this.#subscribers) {
      const shaped = typeof payload === 'function' ? (payload as (r: Subscriber['role']) => Events[E] | undefined)(s.role) : payload;
      if (shaped !== undefined) s.send(event, shaped);
    }
  }

  get size(): number {
    return this.#subscribers.size;
  }
}
