import { test, _electron as electron, type ElectronApplication } from '@playwright/test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JS helper shared with `npm start`
import { electronBinary } from '../../src-main/launch/electron-binary.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const binary: { path?: string; reason?: string } = electronBinary({ fetch: false });
const display = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

/** Why the desktop app cannot be launched here, or '' when it can. */
export const skipReason = !binary.path
  ? `Electron suite skipped: ${binary.reason}.`
  : !display
    ? 'Electron suite skipped: no display (run under xvfb-run).'
    : '';

/** Skips the file's tests where Electron cannot run, printing why once per file. */
export function desktopOnly(file: string): void {
  if (skipReason) console.log(`${file}: ${skipReason}`);
  test.skip(!!skipReason, skipReason);
}

/** The real desktop app (the built main process) on a data folder of the test's own. */
export const launchDesktopApp = (dataDir: string): Promise<ElectronApplication> =>
  electron.launch({ executablePath: binary.path, args: [root], env: { ...process.env, SECURE_BASE_DATA_DIR: dataDir } });
