import { app, session, shell } from 'electron';
import { externalLinkAllowed, navigationAllowed, permissionAllowed } from './security-policy';

/** Rules applied to every web contents the app ever creates. */
export function applySecurityRules(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url, disposition }) => {
      // A user's click on an https link opens the system browser; no window is ever opened in the app.
      if (disposition !== 'new-window' && externalLinkAllowed(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!navigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!navigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
