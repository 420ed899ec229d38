import { screen, type BrowserWindow } from 'electron';
import type { Handlers } from '../contract';
import type { Store } from '../services/store/store';
import { projectorRoute } from '../contract/routes';
import { requireSession } from '../services/lookup';
import { createProjectorWindow, placeProjectorWindow, projectorUrl, type WindowDeps } from './windows';

/**
 * The desktop host's projector handlers: one audience window, opened or moved on request, on the
 * display the facilitator picked last time unless they pick another now.
 */
export function projectorHandlers(deps: WindowDeps, store: Store): Pick<Handlers, 'projector:open' | 'projector:displays'> {
  let win: BrowserWindow | null = null;
  return {
    async 'projector:open'({ sessionId, displayId }) {
      await requireSession(store, sessionId);
      if (displayId !== undefined) await store.updateSettings({ projectorDisplayId: displayId });
      const chosen = displayId ?? (await store.getSettings()).projectorDisplayId;
      if (win && !win.isDestroyed()) {
        placeProjectorWindow(win, chosen);
        if (win.webContents.getURL() !== projectorUrl(sessionId)) void win.loadURL(projectorUrl(sessionId));
      } else {
        win = createProjectorWindow(deps, sessionId, chosen);
      }
      return { opened: true, url: projectorRoute(sessionId) };
    },
    async 'projector:displays'() {
      const primary = screen.getPrimaryDisplay();
      const displays = screen.getAllDisplays().map((d, i) => ({
        id: d.id,
        label: d.label,
        number: i + 1,
        width: d.size.width,
        height: d.size.height,
        primary: d.id === primary.id,
      }));
      return { displays, chosenId: (await store.getSettings()).projectorDisplayId ?? null };
    },
  };
}
