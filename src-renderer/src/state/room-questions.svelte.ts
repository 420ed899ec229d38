import type { Api } from '../lib/api';
import type { QuestionsScreen } from '../../../src-main/contract';

/** What the projector shows of the room's texts: the approved questions and responses, when the facilitator shows them (Q). */
export class RoomQuestions {
  view = $state<QuestionsScreen | null>(null);
  #unsubscribe: () => void;

  constructor(api: Api, sessionId: string) {
    this.#unsubscribe = api.subscribe('room:questions', (v) => v.sessionId === sessionId && (this.view = v));
    api.call('room:questions-view', { sessionId }).then(
      (v) => (this.view ??= v),
      () => {},
    );
  }

  dispose(): void {
    this.#unsubscribe();
  }
}
