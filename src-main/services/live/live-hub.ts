import { applyIntent, liveStateOf, type LiveIntent, type LiveState } from '../../core/live/live-state';
import type { Store } from '../store/store';
import type { EventHub } from '../event-hub';
import { notFound } from '../errors';

/** Holds the authoritative live state of running sessions and pushes every change to all views. */
export class LiveHub {
  #states = new Map<string, LiveState>();

  constructor(
    private readonly store: Store,
    private readonly events: EventHub,
  ) {}

  async join(sessionId: string): Promise<LiveState> {
    const known = this.#states.get(sessionId);
    if (known) return known;
    const session = await this.store.getSession(sessionId);
    if (!session) throw notFound(`No session "${sessionId}".`);
    const state = liveStateOf(session);
    this.#states.set(sessionId, state);
    return state;
  }

  async intent(sessionId: string, intent: LiveIntent): Promise<LiveState> {
    const before = await this.join(sessionId);
    const after = applyIntent(before, intent);
    this.#states.set(sessionId, after);
    if (after.activityIndex !== before.activityIndex) {
      await this.store.updateSession(sessionId, (s) => {
        s.position = { activityIndex: after.activityIndex, step: 0 };
      });
    }
    this.events.emit('live:changed', after);
    return after;
  }
}
