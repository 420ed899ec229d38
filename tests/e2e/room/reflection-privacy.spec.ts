// A reflection stays on the phone: the text typed on an emulated phone travels in no WebSocket frame
// and no request, is written to no file in the data folder and to no browser storage, and "Keep it"
// hands it back as a text file on the phone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { WebHostProcess } from '../support/web-host';
import { expectAccessible } from '../day/axe';
import { phoneDevice, goto, openWalk, expectTouchTargets } from './phone-kinds';

let host: WebHostProcess;
test.beforeEach(async () => {
  host = new WebHostProcess();
  await host.start({ SECURE_BASE_ROOM_ADDRESS: '127.0.0.1', SECURE_BASE_ROOM_PORT: '0' });
});
test.afterEach(async () => {
  await host.stop();
  await host.dispose();
});

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

test('what a phone writes for a reflection never leaves the phone', async ({ page, browser, request }) => {
  test.setTimeout(60_000);
  const w = await openWalk(page, browser, request, host, 'essentials', 3);
  await goto(request, host, w, 'reflection');
  const context = await browser.newContext({ ...phoneDevice, acceptDownloads: true });
  const phone = await context.newPage();
  // Every frame both ways on every socket, and every request body, from before the page loads.
  const frames: string[] = [];
  phone.on('websocket', (ws) => {
    ws.on('framesent', (f) => frames.push(String(f.payload)));
    ws.on('framereceived', (f) => frames.push(String(f.payload)));
  });
  const bodies: string[] = [];
  phone.on('request', (r) => bodies.push(`${r.url()} ${r.postData() ?? ''}`));
  await phone.goto(w.joinUrl);
  await expect(phone.getByTestId('phone-question')).toHaveAttribute('data-kind', 'reflection');
  await expect(phone.getByTestId('reflection-private')).toContainText('stays on this phone');
  await expectAccessible(phone, 'phone: reflection');

  const marker = `private-marker-${Date.now().toString(36)}`;
  const box = phone.getByRole('textbox', { name: 'Your reflection (stays on this phone)' });
  await box.fill(`What I noticed today. ${marker}`);
  await box.press('Enter');
  await box.type(' more words');
  await expectTouchTargets(phone);
  await phone.screenshot({ path: test.info().outputPath('phone-reflection.png') });

  // The facilitator moves on and back: the phone keeps the text in its page, and the room's
  // messages go on flowing meanwhile.
  await goto(request, host, w, 'poll');
  await expect(phone.getByTestId('phone-question')).toHaveAttribute('data-kind', 'poll');
  await goto(request, host, w, 'reflection');
  await expect(box).toHaveValue(new RegExp(marker));

  const download = phone.waitForEvent('download');
  await phone.getByRole('button', { name: 'Keep it' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain(marker);

  // The room's views for the poll and back came after the typing, so the socket was live throughout.
  expect(frames.length).toBeGreaterThan(3);
  for (const frame of frames) expect(frame).not.toContain(marker);
  for (const body of bodies) expect(body).not.toContain(marker);
  const stored = (await phone.evaluate('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })')) as string;
  expect(stored).not.toContain(marker);
  for (const path of filesUnder(host.dataDir)) expect(readFileSync(path, 'latin1'), path).not.toContain(marker);
});
