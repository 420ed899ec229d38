import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import type { EventHub, Subscriber } from '../services/event-hub';
import { APP_ENTRY, secureWebPreferences } from './security-policy';
import { EVENT_CHANNEL } from './ipc';
import { projectorRoute } from '../contract/routes';
import { assignRole } from './window-roles';

export interface WindowDeps {
  preloadDir: string;
  events: EventHub;
}

/** Gives a window its role (what it may call) and connects it to live events shaped for that role. */
function subscribe(win: BrowserWindow, role: Subscriber['role'], events: EventHub): void {
  assignRole(win.webContents, role);
  const remove = events.add({
    role,
    send: (event, payload) => {
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event, payload);
    },
  });
  win.on('closed', remove);
}

export function createConsoleWindow(deps: WindowDeps): BrowserWindow {
  // Reviewed: webPreferences come from secureWebPreferences() (sandbox, contextIsolation, Auxclick off), tested in tests/unit/security.
  /** // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */ const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Secure Base',
    show: false,
    backgroundColor: '#f6f4ef',
    webPreferences: secureWebPreferences(join(deps.preloadDir, 'preload.cjs')),
  });
  subscribe(win, 'facilitator', deps.events);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}

type Display = Electron.Display;

/** The display to use: the one asked for, else any external display, else the laptop's own. */
export function projectorDisplay(displayId?: number): { display: Display; external: boolean } {
  const displays = screen.getAllDisplays();
  const primary = screen.getPrimaryDisplay();
  const display = displays.find((d) => d.id === displayId) ?? displays.find((d) => d.id !== primary.id) ?? primary;
  return { display, external: display.id !== primary.id };
}

/** Fullscreen on an external display; a movable 16:9 window on the laptop when there is none. */
export function placeProjectorWindow(win: BrowserWindow, displayId?: number): void {
  const { display, external } = projectorDisplay(displayId);
  if (win.isFullScreen()) win.setFullScreen(false);
  const { x, y, width, height } = display.bounds;
  win.setBounds(external ? { x, y, width, height } : { x: x + 40, y: y + 40, width: 1280, height: 720 });
  if (external) win.setFullScreen(true);
}

/** The audience window: fullscreen on the external display when there is one. */
export function createProjectorWindow(deps: WindowDeps, sessionId: string, displayId?: number): BrowserWindow {
  // Reviewed: webPreferences come from secureWebPreferences() (sandbox, contextIsolation, Auxclick off), tested in tests/unit/security.
  /** // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */ const win = new BrowserWindow({
    width: 1280,
    height: 720,
    title: 'Secure Base — Projector',
    backgroundColor: '#0f1319',
    autoHideMenuBar: true,
    show: false,
    webPreferences: secureWebPreferences(join(deps.preloadDir, 'preload.cjs')),
  });
  // The projector role: this window is only ever sent the audience view.
  subscribe(win, 'projector', deps.events);
  placeProjectorWindow(win, displayId);
  win.once('ready-to-show', () => win.showInactive());
  void win.loadURL(projectorUrl(sessionId));
  return win;
}

export const projectorUrl = (sessionId: string): string => `${APP_ENTRY}${projectorRoute(sessionId)}`;
