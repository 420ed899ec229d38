// The room end to end, on 127.0.0.1: the join address read from the projector's QR code, six phones
// (Chromium with mobile emulation) vote, one changes its vote, one reloads; the projector, the
// console and the session summary PDF agree; a locked room refuses a seventh phone; the room's port
// answers 404 to the facilitator's API.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { WebHostProcess } from '../support/web-host';
import { call, LiveConsole, startSession } from '../live/live-pages';

const phoneDevice = devices['Pixel 5'];

/** Runs in the blank page: the PNG's pixels as RGBA. */
const PIXELS_OF = `(async () => {
  const img = new Image();
  img.src = 'data:image/png;base64,B64';
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: Array.from(ctx.getImageData(0, 0, img.width, img.height).data) };
})()`;

async function decodeQr(browser: Browser, png: Buffer): Promise<string | null> {
  // The screenshot is decoded to pixels in a blank page, then read with jsQR here.
  const page = await browser.newPage();
  try {
    const pixels = (await page.evaluate(PIXELS_OF.replace('B64', png.toString('base64')))) as {
      width: number;
      height: number;
      data: number[];
    };
    return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data ?? null;
  } finally {
    await page.close();
  }
}

async function openPhone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ ...phoneDevice });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

let host: WebHostProcess;
test.beforeEach(async () => {
  host = new WebHostProcess();
  await host.start({ SECURE_BASE_ROOM_ADDRESS: '127.0.0.1', SECURE_BASE_ROOM_PORT: '0' });
});
test.afterEach(async () => {
  await host.stop();
  await host.dispose();
});

test('six phones join from the QR code, vote, change and reload; the results reach the projector, console and summary', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const sessionId = await startSession(request, host);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const panel = page.getByTestId('room-panel');
  await panel.getByRole('button', { name: 'Let the room join' }).click();
  await expect(panel.getByTestId('room-code')).toHaveText(/^[A-HJ-NP-Z2-9]{6}$/);

  const projector = await consolePage.openProjector();
  // The key works once the projector has loaded and learnt that the room is open.
  await expect(projector.stage()).toBeVisible();
  await expect(projector.page.getByTestId('join-badge')).toBeVisible();
  await projector.page.keyboard.press('j');
  const qr = projector.page.getByTestId('join-qr');
  await expect(qr).toBeVisible();
  await expect(projector.page.getByTestId('join-code')).toHaveText((await panel.getByTestId('room-code').textContent())!);
  await projector.page.screenshot({ path: test.info().outputPath('projector-join.png') });
  const joinUrl = await decodeQr(browser, await projector.page.getByTestId('join-screen').screenshot());
  expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?t=[A-Za-z0-9_-]{32}$/);
  const roomOrigin = new URL(joinUrl!).origin;

  // The facilitator's API and app are not on the room's port.
  for (const path of ['/api/app:info', '/api/sessions:list', '/index.html']) {
    const res = await request.post(`${roomOrigin}${path}`, { data: {}, headers: { authorization: `Bearer ${host.token}` } });
    expect(res.status(), path).toBe(404);
    expect((await request.get(`${roomOrigin}${path}`)).status(), path).toBe(404);
  }

  const phones = [];
  for (let i = 0; i < 6; i++) phones.push(await openPhone(browser, joinUrl!));
  for (const phone of phones) await expect(phone.getByTestId('phone-waiting')).toHaveText('Look up at the screen.');
  await expect(panel.getByTestId('room-connected')).toHaveText('6 phones connected');

  // The console moves to the poll; every phone follows.
  const { workshop } = await call<{ workshop: { activities: { kind: string }[] } }>(request, host, 'workshops:get', { id: 'essentials' });
  const pollIndex = workshop.activities.findIndex((a) => a.kind === 'poll');
  await call(request, host, 'live:intent', { sessionId, intent: { type: 'goto', activityIndex: pollIndex } });
  await projector.page.keyboard.press('j');
  for (const phone of phones) await expect(phone.getByTestId('phone-question')).toBeVisible();
  const options = phones[0].getByTestId('phone-question').getByRole('button');
  const labels = await options.allTextContents();

  const votes = [0, 0, 1, 1, 2, 0];
  for (const [i, phone] of phones.entries()) {
    await phone.getByRole('button', { name: labels[votes[i]] }).click();
    await expect(phone.getByRole('button', { name: labels[votes[i]] })).toHaveAttribute('aria-pressed', 'true');
  }
  // Phone 5 changes its mind; phone 2 reloads and is the same phone, with its vote shown.
  await phones[5].getByRole('button', { name: labels[3] }).click();
  await expect(phones[5].getByRole('button', { name: labels[3] })).toHaveAttribute('aria-pressed', 'true');
  await phones[2].reload();
  await expect(phones[2].getByRole('button', { name: labels[1] })).toHaveAttribute('aria-pressed', 'true');
  await phones[2].getByRole('button', { name: labels[1] }).click();

  const expected = [2, 2, 1, 1, 0];
  await expect(projector.stage().getByTestId('poll-count')).toHaveText(expected.slice(0, labels.length).map(String));
  await expect(panel.getByTestId('room-answered')).toHaveText('6 answered');
  await expect(panel.getByTestId('room-connected')).toHaveText('6 phones connected');
  await expect(page.getByTestId('preview-now').getByTestId('poll-count')).toHaveText(expected.slice(0, labels.length).map(String));

  // A look at the phone page as a participant sees it.
  await phones[0].screenshot({ path: test.info().outputPath('phone-poll.png') });
  await projector.page.screenshot({ path: test.info().outputPath('projector-poll.png') });

  // The session summary PDF carries the phones' votes.
  const pdf = await call<{ id: string }>(request, host, 'handouts:summary', { sessionId });
  const file = await request.get(`${host.origin}/exports/${encodeURIComponent(pdf.id)}?token=${host.token}`);
  const pdfPath = test.info().outputPath('summary.pdf');
  writeFileSync(pdfPath, await file.body());
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  for (const [i, n] of expected.slice(0, labels.length).entries())
    expect(text).toMatch(new RegExp(`${labels[i].slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*\\b${n}\\b`));

  // Locked: a seventh phone is refused with a message; those present stay.
  await panel.getByRole('button', { name: 'Lock room' }).click();
  await expect(panel.getByText('Locked')).toBeVisible();
  const seventh = await openPhone(browser, joinUrl!);
  await expect(seventh.getByTestId('phone-refused')).toContainText('closed to new phones');
  await expect(panel.getByTestId('room-connected')).toHaveText('6 phones connected');

  // Close room: the phones are told, and the port no longer answers.
  await panel.getByRole('button', { name: 'Close room' }).click();
  await expect(phones[0].getByTestId('phone-refused')).toContainText('closed the room');
  await expect(request.get(`${roomOrigin}/`)).rejects.toThrow();
});
