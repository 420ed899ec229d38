import { test, expect } from '@playwright/test';
import { WebHostProcess } from '../support/web-host';
import { call } from '../live/live-pages';
import { m } from '../../../src-main/core/catalog/locale';
import { openWalk, phoneDevice } from './phone-kinds';

// The room on 127.0.0.1, as in every test.
let host: WebHostProcess;
test.beforeEach(async () => {
  host = new WebHostProcess();
  await host.start({ SECURE_BASE_ROOM_ADDRESS: '127.0.0.1', SECURE_BASE_ROOM_PORT: '0' });
});
test.afterEach(async () => {
  await host.stop();
  await host.dispose();
});

test('phones speak their own language: refused in Spanish, closed in Arabic and read from the right', async ({
  page,
  browser,
  request,
}) => {
  const walk = await openWalk(page, browser, request, host, 'essentials', 3);
  const joinPage = new URL(walk.joinUrl);
  joinPage.search = '';

  // A phone set to Spanish types a wrong code: the room's refusal comes in Spanish.
  const spanish = await (await browser.newContext({ ...phoneDevice, locale: 'es-ES' })).newPage();
  await spanish.goto(joinPage.toString());
  await expect(spanish.locator('html')).toHaveAttribute('lang', 'es');
  await spanish.getByLabel(m.phone_code_label({}, { locale: 'es' })).fill('ZZZZZZ');
  await spanish.getByRole('button', { name: m.phone_join({}, { locale: 'es' }) }).click();
  await expect(spanish.getByRole('alert')).toHaveText(m.phone_reason_wrong_code({}, { locale: 'es' }));

  // A phone set to Arabic joins with the QR code's link: right to left, and the closing words in Arabic.
  const arabic = await (await browser.newContext({ ...phoneDevice, locale: 'ar' })).newPage();
  await arabic.goto(walk.joinUrl);
  await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(arabic.locator('html')).toHaveAttribute('lang', 'ar');
  await expect
    .poll(async () => (await call<{ connected: number }>(request, host, 'room:status', { sessionId: walk.sessionId })).connected)
    .toBe(1);
  await call(request, host, 'room:close', { sessionId: walk.sessionId });
  await expect(arabic.getByText(m.phone_closed_closed({}, { locale: 'ar' }))).toBeVisible();
  await arabic.screenshot({ path: test.info().outputPath('phone-ar-closed.png') });
  await spanish.screenshot({ path: test.info().outputPath('phone-es-refused.png') });
});
