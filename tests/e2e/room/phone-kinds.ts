// Page objects for the phone walks: a room on 127.0.0.1 with k set from the console, phones in
// Chromium with mobile emulation, the projector at a chosen size, and the session summary as text.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { devices, expect, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import type { WebHostProcess } from '../support/web-host';
import { call, LiveConsole, LiveProjector, startSession } from '../live/live-pages';

export const phoneDevice = devices['Pixel 7'];

export interface Walk {
  sessionId: string;
  console: LiveConsole;
  projector: LiveProjector;
  joinUrl: string;
  activities: { id: string; kind: string }[];
}

/** A session with the room open, k set in the console, and the projector in its own window. */
export async function openWalk(
  page: Page,
  browser: Browser,
  request: APIRequestContext,
  host: WebHostProcess,
  workshopId: string,
  k: number,
): Promise<Walk> {
  const sessionId = await startSession(request, host, workshopId);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const panel = page.getByTestId('room-panel');
  await panel.getByRole('button', { name: 'Let the room join' }).click();
  await expect(panel.getByTestId('room-code')).toBeVisible();
  await panel.getByTestId('room-min-group').selectOption(String(k));
  await expect(panel.getByTestId('room-min-group')).toHaveValue(String(k));
  const status = () => call<{ joinUrl: string; minGroup: number }>(request, host, 'room:status', { sessionId });
  await expect.poll(async () => (await status()).minGroup).toBe(k);
  const { joinUrl } = await status();
  const projector = new LiveProjector(await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage());
  await projector.open(host, sessionId);
  const { workshop } = await call<{ workshop: { activities: { id: string; kind: string }[] } }>(request, host, 'workshops:get', {
    id: workshopId,
  });
  return { sessionId, console: consolePage, projector, joinUrl, activities: workshop.activities };
}

export async function goto(request: APIRequestContext, host: WebHostProcess, w: Walk, kind: string, step = 0): Promise<number> {
  const activityIndex = w.activities.findIndex((a) => a.kind === kind);
  await call(request, host, 'live:intent', { sessionId: w.sessionId, intent: { type: 'goto', activityIndex, step } });
  await w.projector.expectPosition(activityIndex, step);
  return activityIndex;
}

export async function openPhones(browser: Browser, url: string, n: number): Promise<Page[]> {
  const phones: Page[] = [];
  for (let i = 0; i < n; i++) {
    const page = await (await browser.newContext({ ...phoneDevice })).newPage();
    await page.goto(url);
    phones.push(page);
  }
  return phones;
}

/** The projector at 1280x720 and 1024x768, saved for a look. */
export async function shootProjector(w: Walk, info: TestInfo, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
  ]) {
    await w.projector.page.setViewportSize({ width, height });
    await w.projector.page.screenshot({ path: info.outputPath(`projector-${name}-${width}x${height}.png`) });
  }
  await w.projector.page.setViewportSize({ width: 1280, height: 720 });
}

/** The session summary PDF, as text. */
export async function summaryText(request: APIRequestContext, host: WebHostProcess, sessionId: string, info: TestInfo): Promise<string> {
  const pdf = await call<{ id: string }>(request, host, 'handouts:summary', { sessionId });
  const file = await request.get(`${host.origin}/exports/${encodeURIComponent(pdf.id)}?token=${host.token}`);
  const pdfPath = info.outputPath('summary.pdf');
  writeFileSync(pdfPath, await file.body());
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
}

/** The phone page holds at twice the text size: nothing wider than the screen, controls still there. */
export async function expectTextScales(phone: Page): Promise<void> {
  await phone.addStyleTag({ content: 'html, body { font-size: 36px !important; }' });
  // Runs in the phone's page, where the DOM exists.
  const overflow = (await phone.evaluate('document.documentElement.scrollWidth - screen.width')) as number;
  const wide = (await phone.evaluate(
    `[...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > screen.width + 1)
      .map((e) => e.tagName + '.' + e.className)
      .slice(0, 5)
      .join(', ')`,
  )) as string;
  expect(overflow, `wider than the screen: ${wide}`).toBeLessThanOrEqual(0);
}

/** Every button and slider on the phone is at least 44 px tall. */
export async function expectTouchTargets(phone: Page): Promise<void> {
  for (const control of await phone.locator('main button:visible, main input:visible').all()) {
    const box = await control.boundingBox();
    expect(box?.height, (await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '').toBeGreaterThanOrEqual(44);
  }
}
