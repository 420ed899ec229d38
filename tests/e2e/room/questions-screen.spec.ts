// The projector's questions screen with the room full of long texts: it still fits at 1024x768.
import { expect, test } from '@playwright/test';
import { WebHostProcess } from '../support/web-host';
import { call, LiveProjector, startSession } from '../live/live-pages';
import type { RoomStatus } from '../../../src-main/contract/room';
import { rawCall } from './raw-phone';

let host: WebHostProcess;
test.beforeEach(async () => {
  host = new WebHostProcess();
  await host.start({ SECURE_BASE_ROOM_ADDRESS: '127.0.0.1', SECURE_BASE_ROOM_PORT: '0' });
});
test.afterEach(async () => {
  await host.stop();
  await host.dispose();
});

test('a full questions screen still fits the projector: long texts, many of them, "and N more" for the rest', async ({ page, request }) => {
  test.setTimeout(90_000);
  const sessionId = await startSession(request, host, 'growing-up');
  await call(request, host, 'room:open', { sessionId });
  const status = await call<RoomStatus>(request, host, 'room:status', { sessionId });
  const long = (n: number) =>
    `Text ${n}: ${'how do we keep close while they grow away, and let them choose for themselves '.repeat(4)}`.slice(0, 280);
  // Each raw phone is a new phone, so no phone passes the waiting limit.
  for (let i = 0; i < 10; i++) await rawCall(status, null, 'phone:write', { kind: 'question', text: long(i) });
  for (const [i, cardId] of ['nursery-goodbye', 'checking-back', 'i-do-it-myself'].entries())
    for (let j = 0; j < 3; j++)
      await rawCall(status, null, 'phone:write', {
        kind: 'response',
        activityId: 'early-years-scenarios',
        cardId,
        text: long(10 + i * 3 + j),
      });
  const queue = await call<{ waiting: { id: string }[] }>(request, host, 'room:moderation', { sessionId });
  expect(queue.waiting).toHaveLength(19);
  for (const t of queue.waiting) await call(request, host, 'room:moderate', { sessionId, textId: t.id, action: 'approve' });
  await call(request, host, 'room:questions-screen', { sessionId, show: true });

  const projector = new LiveProjector(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await projector.open(host, sessionId);
  const screen = page.getByTestId('questions-screen');
  await expect(screen.getByText(/^and \d+ more$/).first()).toBeVisible();
  for (const item of await screen.locator('li, .more').all()) {
    const box = (await item.boundingBox())!;
    expect(box.y + box.height, (await item.textContent()) ?? '').toBeLessThanOrEqual(768 - 40);
  }
  await page.screenshot({ path: test.info().outputPath('projector-full-1024.png') });
});
