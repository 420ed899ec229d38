// Checklist: window.open and navigation are denied, only fullscreen is granted, and the system browser
// opens only for https links the user clicked. applySecurityRules() against a stand-in for electron.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

import { applySecurityRules } from '../../../src-main/electron/security';
import { spellCheckerAllowed } from '../../../src-main/electron/security-policy';
import { fakeElectron, FakeWebContents, recorded } from './support/fake-electron';

const APP_PAGE = 'app://secure-base/index.html';
let contents: FakeWebContents;

beforeAll(() => {
  recorded.reset();
  applySecurityRules();
  contents = new FakeWebContents();
  for (const fn of recorded.appListeners.get('web-contents-created') ?? []) (fn as (e: unknown, c: unknown) => void)({}, contents);
});
beforeEach(() => fakeElectron.shell.openExternal.mockClear());

const fire = (event: string, ...args: unknown[]) => {
  const preventDefault = vi.fn();
  const listeners = contents.listeners.get(event) ?? [];
  expect(listeners.length, event).toBeGreaterThan(0);
  for (const fn of listeners) (fn as (...a: unknown[]) => void)(...args.map((a) => (a === EVENT ? { preventDefault } : a)));
  return preventDefault.mock.calls.length > 0;
};
const EVENT = Symbol('event');

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'midi',
  'midiSysex',
  'pointerLock',
  'keyboardLock',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'idle-detection',
  'window-management',
  'local-fonts',
  'storage-access',
  'unknown',
];

describe('permissions', () => {
  const request = (permission: string, requestingUrl: string) => {
    const callback = vi.fn();
    (recorded.permissionRequest as (...a: unknown[]) => void)(contents, permission, callback, { requestingUrl, isMainFrame: true });
    return callback.mock.calls[0]?.[0];
  };
  const check = (permission: string, origin: string) =>
    (recorded.permissionCheck as (...a: unknown[]) => boolean)(contents, permission, origin, { isMainFrame: true });

  it('grants fullscreen to our own pages and nothing else to anyone', () => {
    expect(request('fullscreen', APP_PAGE)).toBe(true);
    expect(check('fullscreen', 'app://secure-base')).toBe(true);
    for (const p of PERMISSIONS) {
      expect(request(p, APP_PAGE), p).toBe(false);
      expect(check(p, 'app://secure-base'), p).toBe(false);
    }
  });

  it('denies fullscreen to a foreign or look-alike origin', () => {
    for (const origin of [
      'https://evil.example',
      'app://secure-base.evil',
      'app://evil',
      'file:///index.html',
      'http://127.0.0.1:4321',
      '',
      'null',
    ]) {
      expect(request('fullscreen', origin), origin).toBe(false);
      expect(check('fullscreen', origin), origin).toBe(false);
    }
  });

  it('hands no USB, HID or serial device to any page', () => {
    expect((recorded.devicePermission as (d: unknown) => boolean)({ deviceType: 'usb', origin: 'app://secure-base' })).toBe(false);
  });
});

describe('network', () => {
  it('cancels every http(s) and WebSocket request any page makes', () => {
    expect(recorded.requestFilters).toHaveLength(1);
    const [{ urls, fn }] = recorded.requestFilters;
    expect(urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    (fn as (d: unknown, cb: unknown) => void)({ url: 'https://telemetry.example/collect' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('keeps the spell checker from downloading dictionaries (Windows, Linux); macOS uses its own', () => {
    expect(recorded.spellChecker).toBe(spellCheckerAllowed(process.platform));
    expect(spellCheckerAllowed('win32')).toBe(false);
    expect(spellCheckerAllowed('linux')).toBe(false);
    expect(spellCheckerAllowed('darwin')).toBe(true);
  });
});

describe('window.open', () => {
  const open = (url: string, disposition: string, features = '', postBody?: unknown) =>
    (contents.windowOpenHandler as (d: unknown) => { action: string })({
      url,
      disposition,
      features,
      frameName: '',
      referrer: { url: '', policy: 'default' },
      postBody,
    });

  it('never opens a window in the app', () => {
    for (const url of ['https://example.org', APP_PAGE, 'about:blank', 'javascript:alert(1)', 'file:///etc/passwd']) {
      for (const d of ['default', 'foreground-tab', 'background-tab', 'new-window', 'other'])
        expect(open(url, d)).toEqual({ action: 'deny' });
    }
  });

  it('hands a clicked https link to the system browser', () => {
    open('https://example.org/attachment', 'foreground-tab');
    open('https://example.org/', 'background-tab');
    open('https://example.org/rel', 'foreground-tab', 'noopener,noreferrer');
    expect(fakeElectron.shell.openExternal.mock.calls).toEqual([
      ['https://example.org/attachment'],
      ['https://example.org/'],
      ['https://example.org/rel'],
    ]);
  });

  it('opens nothing outside for scripts, forms, other schemes or disguised links', () => {
    const refused: [string, string, string?, unknown?][] = [
      ['https://example.org', 'new-window', 'width=400'],
      ['https://example.org', 'foreground-tab', 'width=400,height=300'],
      ['https://example.org', 'other'],
      ['https://example.org', 'default'],
      ['https://example.org', 'foreground-tab', '', { data: [], contentType: 'application/x-www-form-urlencoded' }],
      ['http://example.org', 'foreground-tab'],
      ['file:///etc/passwd', 'foreground-tab'],
      ['smb://server/share', 'foreground-tab'],
      ['ms-msdt:/id PCWDiagnostic', 'foreground-tab'],
      ['javascript:alert(1)', 'foreground-tab'],
      ['app://secure-base/index.html', 'foreground-tab'],
      ['https://user:pass@evil.example', 'foreground-tab'],
      [`https://example.org/${'a'.repeat(3000)}`, 'foreground-tab'],
      ['not a url', 'foreground-tab'],
    ];
    for (const [url, d, features, post] of refused) open(url, d, features, post);
    expect(fakeElectron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('navigation', () => {
  const FOREIGN = [
    'https://evil.example/',
    'http://127.0.0.1:4321/',
    'file:///etc/passwd',
    'app://secure-base.evil/index.html',
    'app://evil/index.html',
    'app://user@secure-base/',
    'data:text/html,<script>1</script>',
    'javascript:alert(1)',
    'about:blank',
    'chrome://settings',
  ];

  it('stays on our own pages: will-navigate, will-frame-navigate and will-redirect', () => {
    for (const url of FOREIGN) {
      expect(fire('will-navigate', EVENT, url), url).toBe(true);
      const frameEvent = { url, isMainFrame: false, preventDefault: vi.fn() };
      for (const fn of contents.listeners.get('will-frame-navigate') ?? []) (fn as (e: unknown) => void)(frameEvent);
      expect(frameEvent.preventDefault, url).toHaveBeenCalled();
      expect(fire('will-redirect', EVENT, url), url).toBe(true);
    }
  });

  it('lets the app move between its own routes', () => {
    expect(fire('will-navigate', EVENT, `${APP_PAGE}#/projector/s-2024-05-01-abcd`)).toBe(false);
    expect(fire('will-redirect', EVENT, 'app://secure-base/')).toBe(false);
  });

  it('refuses every <webview>', () => {
    expect(fire('will-attach-webview', EVENT, {}, {})).toBe(true);
  });
});
