import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import type { EventHub, Subscriber } from '../services/event-hub';
import { APP_ENTRY, secureWebPreferences } from './security-policy';
import { EVENT_CHANNEL } from './ipc';

export interface WindowDeps {
  preloadDir: string;
  events: EventHub;
}

/** Connects a window to live events, shaped for its role, until it closes. */
function subscribe(win: BrowserWindow, role: Subscriber['role'], events: EventHub): void {
  const remove = events.add({
    role,
    send: (event, payload) => {
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event, payload);
    },
  });
  win.on('closed', remove);
}

export function createConsoleWindow(deps: WindowDeps): BrowserWindow {
  const win = new BrowserWindow({
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

/** The audience window: fullscreen on the external display when there is one. */
export function createProjectorWindow(deps: WindowDeps, sessionId: string, displayId?: number): BrowserWindow {
  const displays = screen.getAllDisplays();
  const primary = screen.getPrimaryDisplay();
  const target = displays.find((d) => d.id === displayId) ?? displays.find((d) => d.id !== primary.id) ?? primary;
  const external = target.id !== primary.id;
  const win = new BrowserWindow({
    x: target.bounds.x,
    y: target.bounds.y,
    width: external ? target.bounds.width : 1280,
    height: external ? target.bounds.height : 720,
    fullscreen: external,
    title: 'Secure Base — Projector',
    backgroundColor: '#12161d',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(deps.preloadDir, 'preload.cjs')),
  });
  subscribe(win, 'projector', deps.events);
  void win.loadURL(`${APP_ENTRY}#/projector/${encodeURIComponent(sessionId)}`);
  return win;
}
