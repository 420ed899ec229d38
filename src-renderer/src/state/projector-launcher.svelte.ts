import type { Api } from '../lib/api';
import type { DisplayInfo } from '../../../src-main/contract';
import { openProjectorWindow } from '../lib/projector-window';
import { m } from '../lib/i18n.svelte';

/** Opens the audience window: the desktop host places it on a display, the browser opens a window. */
export class ProjectorLauncher {
  #displays = $state<DisplayInfo[]>([]);
  #chosen = $state<number | null>(null);
  #error = $state<string | null>(null);

  constructor(
    private readonly api: Api,
    private readonly sessionId: string,
  ) {}

  get displays() {
    return this.#displays;
  }
  get chosen() {
    return this.#chosen;
  }
  get error() {
    return this.#error;
  }

  async loadDisplays(): Promise<void> {
    try {
      const { displays, chosenId } = await this.api.call('projector:displays', {});
      this.#displays = displays;
      this.#chosen = chosenId;
    } catch {
      this.#displays = [];
    }
  }

  /** Opens the projector, or moves it to another display. */
  async open(displayId?: number): Promise<void> {
    try {
      const result = await this.api.call('projector:open', {
        sessionId: this.sessionId,
        ...(displayId !== undefined ? { displayId } : {}),
      });
      if (displayId !== undefined) this.#chosen = displayId;
      // The browser host cannot place windows: the console opens the route itself. A click's user
      // activation outlives this short round trip, so the pop-up is not blocked.
      const shown = result.opened || openProjectorWindow(result.url, result.projectorToken ?? '') !== null;
      this.#error = shown ? null : m.console_popup_blocked();
    } catch (err) {
      this.#error = (err as Error).message;
    }
  }
}
