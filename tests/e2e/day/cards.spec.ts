import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { appUrl, LiveConsole, startSession, stopHostsGracefully } from '../live/live-pages';

stopHostsGracefully();

const SCENARIOS = 'Scenarios: freedom, trust and belonging';

/** Swaps the card at a position of the chosen list for a card of the bank. */
async function swap(page: Page, outgoing: string, incoming: string) {
  const select = page.getByLabel(`Swap “${outgoing}” for`);
  await select.selectOption({ label: incoming });
  await expect(page.getByRole('list', { name: /^Chosen cards/ })).toContainText(incoming);
}

test('before the session: two other cards picked on the workshop page are the ones on the projector', async ({ host, page }) => {
  await page.goto(appUrl(host, '#/workshop/at-work'));
  const cards = page.getByRole('region', { name: 'Scenario cards to use' });
  await cards.getByText(SCENARIOS).click();
  const chosen = cards.getByRole('list', { name: `Chosen cards for ${SCENARIOS}` });
  await expect(chosen.getByRole('listitem')).toHaveCount(4);
  await expect(cards.getByRole('list', { name: `More cards for ${SCENARIOS}` }).getByRole('listitem')).toHaveCount(11);
  await swap(page, 'The manager who checks everything', 'Lunch on my own');
  await swap(page, 'Changing the rota', 'Nobody knows me here');
  // Reorder: "Nobody knows me here" first.
  await cards.getByRole('button', { name: 'Move up: Nobody knows me here' }).click();
  await expect(chosen.getByRole('listitem').first()).toContainText('Nobody knows me here');

  await page.getByRole('textbox', { name: 'Group' }).fill('Warehouse leads');
  await page.getByRole('button', { name: 'Start session' }).click();
  const consolePage = new LiveConsole(page);
  await expect(consolePage.currentActivity()).toBeVisible();
  const projector = await consolePage.openProjector();
  await page
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: new RegExp(SCENARIOS) })
    .click();
  await expect(projector.stage()).toContainText('Nobody knows me here');
  await expect(projector.stage()).toContainText('Card 1 of 4');
});

test('during the session: two other cards chosen in the console show on the projector at once and in the printed cards', async ({
  host,
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const sessionId = await startSession(request, host, 'at-work', 'Night shift');
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  const projector = await consolePage.openProjector();
  await page
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: new RegExp(SCENARIOS) })
    .click();
  await expect(projector.stage()).toContainText('The manager who checks everything');

  await page.getByRole('button', { name: 'Choose scenario cards' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenario cards' });
  await swap(page, 'The manager who checks everything', 'Back from parental leave');
  await expect(projector.stage()).toContainText('Back from parental leave');
  await dialog.getByRole('button', { name: 'Add: Seven till three' }).click();
  // Move the added card to the front, one place at a time.
  for (let i = 0; i < 4; i++) await dialog.getByRole('button', { name: 'Move up: Seven till three' }).click();
  await expect(projector.stage()).toContainText('Seven till three');
  await expect(projector.stage()).toContainText('Card 1 of 5');
  // Filters narrow the bank; the chosen list stays.
  const more = dialog.getByRole('list', { name: /^More cards/ });
  await expect(more.getByRole('listitem')).toHaveCount(10);
  await dialog.getByRole('combobox', { name: 'Age', exact: true }).selectOption({ label: 'Young adults' });
  await expect(more.getByRole('listitem')).toHaveCount(1);
  await expect(more).toContainText('The graduate who asks about everything');
  await dialog.getByRole('combobox', { name: 'Setting', exact: true }).selectOption({ label: 'Work' });
  await expect(more.getByRole('listitem')).toHaveCount(1);
  // The only card for older adults is already chosen.
  await dialog.getByRole('combobox', { name: 'Age', exact: true }).selectOption({ label: 'Older adults' });
  await expect(dialog.getByText('No other card matches these filters.')).toBeVisible();
  await expect(dialog.getByRole('list', { name: /^Chosen cards/ }).getByRole('listitem')).toHaveCount(5);
  await dialog.getByRole('button', { name: 'Done' }).click();
  // The console lists the group's cards in the order the projector runs through them.
  const region = page.getByRole('region', { name: 'Cards for this group' });
  const now = region.locator('ol.now > li summary');
  await expect(now).toHaveCount(5);
  await expect(now.first()).toHaveText('Seven till three');
  await expect(now.nth(1)).toHaveText('Back from parental leave');
  // Each card opens to its situation; the script below does not list the workshop's default cards.
  await now.first().click();
  await expect(region).toContainText('Mrs Lindqvist');
  await expect(page.locator('.script')).toContainText('The cards for this group, with their points of view');
  await expect(page.locator('.script')).not.toContainText('The manager who checks everything');

  await page.getByRole('button', { name: 'Print these cards' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Print these cards' });
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export PDF' }).click();
  const pdfPath = test.info().outputPath('cards.pdf');
  await (await download).saveAs(pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Seven till three');
  expect(text).toContain('Back from parental leave');
  expect(text).not.toContain('The manager who checks everything');
});
