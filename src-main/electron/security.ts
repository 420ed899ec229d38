import { app, session, shell, type WebContents } from 'electron';
import {
  NETWORK_URL_PATTERNS,
  navigationAllowed,
  opensExternally,
  permissionAllowed,
  spellCheckerAllowed,
  type WindowOpenRequest,
} from './security-policy';

/** Rules applied to every web contents the app ever creates. */
export function applySecurityRules(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
  // WebHID, WebUSB and Web Serial: no device is ever handed to a page.
  ses.setDevicePermissionHandler(() => false);
  // No network: the CSP already says so to the page; this holds even if a page got past it.
  ses.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
  ses.setSpellCheckerEnabled(spellCheckerAllowed(process.platform));

  app.on('web-contents-created', (_event, contents) => lockDown(contents));
}

/** No new windows, no navigation away from our pages, no <webview>. */
export function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler((request) => {
    openClickedLink(request);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!navigationAllowed(url)) event.preventDefault();
  });
  // will-navigate fires for the main frame only; sub-frames get the same rule here.
  contents.on('will-frame-navigate', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!navigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** A clicked https link opens in the system browser; the app itself never opens a window for it. */
function openClickedLink(request: WindowOpenRequest): void {
  if (!opensExternally(request)) return;
  // Reviewed: only https links the user clicked pass opensExternally() (security-policy.ts, tested).
  /** // eng-disable OPEN_EXTERNAL_JS_CHECK */ void shell.openExternal(request.url);
}
