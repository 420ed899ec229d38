// What every window's options must say, from Electron's security checklist.
import { isAbsolute } from 'node:path';
import { expect } from 'vitest';
import { APP_ORIGIN } from '../../../../src-main/electron/security-policy';

export function expectLockedDownPreferences(options: { webPreferences?: Record<string, unknown> }): void {
  const prefs = options.webPreferences ?? {};
  expect(prefs).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  });
  expect(String(prefs.disableBlinkFeatures)).toContain('Auxclick');
  for (const risky of ['enableBlinkFeatures', 'additionalArguments', 'enableRemoteModule', 'nodeIntegrationInSubframes'])
    expect(prefs).not.toHaveProperty(risky);
  // The sandboxed preload is the CommonJS build, by absolute path.
  expect(isAbsolute(String(prefs.preload))).toBe(true);
  expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
}

/** A window loads our own origin only: never file://, http(s) or a data: URL. */
export function expectAppUrl(url: string): void {
  expect(url.startsWith(`${APP_ORIGIN}/`), url).toBe(true);
}
