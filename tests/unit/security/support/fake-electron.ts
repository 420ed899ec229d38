// A stand-in for the `electron` module, for unit tests of the Electron glue only (no Electron binary
// can run here). It records what the glue asks of Electron so tests can check it.
import { vi } from 'vitest';
import { fileURLToPath } from 'node:url';

type Listener = (...args: never[]) => unknown;

export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: Listener | null = null;
  url = '';
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  setWindowOpenHandler(fn: Listener) {
    this.windowOpenHandler = fn;
  }
  send = vi.fn();
  getURL = () => this.url;
}

export class FakeBrowserWindow {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    recorded.windows.push(this);
    recorded.log.push('window');
  }
  loadURL(url: string) {
    this.loaded.push(url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  loadFile(path: string) {
    this.loaded.push(`file://${path}`);
    return Promise.resolve();
  }
  on() {
    return this;
  }
  once() {
    return this;
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  isFullScreen = () => false;
  setFullScreen = vi.fn();
  setBounds = vi.fn();
  show = vi.fn();
  showInactive = vi.fn();
  restore = vi.fn();
  focus = vi.fn();
  static getAllWindows = () => recorded.windows;
}

const display = (id: number, x: number) => ({
  id,
  label: '',
  bounds: { x, y: 0, width: 1920, height: 1080 },
  size: { width: 1920, height: 1080 },
});

export const recorded = {
  /** What the glue asked for, in order. */
  log: [] as string[],
  windows: [] as FakeBrowserWindow[],
  appListeners: new Map<string, Listener[]>(),
  ipcHandlers: new Map<string, Listener>(),
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  devicePermission: null as Listener | null,
  spellChecker: null as boolean | null,
  requestFilters: [] as { urls: string[]; fn: Listener }[],
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, Listener>(),
  reset() {
    this.log.length = 0;
    this.windows.length = 0;
    this.appListeners.clear();
    this.ipcHandlers.clear();
    this.protocolHandlers.clear();
    this.privilegedSchemes.length = 0;
    this.requestFilters.length = 0;
  },
};

export const fakeElectron = {
  app: {
    on: (event: string, fn: Listener) => {
      recorded.log.push(`app.on ${event}`);
      recorded.appListeners.set(event, [...(recorded.appListeners.get(event) ?? []), fn]);
    },
    whenReady: () => {
      recorded.log.push('whenReady');
      return Promise.resolve();
    },
    requestSingleInstanceLock: vi.fn(() => {
      recorded.log.push('single-instance lock');
      return true;
    }),
    quit: vi.fn(() => void recorded.log.push('quit')),
    exit: vi.fn(),
    getPath: vi.fn(() => '/tmp/secure-base-fake-user-data'),
    getAppPath: vi.fn(() => fileURLToPath(new URL('../../../../', import.meta.url))),
    getVersion: () => '0.0.0-test',
    isPackaged: false,
  },
  BrowserWindow: FakeBrowserWindow,
  screen: { getAllDisplays: () => [display(1, 0), display(2, 1920)], getPrimaryDisplay: () => display(1, 0) },
  ipcMain: {
    handle: (channel: string, fn: Listener) => {
      recorded.log.push('ipc handler');
      recorded.ipcHandlers.set(channel, fn);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => {
        recorded.log.push('permission handler');
        recorded.permissionRequest = fn;
      },
      setPermissionCheckHandler: (fn: Listener) => void (recorded.permissionCheck = fn),
      setDevicePermissionHandler: (fn: Listener) => void (recorded.devicePermission = fn),
      setSpellCheckerEnabled: (on: boolean) => void (recorded.spellChecker = on),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, fn: Listener) => void recorded.requestFilters.push({ urls: filter.urls, fn }),
      },
    },
  },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      recorded.log.push('privileged scheme');
      recorded.privilegedSchemes.push(...schemes);
    },
    handle: (scheme: string, fn: Listener) => {
      recorded.log.push(`protocol ${scheme}`);
      recorded.protocolHandlers.set(scheme, fn);
    },
  },
  net: { fetch: vi.fn() },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
};
