import type { Api } from '../lib/api';
import type { RoomJoinView } from '../../../src-main/contract';

/** What the projector shows of the room: the join screen (key J) or a small badge. */
export class RoomJoin {
  view = $state<RoomJoinView | null>(null);
  #unsubscribe: () => void;

  constructor(
    private readonly api: Api,
    readonly sessionId: string,
  ) {
    this.#unsubscribe = api.subscribe('room:join', (v) => (this.view = v));
    api.call('room:join-view', { sessionId }).then(
      (v) => (this.view ??= v),
      () => {},
    );
  }

  /** J: shows or hides the join screen while a room is open. */
  toggle(): void {
    if (!this.view?.open) return;
    this.api.call('room:join-screen', { sessionId: this.sessionId }).then(
      (v) => (this.view = v),
      () => {},
    );
  }

  dispose(): void {
    this.#unsubscribe();
  }
}
