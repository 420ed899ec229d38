import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { appUrl, call, stopHostsGracefully } from '../live/live-pages';
import { m } from '../../../src-main/core/catalog/locale';
import { englishLeftOn, englishOnly } from './catalog-text';

stopHostsGracefully();

const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Waits until the view has drawn (no "Loading" left), then lists the catalog's English still on it. */
async function englishOn(page: Page, english: ReturnType<typeof englishOnly>, what: string) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: test.info().outputPath(`${what}.png`) });
  return englishLeftOn(page, english);
}

for (const locale of ['es', 'ar'] as const) {
  test(`the interface in ${locale === 'es' ? 'Spanish' : 'Arabic'}: every view speaks it, with no English from the catalog`, async ({
    page,
    host,
    request,
  }) => {
    test.setTimeout(120_000);
    const english = englishOnly(locale);
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    const workshopId = locale === 'ar' ? 'essentials-ar' : 'essentials-es';

    // The picker in the header switches the whole interface, and the choice is saved.
    await page.goto(appUrl(host, '#/'));
    await page.getByTestId('interface-language').selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    expect(await call(request, host, 'language:get', {})).toEqual({ locale });

    // Things to look at: a session of the workshop in this language, an own copy in the editor, a projector.
    const session = await call<{ id: string }>(request, host, 'sessions:start', { workshopId, group: 'G1' });
    await call(request, host, 'live:intent', { sessionId: session.id, intent: { type: 'goto', activityIndex: 2, step: 0 } });
    const copy = await call<{ workshopId: string }>(request, host, 'editor:create', { from: workshopId });
    const views: [string, string][] = [
      ['library', '#/'],
      ['workshop', `#/workshop/${workshopId}`],
      ['my-workshops', '#/my-workshops'],
      ['editor', `#/editor/${copy.workshopId}`],
      ['sessions', '#/sessions'],
      ['session-record', `#/sessions/${session.id}`],
      ['console', `#/console/${session.id}`],
    ];
    const left: string[] = [];
    for (const [what, hash] of views) {
      await page.goto(appUrl(host, hash));
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      left.push(...(await englishOn(page, english, `${locale}-${what}`)).map((t) => `${what}: ${t}`));
    }

    // The console's keys help and its print dialog.
    await page.goto(appUrl(host, `#/console/${session.id}`));
    await page.keyboard.press('?');
    left.push(...(await englishOn(page, english, `${locale}-console-keys`)).map((t) => `keys help: ${t}`));
    await page.keyboard.press('Escape');

    await page.goto(appUrl(host, `#/workshop/${workshopId}`));
    await page.getByRole('button', { name: m.exports_print_and_export({}, { locale }) }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    left.push(...(await englishOn(page, english, `${locale}-print-dialog`)).map((t) => `print dialog: ${t}`));

    // The projector of a workshop in the same language speaks it too.
    const { projectorToken } = await call<{ projectorToken: string }>(request, host, 'projector:open', { sessionId: session.id });
    const projector = await page.context().newPage();
    await projector.goto(`${host.origin}/?token=${projectorToken}#/projector/${session.id}`);
    await expect(projector.getByTestId('projector').locator('.stage')).toHaveAttribute('dir', dir);
    left.push(...(await englishOn(projector, english, `${locale}-projector`)).map((t) => `projector: ${t}`));

    expect(left, 'English from the catalog on a view in another language').toEqual([]);
  });
}

test('the Arabic Essentials with an Arabic interface: run on the projector with the keyboard, and its pack exported', async ({
  page,
  host,
  request,
}) => {
  test.setTimeout(120_000);
  await call(request, host, 'language:save', { locale: 'ar' });
  const session = await call<{ id: string }>(request, host, 'sessions:start', { workshopId: 'essentials-ar', group: 'مجموعة' });
  await page.goto(appUrl(host, `#/console/${session.id}`));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const { projectorToken } = await call<{ projectorToken: string }>(request, host, 'projector:open', { sessionId: session.id });
  const projector = await page.context().newPage();
  await projector.goto(`${host.origin}/?token=${projectorToken}#/projector/${session.id}`);
  const stage = projector.getByTestId('projector').locator('.stage');
  await expect(stage).toHaveAttribute('data-position', '0.0');
  const english = englishOnly('ar');
  // Every activity of the workshop, stepped through from the console's keyboard as a clicker would.
  const { workshop } = await call<{ workshop: { activities: unknown[] } }>(request, host, 'workshops:get', { id: 'essentials-ar' });
  const activities = workshop.activities.length;
  await page.bringToFront();
  for (let i = 1; i < activities; i++) {
    await page.keyboard.press('PageDown');
    await expect(stage).not.toHaveAttribute('data-position', '0.0');
  }
  await expect(stage).toHaveAttribute('dir', 'rtl');
  expect(await englishLeftOn(projector, english)).toEqual([]);
  await projector.screenshot({ path: test.info().outputPath('ar-projector-end.png') });

  // The participant pack from the print dialog: Arabic fixed words and Arabic text, in reading order.
  await page.goto(appUrl(host, '#/workshop/essentials-ar'));
  await page.getByRole('button', { name: m.exports_print_and_export({}, { locale: 'ar' }) }).click();
  const dialog = page.getByRole('dialog');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: m.exports_export_pdf({}, { locale: 'ar' }) }).click();
  const path = test.info().outputPath('pack-ar.pdf');
  await (await download).saveAs(path);
  const text = pdfText(path);
  expect(text).toContain(m.handouts_key_ideas({}, { locale: 'ar' }));
  expect(text).toContain('الاستقلالية');
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  for (const line of fonts) expect(line, 'every font embedded').toMatch(/\byes\b/);
});
