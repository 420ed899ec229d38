import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { appUrl, call, stopHostsGracefully } from '../live/live-pages';

stopHostsGracefully();

/** Moves focus with Tab (and nothing else) until it reaches the control; fails if it never does. */
async function tabTo(page: Page, target: Locator, most = 120): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el.matches(':focus'))) {
      // Where focus is must be visible: a keyboard user has to see it.
      await expect(target).toBeFocused();
      expect(await target.evaluate((el) => el.matches(':focus-visible')), `focus on ${await target.textContent()} is not shown`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${target}`);
}

test('a whole session with the keyboard alone: library, workshop, console to the end, finish, summary export', async ({
  host,
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.goto(appUrl(host, '#/'));
  await expect(page.getByRole('heading', { name: 'Workshop library' })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: /Essentials/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Essentials');

  await tabTo(page, page.getByRole('textbox', { name: 'Group' }));
  await page.keyboard.type('Keyboard group');
  await tabTo(page, page.getByRole('button', { name: 'Start session' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/console\//);
  const sessionId = decodeURIComponent(page.url().split('#/console/')[1]);
  const preview = page.getByTestId('preview-now').locator('.stage');
  await expect(preview).toHaveAttribute('data-position', '0.0');

  // The clicker keys run every step of every activity, to the last screen.
  const { activityCount } = await call<{ activityCount: number }>(request, host, 'live:join', { sessionId });
  for (let presses = 0; presses < 200; presses++) {
    const live = await call<{ upNext: unknown; activityIndex: number }>(request, host, 'live:join', { sessionId });
    if (live.upNext === null) break;
    const before = await preview.getAttribute('data-position');
    await page.keyboard.press('ArrowRight');
    await expect(preview).not.toHaveAttribute('data-position', before!);
  }
  await expect(preview).toHaveAttribute('data-position', new RegExp(`^${activityCount - 1}\\.`));
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await page.keyboard.press('t');

  // Finish: the confirmation is answered with the keyboard's Enter (a native dialog).
  page.once('dialog', (d) => void d.accept());
  await tabTo(page, page.getByRole('button', { name: 'Finish session' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Finish session' })).toHaveCount(0);

  // The summary, from the Sessions view.
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: /^Open / }).first());
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Export summary (PDF)' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const download = page.waitForEvent('download');
  await tabTo(page, dialog.getByRole('button', { name: 'Export PDF' }), 30);
  await page.keyboard.press('Enter');
  const pdfPath = test.info().outputPath('summary.pdf');
  await (await download).saveAs(pdfPath);
  await expect(dialog.getByRole('status')).toContainText('Ready');
  expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).toContain('Keyboard group');
});
