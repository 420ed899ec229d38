import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { appUrl, LiveConsole, startSession, stopHostsGracefully } from '../live/live-pages';

stopHostsGracefully();

/** Where the session file on disk says the run stands; null while it is being replaced. */
function savedPosition(dataDir: string, sessionId: string): unknown {
  try {
    return (JSON.parse(readFileSync(join(dataDir, 'sessions', `${sessionId}.json`), 'utf8')) as { position: unknown }).position;
  } catch {
    return null;
  }
}

test('after the host is killed mid-session, the library offers one button back to the same activity', async ({ host, page, request }) => {
  test.setTimeout(60_000);
  const sessionId = await startSession(request, host, 'at-work', 'Night shift');
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  const target = agenda.getByRole('button').nth(4);
  await target.click();
  await consolePage.expectPosition(4, 0);
  await page.keyboard.press('ArrowRight');
  await consolePage.expectPosition(4, 1);
  const title = (await consolePage.currentActivity().textContent())!.trim();
  const activityCount = await agenda.getByRole('button').count();

  // A step reaches the views first and the disk a moment later; the crash comes once it is saved.
  await expect.poll(() => savedPosition(host.dataDir, sessionId)).toEqual({ activityIndex: 4, step: 1 });
  // The browser host stops as a crash would: no chance to save anything more.
  await host.stop('SIGKILL');
  await host.start();

  await page.goto(appUrl(host, '#/'));
  const resume = page.getByRole('button', { name: /^Resume: / });
  await expect(resume).toHaveCount(1);
  await expect(resume).toHaveText(new RegExp(`^Resume: At Work.*, activity 5 of ${activityCount}, last active \\d\\d:\\d\\d$`));
  await resume.click();
  await expect(consolePage.currentActivity()).toHaveText(title);
  await consolePage.expectPosition(4, 1);

  // Once the session is finished, the library no longer offers it.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Finish session' }).click();
  await expect(page.getByRole('button', { name: 'Finish session' })).toHaveCount(0);
  await page.goto(appUrl(host, '#/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop library' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Resume: / })).toHaveCount(0);
});
