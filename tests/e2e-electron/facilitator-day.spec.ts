import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { WorkshopPage } from '../e2e/support/pages';
import { desktopOnly, launchDesktopApp } from './desktop-app';

const SCENARIOS = 'Scenarios: freedom, trust and belonging';
const stage = (page: Page) => page.getByTestId('projector').locator('.stage');
const preview = (page: Page) => page.getByTestId('preview-now').locator('.stage');

/** The library window, once the app has shown it. */
async function libraryOf(app: ElectronApplication): Promise<Page> {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Workshop library' })).toBeVisible();
  return page;
}

test.describe('the desktop app through a facilitator’s day (Electron)', () => {
  desktopOnly('facilitator-day.spec.ts');

  test('handout saved through the save dialog; the projector on its own window follows the console; chosen cards reach it', async () => {
    test.setTimeout(90_000);
    const app = await launchDesktopApp(test.info().outputPath('data'));
    try {
      const page = await libraryOf(app);
      await page.getByRole('link', { name: /At Work/ }).click();

      // The native save dialog cannot be clicked by a test: answer it with a path in the test's folder.
      const pdfPath = test.info().outputPath('at-work.pdf');
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, pdfPath);
      await page.getByRole('button', { name: 'Print and export' }).click();
      const dialog = page.getByRole('dialog', { name: 'Print and export' });
      await dialog.getByRole('button', { name: 'Export PDF' }).click();
      await expect(dialog.getByRole('status')).toContainText('Ready');
      await expect.poll(() => existsSync(pdfPath)).toBe(true);
      expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).toContain('At Work');
      await dialog.getByRole('button', { name: 'Close' }).click();

      await new WorkshopPage(page).startSession('Desktop group');
      const opened = app.waitForEvent('window');
      await page.getByRole('button', { name: 'Open projector' }).click();
      const projector = await opened;
      await expect(stage(projector)).toHaveAttribute('data-position', '0.0');
      expect(projector.url()).toMatch(/#\/projector\/s-/);
      expect(app.windows()).toHaveLength(2);

      // Keys in either window move both.
      await page.keyboard.press('ArrowRight');
      await expect(stage(projector)).not.toHaveAttribute('data-position', '0.0');
      const moved = await stage(projector).getAttribute('data-position');
      await expect(preview(page)).toHaveAttribute('data-position', moved!);
      await projector.keyboard.press('b');
      await expect(preview(page)).toHaveAttribute('data-screen', 'black');
      await projector.keyboard.press('Escape');
      await expect(preview(page)).toHaveAttribute('data-screen', 'normal');

      // Other scenario cards chosen in the console show on the projector window at once.
      await page
        .getByRole('navigation', { name: 'Agenda' })
        .getByRole('button', { name: new RegExp(SCENARIOS) })
        .click();
      await expect(stage(projector)).toContainText('The manager who checks everything');
      await page.getByRole('button', { name: 'Choose scenario cards' }).click();
      await page.getByLabel('Swap “The manager who checks everything” for').selectOption({ label: 'Lunch on my own' });
      await expect(stage(projector)).toContainText('Lunch on my own');
    } finally {
      await app.close();
    }
  });

  test('after the app is killed mid-session, the library’s resume button opens the console at the same activity', async () => {
    test.setTimeout(90_000);
    const dataDir = test.info().outputPath('data');
    const first = await launchDesktopApp(dataDir);
    const page = await libraryOf(first);
    await page.getByRole('link', { name: /Essentials/ }).click();
    await new WorkshopPage(page).startSession('Crash group');
    await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button').nth(3).click();
    await expect(preview(page)).toHaveAttribute('data-position', '3.0');
    const title = (await page.getByTestId('current-activity').textContent())!.trim();

    // As a crash or a power cut would: no chance to save anything more.
    const exited = new Promise((resolve) => first.process().once('exit', resolve));
    first.process().kill('SIGKILL');
    await exited;

    const second = await launchDesktopApp(dataDir);
    try {
      const library = await libraryOf(second);
      const resume = library.getByRole('button', { name: /^Resume: / });
      await expect(resume).toHaveText(/^Resume: Autonomy and Attachment: the Essentials, activity 4 of \d+, last active \d\d:\d\d$/);
      await resume.click();
      await expect(library.getByTestId('current-activity')).toHaveText(title);
      await expect(preview(library)).toHaveAttribute('data-position', '3.0');
    } finally {
      await second.close();
    }
  });
});
