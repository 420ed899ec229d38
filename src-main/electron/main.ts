// Boots the desktop host; windows, IPC and security live in their own modules.
import { app, BrowserWindow, dialog } from 'electron';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openAppContext } from '../services/app-context';
import { createHandlers } from '../services/handlers';
import { registerIpc } from './ipc';
import { applySecurityRules } from './security';
import { registerAppScheme, serveRenderer } from './protocol';
import { createConsoleWindow } from './windows';
import { projectorHandlers } from './projector';
import { exportHandlers } from './exports';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(here, '..');

if (!app.requestSingleInstanceLock()) {
  console.error('Secure Base is already running; switching to the open window.');
  app.quit();
} else {
  registerAppScheme();
  app.whenReady().then(async () => {
    applySecurityRules();
    serveRenderer(join(outDir, 'renderer'));
    const ctx = await openAppContext({
      host: 'electron',
      dataDir: process.env.SECURE_BASE_DATA_DIR ?? app.getPath('userData'),
      templatesDir: app.isPackaged ? join(process.resourcesPath, 'templates') : join(app.getAppPath(), 'templates'),
      version: app.getVersion(),
      rendererDir: join(outDir, 'renderer'),
    }).catch((err: Error) => {
      // Another copy (the browser version, say) holds the data folder: say so, then stop.
      dialog.showErrorBox('Secure Base cannot open its data', err.message);
      app.exit(1);
      return null;
    });
    if (!ctx) return;
    const deps = { preloadDir: join(outDir, 'preload'), events: ctx.events };
    registerIpc(createHandlers(ctx, { ...projectorHandlers(deps, ctx.store), ...exportHandlers(ctx.exportsDir) }));
    let consoleWindow = createConsoleWindow(deps);
    app.on('second-instance', () => {
      if (consoleWindow.isDestroyed()) consoleWindow = createConsoleWindow(deps);
      if (consoleWindow.isMinimized()) consoleWindow.restore();
      consoleWindow.focus();
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) consoleWindow = createConsoleWindow(deps);
    });
    let closed = false;
    app.on('before-quit', (event) => {
      if (closed) return;
      // Finish every write and release the data folder before the process ends.
      event.preventDefault();
      void ctx.close().finally(() => ((closed = true), app.quit()));
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
