import { test, expect } from '../support/fixtures';
import { LiveConsole, startSession, stopHostsGracefully } from './live-pages';

stopHostsGracefully();

test('clicker keys in either window move both views', async ({ host, page, request }) => {
  const sessionId = await startSession(request, host);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const first = await consolePage.currentActivity().textContent();
  const projector = await consolePage.openProjector();
  await projector.expectPosition(0, 0);

  await page.keyboard.press('ArrowRight');
  await Promise.all([consolePage.expectPosition(0, 1), projector.expectPosition(0, 1)]);
  await page.keyboard.press('PageDown');
  await Promise.all([consolePage.expectPosition(0, 2), projector.expectPosition(0, 2)]);
  // The focused "Open projector" button was clicked with the mouse: Space still means "next".
  await page.keyboard.press('Space');
  await Promise.all([consolePage.expectPosition(1, 0), projector.expectPosition(1, 0)]);
  await expect(consolePage.currentActivity()).not.toHaveText(first!);

  await projector.page.keyboard.press('PageUp');
  await Promise.all([consolePage.expectPosition(0, 2), projector.expectPosition(0, 2)]);
  await projector.page.keyboard.press('ArrowLeft');
  await Promise.all([consolePage.expectPosition(0, 1), projector.expectPosition(0, 1)]);
  await expect(consolePage.currentActivity()).toHaveText(first!);

  // A button clicked with the mouse keeps focus; Space still steps on and does not press it again.
  await consolePage.timerButton().click();
  await expect(consolePage.timerButton()).toHaveText('Pause timer');
  await page.keyboard.press('Space');
  await projector.expectPosition(0, 2);
  await expect(consolePage.timerButton()).toHaveText('Pause timer');
  // Reached with Tab, the same button answers Space as a button should.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(consolePage.timerButton()).toHaveText('Start timer');
  await projector.expectPosition(0, 2);
});

test('keys do not fire while typing in the console', async ({ host, page, request }) => {
  const sessionId = await startSession(request, host);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const notes = page.getByLabel('Notes on this activity');
  await notes.click();
  await page.keyboard.type('B is for breathing; W, C, T ');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  await expect(notes).toHaveValue(/^B is for breathing; W, C, T {2}$/);
  await consolePage.expectPosition(0, 0);
  await expect(consolePage.preview()).toHaveAttribute('data-screen', 'normal');
  await expect(consolePage.timerButton()).toHaveText('Start timer');
});

test('screen modes: black, white and calm from either window, Esc to leave', async ({ host, page, request }) => {
  const sessionId = await startSession(request, host);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const projector = await consolePage.openProjector();
  const cover = projector.page.getByTestId('projector').getByTestId('screen-cover');

  await page.keyboard.press('b');
  await expect(projector.stage()).toHaveAttribute('data-screen', 'black');
  await expect(cover).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(page.getByRole('button', { name: 'Black screen' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('b');
  await expect(projector.stage()).toHaveAttribute('data-screen', 'normal');
  await expect(cover).toHaveCount(0);

  await projector.page.keyboard.press('w');
  await expect(consolePage.preview()).toHaveAttribute('data-screen', 'white');
  await expect(cover).toHaveCSS('background-color', 'rgb(255, 255, 255)');

  await page.keyboard.press('c');
  await expect(projector.stage()).toHaveAttribute('data-screen', 'calm');
  await expect(cover).toContainText('Take a slow breath.');
  await expect(cover).toContainText('There is no rush.');
  await projector.page.keyboard.press('Escape');
  await expect(projector.stage()).toHaveAttribute('data-screen', 'normal');
  await expect(consolePage.preview()).toHaveAttribute('data-screen', 'normal');

  // Navigation keeps working under a cover, and the console shows what the room sees.
  await page.keyboard.press('b');
  await page.keyboard.press('PageDown');
  await projector.expectPosition(0, 1);
  await expect(projector.stage()).toHaveAttribute('data-screen', 'black');
  await page.getByRole('button', { name: 'Show slide' }).click();
  await expect(projector.stage()).toHaveAttribute('data-screen', 'normal');
});

test('timer, minute and help keys; buttons carry their names', async ({ host, page, request }) => {
  const sessionId = await startSession(request, host);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const projector = await consolePage.openProjector();

  await page.keyboard.press('t');
  await expect(consolePage.timerButton()).toHaveText('Pause timer');
  await expect(projector.timer()).toHaveAttribute('data-running', 'true');
  await projector.page.keyboard.press('t');
  await expect(consolePage.timerButton()).toHaveText('Start timer');
  await expect(projector.timer()).toHaveAttribute('data-running', 'false');

  await page.keyboard.press('+');
  await expect(projector.timer()).toHaveText('6:00');
  await projector.page.keyboard.press('-');
  await projector.page.keyboard.press('-');
  await expect(page.getByTestId('console-timer')).toHaveText('4:00');

  await projector.page.keyboard.press('?');
  await expect(projector.page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
  await projector.page.keyboard.press('Escape');
  await expect(projector.page.getByRole('dialog', { name: 'Keys' })).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys' })).toContainText('Calm screen');

  await page.getByRole('dialog', { name: 'Keys' }).getByRole('button', { name: 'Close' }).click();
  for (const name of [
    'Open projector',
    'Next',
    'Previous',
    'Start timer',
    'Next step',
    'Previous step',
    'Black screen',
    '+1 minute',
    '−1 minute',
    'Reset timer',
  ]) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
  }
  await expect(page.getByLabel('Session notes')).toBeVisible();
});
