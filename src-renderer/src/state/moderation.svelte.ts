import type { Api } from '../lib/api';
import type { ModerationView, TextSettings } from '../../../src-main/contract';

/** The console's moderation queue: texts from phones to approve, edit or hide, and the questions screen. */
export class ModerationState {
  view = $state<ModerationView | null>(null);
  settings = $state<TextSettings | null>(null);
  error = $state<string | null>(null);
  #unsubscribe: () => void;

  constructor(
    private readonly api: Api,
    readonly sessionId: string,
  ) {
    const moderation = api.subscribe('room:moderation', (v) => v.sessionId === sessionId && (this.view = v));
    // The room opening or closing changes what the panel offers before any text arrives.
    const room = api.subscribe('room:changed', (s) => {
      if (s.sessionId === sessionId && this.view && s.open !== this.view.open) void this.#reload();
    });
    this.#unsubscribe = () => (moderation(), room());
  }

  async #reload(): Promise<void> {
    await this.#run(async () => void (this.view = await this.api.call('room:moderation', { sessionId: this.sessionId })));
  }

  async load(): Promise<void> {
    await this.#run(async () => {
      const [view, settings] = await Promise.all([
        this.api.call('room:moderation', { sessionId: this.sessionId }),
        this.api.call('room:text-settings', {}),
      ]);
      this.view = view;
      this.settings = settings;
    });
  }

  async #run(work: () => Promise<void>): Promise<void> {
    try {
      await work();
      this.error = null;
    } catch (err) {
      this.error = (err as Error).message;
    }
  }

  approve = (textId: string) =>
    this.#run(
      async () => void (this.view = await this.api.call('room:moderate', { sessionId: this.sessionId, textId, action: 'approve' })),
    );
  hide = (textId: string) =>
    this.#run(async () => void (this.view = await this.api.call('room:moderate', { sessionId: this.sessionId, textId, action: 'hide' })));
  edit = (textId: string, text: string) =>
    this.#run(
      async () => void (this.view = await this.api.call('room:moderate', { sessionId: this.sessionId, textId, action: 'edit', text })),
    );

  /** Q: shows or hides the questions screen on the projector while the room is open. */
  toggleScreen = (show?: boolean) =>
    this.#run(async () => {
      if (!this.view?.open) return;
      const screen = await this.api.call('room:questions-screen', { sessionId: this.sessionId, ...(show !== undefined ? { show } : {}) });
      if (this.view) this.view = { ...this.view, showQuestions: screen.show };
    });

  saveSettings = (settings: TextSettings) =>
    this.#run(async () => void (this.settings = await this.api.call('room:save-text-settings', settings)));

  dispose(): void {
    this.#unsubscribe();
  }
}
