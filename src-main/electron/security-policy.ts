// The desktop host's security rules as plain data and functions, so tests can check them without Electron.

export const APP_SCHEME = 'app';
export const APP_HOST = 'secure-base';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * The renderer's CSP. index.html carries the same policy in a meta tag; the app:// protocol sends it
 * again as a header, because only a header can say frame-ancestors. A test keeps the copies in step.
 */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; media-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

/** webPreferences for every window the app creates. */
export const secureWebPreferences = (preload: string) =>
  ({
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // A middle-click on a link would ask for a new window; the window-open handler denies it anyway.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  }) as const;

/** True for a URL on our own origin, app://secure-base, and nothing that merely looks like it. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** IPC is answered only for our own top-level frame, never a sub-frame or a foreign page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** In-app navigation stays on our own pages; anything else is blocked. */
export const navigationAllowed = (url: string): boolean => isAppUrl(url);

/**
 * Only fullscreen is granted, and only to our own pages; camera, microphone, notifications,
 * geolocation, openExternal and the rest are denied.
 */
export const permissionAllowed = (permission: string, requestingUrl?: string | null): boolean =>
  permission === 'fullscreen' && isAppUrl(requestingUrl);

/** A link may open in the system browser only if it is plain https (no user:password@ disguise). */
export function externalLinkAllowed(url: string): boolean {
  if (url.length > 2048) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/**
 * Chromium reports these dispositions for a link the user opened in a new tab (target=_blank,
 * ctrl- or middle-click). Electron gives no user-gesture flag, so a window.open() with features
 * ('new-window'), a form post or 'other' never reaches the system browser.
 */
const CLICKED_LINK = new Set(['foreground-tab', 'background-tab']);

export interface WindowOpenRequest {
  url: string;
  disposition: string;
  features?: string;
  postBody?: unknown;
}

/** A link's rel="noopener noreferrer" may show up as features; sizes or positions mean a script asked. */
const linkFeatures = (features = '') => features.split(',').every((f) => ['', 'noopener', 'noreferrer'].includes(f.trim().toLowerCase()));

/** Whether a window-open request is a clicked https link to hand to the system browser. */
export const opensExternally = (request: WindowOpenRequest): boolean =>
  CLICKED_LINK.has(request.disposition) && linkFeatures(request.features) && !request.postBody && externalLinkAllowed(request.url);

/** Requests the app's pages may never make: the renderer is app:// only, so these go nowhere. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/**
 * Electron fetches Hunspell dictionaries from Chromium's CDN on Windows and Linux; macOS uses the
 * system's spell checker. Nothing may leave the laptop, so the built-in checker stays off there.
 */
export const spellCheckerAllowed = (platform: NodeJS.Platform): boolean => platform === 'darwin';

/** Where an app:// request may be served from: our host only, GET or HEAD only. */
export function appRequestPath(method: string, url: string): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!isAppUrl(url)) return null;
  const { pathname } = new URL(url);
  return pathname === '/' ? '/index.html' : pathname;
}
