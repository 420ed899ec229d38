// The desktop host's security rules as plain data and functions, so tests can check them without Electron.

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://secure-base';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

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
    spellcheck: true,
  }) as const;

const isAppUrl = (url: string): boolean => {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
};

/** IPC is answered only for our own top-level frame, never a sub-frame or a foreign page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** In-app navigation stays on our own pages; anything else is blocked. */
export const navigationAllowed = (url: string): boolean => isAppUrl(url);

/** Only fullscreen is granted; camera, microphone, notifications, geolocation and the rest are denied. */
export const permissionAllowed = (permission: string): boolean => permission === 'fullscreen';

/** A link the user clicked may open in the system browser only if it is https. */
export function externalLinkAllowed(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
