import { test, expect } from '../support/fixtures';
import { LiveConsole, startSession, stopHostsGracefully } from './live-pages';

stopHostsGracefully();

/** What the page gains from countChimeNotes; typed by hand, as this test project has no DOM types. */
interface Counted {
  __notes: number;
  OscillatorNode: { prototype: { start: (...args: unknown[]) => void } };
}

/** Runs in each page: counts chime notes instead of checking the speakers. Each oscillator started is one note. */
function countChimeNotes() {
  const w = globalThis as unknown as Counted;
  w.__notes = 0;
  const start = w.OscillatorNode.prototype.start;
  w.OscillatorNode.prototype.start = function (...args: unknown[]) {
    w.__notes += 1;
    return start.apply(this, args);
  };
}

test('the countdown runs in both views on a controlled clock: colours at 20% and 5%, a chime at zero', async ({
  host,
  page,
  context,
  request,
}) => {
  await context.addInitScript(countChimeNotes);
  // Fake time that moves only when the test says so.
  await context.clock.install({ time: new Date('2025-03-04T09:00:00') });
  await context.clock.pauseAt(new Date('2025-03-04T09:00:01'));
  const sessionId = await startSession(request, host);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const projector = await consolePage.openProjector();
  const roomTimer = projector.timer();
  const consoleTimer = page.getByTestId('console-timer');

  // The first activity is a 5-minute discussion; its countdown is on screen from the start.
  await expect(roomTimer).toHaveText('5:00');
  await consolePage.timerButton().click();
  await expect(roomTimer).toHaveAttribute('data-running', 'true');

  await context.clock.runFor(60_000);
  await expect(roomTimer).toHaveText('4:00');
  await expect(consoleTimer).toHaveText('4:00');
  await expect(roomTimer).toHaveAttribute('data-phase', 'calm');

  await context.clock.runFor(180_000); // 1:00 left = 20%
  await expect(roomTimer).toHaveText('1:00');
  await expect(roomTimer).toHaveAttribute('data-phase', 'low');
  await expect(consoleTimer).toHaveAttribute('data-phase', 'low');

  await context.clock.runFor(45_000); // 0:15 left = 5%
  await expect(roomTimer).toHaveText('0:15');
  await expect(roomTimer).toHaveAttribute('data-phase', 'last');

  expect(await page.evaluate(() => (globalThis as unknown as Counted).__notes)).toBe(0);
  await context.clock.runFor(16_000);
  await expect(roomTimer).toHaveText('Time');
  await expect(consoleTimer).toHaveText('+0:01');
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as Counted).__notes)).toBe(2);
  // The projector stays silent: only the console chimes, so the room never hears it twice.
  expect(await projector.page.evaluate(() => (globalThis as unknown as Counted).__notes)).toBe(0);

  // Reset, pause: a paused countdown does not move.
  await page.getByRole('button', { name: 'Reset timer' }).click();
  await expect(roomTimer).toHaveText('5:00');
  await expect(roomTimer).toHaveAttribute('data-running', 'false');
  await context.clock.runFor(30_000);
  await expect(roomTimer).toHaveText('5:00');
});

test('muted chime stays silent; timers are per activity and survive a reload', async ({ host, page, context, request }) => {
  await context.addInitScript(countChimeNotes);
  // Fake time that moves only when the test says so.
  await context.clock.install({ time: new Date('2025-03-04T09:00:00') });
  await context.clock.pauseAt(new Date('2025-03-04T09:00:01'));
  const sessionId = await startSession(request, host);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  await page.getByLabel('Chime at zero').uncheck();
  await expect(page.getByLabel('Chime at zero')).not.toBeChecked();
  await consolePage.timerButton().click();
  // Let the start arrive before moving time, as the room's view counts from when it arrives.
  await expect(consolePage.timerButton()).toHaveText('Pause timer');
  await context.clock.runFor(5 * 60_000 + 2000);
  await expect(page.getByTestId('console-timer')).toHaveText('+0:02');
  expect(await page.evaluate(() => (globalThis as unknown as Counted).__notes)).toBe(0);

  // Next activity has its own timer; coming back finds the first one still running.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByTestId('console-timer')).toHaveText('5:00');
  await expect(consolePage.timerButton()).toHaveText('Start timer');
  await page.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect(consolePage.timerButton()).toHaveText('Pause timer');

  await page.reload();
  await expect(consolePage.timerButton()).toHaveText('Pause timer');
  await expect(page.getByLabel('Chime at zero')).not.toBeChecked();
});
