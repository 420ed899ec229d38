import { test, expect, _electron as electron } from '@playwright/test';
// @ts-expect-error plain JS helper shared with `npm start`
import { electronBinary } from '../../src-main/launch/electron-binary.mjs';
import { ConsolePage, WorkshopPage } from '../e2e/support/pages';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const binary: { path?: string; reason?: string } = electronBinary({ fetch: false });
const display = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const skipReason = !binary.path
  ? `Electron suite skipped: ${binary.reason}.`
  : !display
    ? 'Electron suite skipped: no display (run under xvfb-run).'
    : '';
if (skipReason) console.log(skipReason);

test.describe('the desktop app (Electron)', () => {
  test.skip(!!skipReason, skipReason);

  test('library -> workshop -> session -> console -> notes survive a restart', async () => {
    // In the test's own output folder, which Playwright clears.
    const dataDir = test.info().outputPath('data');
    const launch = () =>
      electron.launch({ executablePath: binary.path, args: [root], env: { ...process.env, SECURE_BASE_DATA_DIR: dataDir } });
    let app = await launch();
    let page = await app.firstWindow();
    await page.getByRole('link', { name: /Essentials/ }).click();
    await new WorkshopPage(page).startSession('Electron group');
    const consolePage = new ConsolePage(page);
    const first = await consolePage.currentActivity().textContent();
    await consolePage.next();
    await expect(consolePage.currentActivity()).not.toHaveText(first!);
    await consolePage.notes().fill('Saved from the desktop app.');
    await consolePage.waitSaved();
    const hash = new URL(page.url()).hash;
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
    await expect(new ConsolePage(page).notes()).toHaveValue('Saved from the desktop app.');
    // Sandboxed and isolated: the page sees the bridge's two functions and nothing of Node or Electron.
    expect(await page.evaluate(`[typeof require, typeof process, Object.keys(window.secureBase).sort().join()]`)).toEqual([
      'undefined',
      'undefined',
      'invoke,subscribe',
    ]);
    await app.close();
  });
});
