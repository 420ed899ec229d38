// Every exercise on the phone, with the privacy guards: three phones (Pixel 7 emulation) answer a
// spectrum statement, a card sort and a scenario card in a room on 127.0.0.1 with k = 3. Below k the
// projector shows only how many answered; at k the aggregate; the session summary PDF carries it.
// axe-core checks each phone page.
import { expect, test } from '@playwright/test';
import { WebHostProcess } from '../support/web-host';
import { expectAccessible } from '../day/axe';
import { call } from '../live/live-pages';
import { SessionsPage } from '../sessions/sessions-page';
import { expectTextScales, expectTouchTargets, goto, openPhones, openWalk, shootProjector, summaryText } from './phone-kinds';

let host: WebHostProcess;
test.beforeEach(async () => {
  host = new WebHostProcess();
  await host.start({ SECURE_BASE_ROOM_ADDRESS: '127.0.0.1', SECURE_BASE_ROOM_PORT: '0' });
});
test.afterEach(async () => {
  await host.stop();
  await host.dispose();
});

test('spectrum: phones place themselves with the slider; the projector shows the line only from k answers', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const w = await openWalk(page, browser, request, host, 'essentials', 3);
  await goto(request, host, w, 'spectrum');
  const phones = await openPhones(browser, w.joinUrl, 3);
  for (const phone of phones) await expect(phone.getByTestId('phone-question')).toHaveAttribute('data-kind', 'spectrum');
  await expectAccessible(phones[0], 'phone: spectrum');
  await phones[0].screenshot({ path: test.info().outputPath('phone-spectrum.png') });

  // The slider by keyboard: two places to the right of the middle, then Send.
  const slider = phones[0].getByRole('slider', { name: 'Where do you stand on the line?' });
  await slider.focus();
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /^8 of 11, closer to /);
  await phones[0].getByRole('button', { name: 'Send' }).click();
  await expect(phones[0].getByRole('status')).toContainText('Your place is in: 8 of 11');
  await phones[1].getByRole('button', { name: 'Send' }).click();
  await expect(phones[1].getByRole('status')).toContainText('Your place is in: 6 of 11');

  const stage = w.projector.stage();
  await expect(stage.getByTestId('held-result')).toHaveText('2 answered, results at 3');
  await expect(stage).not.toContainText(/\d+ of \d+ answered/);
  await expect(page.getByTestId('room-answered')).toHaveText('2 answered');
  await shootProjector(w, test.info(), 'spectrum-held');

  // A pass is not an answer; the third phone's place opens the result.
  await phones[2].getByRole('button', { name: 'Pass' }).click();
  await expect(phones[2].getByRole('status')).toContainText('You passed');
  await expect(stage.getByTestId('held-result')).toHaveText('2 answered, results at 3');
  const third = phones[2].getByRole('slider', { name: 'Where do you stand on the line?' });
  await third.focus();
  await third.press('Home');
  await phones[2].getByRole('button', { name: 'Send' }).click();
  await expect(stage.getByTestId('held-result')).toHaveCount(0);
  await expect(stage.getByText('3 people')).toBeVisible();
  await expect(stage.locator('.plot')).toHaveAttribute('aria-label', /: 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0$/);
  await expect(page.getByTestId('room-answered')).toHaveText('3 answered');
  await shootProjector(w, test.info(), 'spectrum-open');

  await expectTouchTargets(phones[0]);
  await expectTextScales(phones[0]);
  await expect(phones[0].getByRole('button', { name: 'Send' })).toBeVisible();
  await phones[0].screenshot({ path: test.info().outputPath('phone-spectrum-200.png'), fullPage: true });

  const text = await summaryText(request, host, w.sessionId, test.info());
  expect(text).toContain('3 answered from phones');

  // The Sessions view and the Markdown export say how many answered from phones.
  const sessions = new SessionsPage(page);
  await sessions.open(host, w.sessionId);
  await expect(sessions.record()).toContainText('3 people, 3 answered from phones');
  const exported = await call<{ id: string }>(request, host, 'sessions:export', { sessionId: w.sessionId });
  const markdown = await (await request.get(`${host.origin}/exports/${encodeURIComponent(exported.id)}?token=${host.token}`)).text();
  expect(markdown).toContain('3 answered from phones');
});

