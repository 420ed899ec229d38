import { test, expect } from '../support/fixtures';
import { appUrl, call, LiveConsole, LiveProjector, startSession, stopHostsGracefully } from './live-pages';

stopHostsGracefully();

test('results, notes, position and time survive a host restart mid-session; "Resume session" continues', async ({
  host,
  page,
  context,
  request,
}) => {
  test.setTimeout(90_000);
  const sessionId = await startSession(request, host, 'essentials', 'Thursday group');
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const agenda = page.getByRole('navigation', { name: 'Agenda' });

  // Card sort: the group puts two cards in piles.
  await agenda.getByRole('button', { name: /Card sort/ }).click();
  await consolePage.expectPosition(3, 0);
  await page
    .getByRole('group', { name: 'Place “Governing yourself; acting independently”' })
    .getByRole('button', { name: 'Autonomy' })
    .click();
  await page
    .getByRole('group', { name: 'Place “An emotional bond; leaning on others”' })
    .getByRole('button', { name: 'Attachment' })
    .click();
  await expect(consolePage.preview().getByRole('region', { name: 'Autonomy' })).toContainText('Governing yourself');

  // Spectrum: three people at the far left for the first statement.
  await agenda.getByRole('button', { name: /Spectrum line/ }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '+1 person at Autonomy' }).click();
  await expect(consolePage.preview().locator('.number').first()).toHaveText('3');

  // Poll: counts entered with the buttons and typed.
  await agenda.getByRole('button', { name: /Quick poll/ }).click();
  await page.getByRole('button', { name: '+1 vote for Saying more clearly what I need' }).click();
  await page.getByRole('button', { name: '+1 vote for Saying more clearly what I need' }).click();
  await page.getByLabel('Votes for Setting or keeping a clear boundary').fill('9');
  await page.getByLabel('Votes for Setting or keeping a clear boundary').press('Enter');
  await expect(consolePage.preview().getByTestId('poll-count')).toHaveText(['2', '0', '9', '0', '0']);
  await page.getByLabel('Notes on this activity').fill('Most wanted boundaries.');
  await consolePage.waitSaved();
  // Keys belong to the notes field while it has focus; click away first.
  await consolePage.currentActivity().click();
  await page.keyboard.press('t');
  await expect(consolePage.timerButton()).toHaveText('Pause timer');

  await host.restart();

  await consolePage.open(host, sessionId);
  await expect(consolePage.currentActivity()).toHaveText(/Quick poll/);
  await expect(page.getByLabel('Votes for Setting or keeping a clear boundary')).toHaveValue('9');
  await expect(page.getByLabel('Votes for Saying more clearly what I need')).toHaveValue('2');
  await expect(page.getByLabel('Notes on this activity')).toHaveValue('Most wanted boundaries.');
  // The timer comes back paused at the time it had when last saved.
  await expect(consolePage.timerButton()).toHaveText('Start timer');
  // Time spent on each activity was kept with the session (the console shows it from a minute on).
  const saved = await call<{ spentMs: Record<string, number>; results: Record<string, unknown> }>(request, host, 'sessions:get', {
    sessionId,
  });
  expect(saved.spentMs['sort-the-cards']).toBeGreaterThan(0);
  expect(saved.spentMs['where-do-you-lean']).toBeGreaterThan(0);
  expect(saved.results['what-would-help']).toEqual({ kind: 'poll', counts: { 'open-communication': 2, boundaries: 9 } });

  const projector = new LiveProjector(await context.newPage());
  await projector.open(host, sessionId);
  await expect(projector.page.getByTestId('projector').getByTestId('poll-count')).toHaveText(['2', '0', '9', '0', '0']);
  await agenda.getByRole('button', { name: /Card sort/ }).click();
  await expect(projector.stage().getByRole('region', { name: 'Attachment' })).toContainText('An emotional bond');
  await agenda.getByRole('button', { name: /Spectrum line/ }).click();
  await expect(projector.stage().locator('.number').first()).toHaveText('3');

  // "Resume session" on the workshop page continues where it stopped.
  await page.goto(appUrl(host, '#/workshop/essentials'));
  await page.getByRole('link', { name: /Resume session Thursday group/ }).click();
  await expect(consolePage.currentActivity()).toHaveText(/Spectrum line/);

  // Finishing takes it off the list.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Finish session' }).click();
  await expect(page.getByRole('button', { name: 'Finish session' })).toHaveCount(0);
  await page.goto(appUrl(host, '#/workshop/essentials'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Essentials');
  await expect(page.getByRole('link', { name: /Resume session/ })).toHaveCount(0);
});
