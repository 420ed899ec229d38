import { test, expect } from '@playwright/test';
import { ConsolePage, WorkshopPage } from '../e2e/support/pages';
import { desktopOnly, launchDesktopApp } from './desktop-app';

test.describe('the desktop app (Electron)', () => {
  desktopOnly('slice.spec.ts');

  test('library -> workshop -> session -> console -> notes survive a restart', async () => {
    // In the test's own output folder, which Playwright clears.
    const dataDir = test.info().outputPath('data');
    const launch = () => launchDesktopApp(dataDir);
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