test('card sort: phones sort the cards one at a time; counts per column from k; the answer key once shown', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const w = await openWalk(page, browser, request, host, 'essentials', 3);
  await goto(request, host, w, 'card-sort');
  const phones = await openPhones(browser, w.joinUrl, 3);
  for (const phone of phones) await expect(phone.getByTestId('phone-question')).toHaveAttribute('data-kind', 'card-sort');
  await expectAccessible(phones[0], 'phone: card sort');
  await phones[0].screenshot({ path: test.info().outputPath('phone-card-sort.png') });
  const card = (await phones[0].locator('.card').textContent())!.trim();
  const columns = await phones[0].getByRole('group').getByRole('button').allTextContents();
  const columnIds = async () => {
    const { workshop } = await call<{ workshop: { activities: { kind: string; categories?: { id: string }[] }[] } }>(
      request,
      host,
      'workshops:get',
      {
        id: 'essentials',
      },
    );
    return workshop.activities.find((a) => a.kind === 'card-sort')!.categories!.map((c) => c.id);
  };

  await phones[0].getByRole('button', { name: columns[0] }).click();
  await expect(phones[0].getByText(`1 of`)).toBeVisible();
  await phones[1].getByRole('button', { name: columns[0] }).click();
  const stage = w.projector.stage();
  await expect(stage.getByTestId('held-result')).toHaveText('2 answered, results at 3');
  await shootProjector(w, test.info(), 'card-sort-held');
  await phones[2].getByRole('button', { name: columns[1] }).click();
  const row = stage
    .getByTestId('sort-votes')
    .getByRole('row', { name: new RegExp(card.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(row.getByRole('cell')).toHaveText(['2', '1', ...new Array(columns.length - 2).fill('0')]);
  await expect(stage.getByText('Answer key')).toHaveCount(0);

  // The list view sorts another card; the console shows the answer key on the projector.
  await phones[0].getByRole('button', { name: 'Show all cards as a list' }).click();
  await expectAccessible(phones[0], 'phone: card sort as a list');
  await page.getByRole('button', { name: 'Show answer key' }).click();
  await expect(stage.getByRole('columnheader', { name: 'Answer key' })).toBeVisible();
  await shootProjector(w, test.info(), 'card-sort-key');
  await expectTouchTargets(phones[1]);

  const text = await summaryText(request, host, w.sessionId, test.info());
  expect(text).toContain('How the phones sorted each card');
  expect(text).toMatch(new RegExp(`${card.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*\\b2\\s+1\\b`));
  expect(text).toContain('3 answered from phones');

  // Still editable in the console: one more in the second column, counted by hand.
  const cell = page.getByTestId('sort-votes-entry').getByLabel(`${columns[1]} for “${card}”`);
  await expect(cell).toHaveValue('1');
  await cell.fill('2');
  await cell.press('Tab');
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await page.screenshot({ path: test.info().outputPath('console-card-sort.png'), fullPage: true });

  // A whole sort on the projector, for a look: every card counted (here from the console).
  const { workshop } = await call<{ workshop: { activities: { id: string; kind: string; cards?: { id: string }[] }[] } }>(
    request,
    host,
    'workshops:get',
    { id: 'essentials' },
  );
  const sort = workshop.activities.find((a) => a.kind === 'card-sort')!;
  for (const [i, c] of sort.cards!.entries())
    await call(request, host, 'live:intent', {
      sessionId: w.sessionId,
      intent: { type: 'vote-add', activityId: sort.id, itemId: c.id, optionId: (await columnIds())[i % columns.length], by: 3 },
    });
  await expect(stage.getByTestId('sort-votes').getByRole('row')).toHaveCount(sort.cards!.length + 2);
  await shootProjector(w, test.info(), 'card-sort-full');
});

test('scenario card: phones choose a response; the projector shows the room’s responses from k', async ({ page, browser, request }) => {
  test.setTimeout(90_000);
  const w = await openWalk(page, browser, request, host, 'growing-up', 3);
  await goto(request, host, w, 'scenario');
  const phones = await openPhones(browser, w.joinUrl, 3);
  for (const phone of phones) await expect(phone.getByTestId('phone-question')).toHaveAttribute('data-kind', 'scenario');
  await expectAccessible(phones[0], 'phone: scenario');
  await phones[0].screenshot({ path: test.info().outputPath('phone-scenario.png') });
  const responses = await phones[0].getByRole('group').getByRole('button').allTextContents();
  expect(responses.at(-1)).toBe('Somewhere in between');
  expect(responses[0]).toMatch(/^Closer to /);

  await phones[0].getByRole('button', { name: responses[0] }).click();
  await phones[1].getByRole('button', { name: 'Somewhere in between' }).click();
  const stage = w.projector.stage();
  await expect(stage.getByTestId('held-result')).toHaveText('2 answered, results at 3');
  await shootProjector(w, test.info(), 'scenario-held');
  await phones[2].getByRole('button', { name: 'Somewhere in between' }).click();
  // A written response goes from the card's own write box to the facilitator, never straight to the projector.
  const box = phones[1].getByTestId('write-box');
  await box.getByLabel('Write your response (optional)').fill('We would talk it over at dinner first.');
  await box.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('moderation-panel').getByTestId('held-text')).toContainText('We would talk it over at dinner first.');
  await expect(stage).not.toContainText('talk it over at dinner');
  const votes = stage.getByTestId('scenario-votes');
  await expect(votes).toContainText('3 answered');
  await expect(votes.locator('li').filter({ hasText: 'Somewhere in between' })).toContainText('2');
  await shootProjector(w, test.info(), 'scenario-open');
  // Further into the same card: both points of view and two questions beside the room's responses.
  await goto(request, host, w, 'scenario', 4);
  await expect(votes).toBeVisible();
  await shootProjector(w, test.info(), 'scenario-dense');
  await goto(request, host, w, 'scenario', 0);
  await expectTouchTargets(phones[0]);

  // Still editable in the console: one more counted by hand, which the summary shows once saved.
  await page.getByRole('button', { name: `+1 for ${responses[0]}` }).click();
  await expect(votes.locator('li').first()).toContainText('2');
  await page.screenshot({ path: test.info().outputPath('console-scenario.png'), fullPage: true });
  const escaped = responses[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect.poll(() => summaryText(request, host, w.sessionId, test.info())).toMatch(new RegExp(`${escaped}\\s+2`));

  const text = await summaryText(request, host, w.sessionId, test.info());
  expect(text).toMatch(/Somewhere in between\s+2/);
  expect(text).toContain('3 answered from phones');
});

test('"hide results until I reveal": the projector shows only how many answered until R', async ({ page, browser, request }) => {
  test.setTimeout(60_000);
  const w = await openWalk(page, browser, request, host, 'essentials', 3);
  await goto(request, host, w, 'poll');
  await page.getByLabel('Hide results until I reveal').check();
  const phones = await openPhones(browser, w.joinUrl, 3);
  for (const phone of phones) await phone.getByTestId('phone-question').getByRole('button').first().click();
  const stage = w.projector.stage();
  await expect(stage.getByTestId('held-result')).toHaveText('3 answered. Results when the facilitator reveals them.');
  await expect(page.getByTestId('projector-results')).toContainText('3 answered');
  await page.screenshot({ path: test.info().outputPath('console-held.png'), fullPage: true });
  await w.projector.page.keyboard.press('r');
  await expect(stage.getByTestId('held-result')).toHaveCount(0);
  await expect(stage.getByTestId('poll-count').first()).toHaveText('3');
  const status = await call<{ answered: number }>(request, host, 'room:status', { sessionId: w.sessionId });
  expect(status.answered).toBe(3);
});
