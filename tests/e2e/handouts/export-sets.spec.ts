import { execFileSync } from 'node:child_process';
import type { Locator } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { LibraryPage } from '../support/pages';

const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

test('the export dialog prints every set, asks for support once, and writes the follow-up message', async ({ page, host }) => {
  const library = new LibraryPage(page);
  await library.open(host.url);
  await library.card(/Essentials/).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Essentials');

  await page.getByRole('button', { name: 'Print and export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print and export' });
  const exportAs = async (name: string, file: string, fill?: (d: Locator) => Promise<void>) => {
    await dialog.getByRole('radio', { name }).check();
    if (fill) await fill(dialog);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PDF' }).click();
    const path = test.info().outputPath(file);
    await (await download).saveAs(path);
    await expect(dialog.getByRole('status')).toContainText('Ready');
    return pdfText(path);
  };

  // The support setting is empty: the dialog asks for it before the pack.
  const support = dialog.getByRole('group', { name: 'Where to get support' });
  await expect(support).toBeVisible();
  await support.getByLabel('Someone to talk to').fill('Dana Whitlow, pastoral lead, room 14');
  await support.getByLabel('Helpline').fill('Family Line 0800 555 0199');
  const pack = await exportAs('Participant pack', 'pack.pdf');
  expect(pack).toContain('Where to get support');
  expect(pack).toContain('Dana Whitlow, pastoral lead, room 14');
  expect(pack).toContain('Family Line 0800 555 0199');

  const guide = await exportAs('Facilitator guide', 'guide.pdf', (d) => d.getByLabel('Start time').fill('18:30'));
  expect(guide).toContain('FACILITATOR GUIDE');
  expect(guide).toMatch(/18:30 5 Welcome/);

  const cards = await exportAs('Cards to print and cut', 'cards.pdf', (d) => d.getByLabel('People expected').fill('6'));
  expect(cards).toContain('Counted for 6 participants');
  expect(await exportAs('Feedback form', 'feedback.pdf')).toContain('What would have made the workshop better for you?');
  const certs = await exportAs('Certificates of attendance', 'certificates.pdf', (d) =>
    d.getByLabel('Names, one per line').fill('Ana Ruiz\nKwame Mensah'),
  );
  expect(certs).toContain('Ana Ruiz');
  expect(certs).toContain('Kwame Mensah');

  await dialog.getByRole('radio', { name: 'Follow-up message (text)' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Write message' }).click();
  await download;
  const message = dialog.getByLabel('Message to copy');
  await expect(message).toHaveValue(/It is a week since we met for "Autonomy and Attachment: the Essentials"/);
  await expect(message).toHaveValue(/Dana Whitlow, pastoral lead, room 14/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Entered once, the support is kept: the dialog no longer asks.
  await page.getByRole('button', { name: 'Print and export' }).click();
  await dialog.getByRole('radio', { name: 'Participant pack' }).check();
  await expect(dialog.getByRole('group', { name: 'Where to get support' })).toHaveCount(0);
});

test('a pack can go out without support: it leaves lines to fill in', async ({ page, host }) => {
  const library = new LibraryPage(page);
  await library.open(host.url);
  await library.card(/Close Relationships|Relationships/).click();
  await page.getByRole('button', { name: 'Print and export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print and export' });
  await expect(dialog.getByRole('group', { name: 'Where to get support' })).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const path = test.info().outputPath('pack.pdf');
  await (await download).saveAs(path);
  expect(pdfText(path)).toContain('Ask the facilitator for local support and note it here.');
});

test('a pack in two languages: "Also in" lists the workshop’s translations and prints both', async ({ page, host }) => {
  const library = new LibraryPage(page);
  await library.open(host.url);
  await library.card(/Autonomy and Attachment: the Essentials/).click();
  await page.getByRole('button', { name: 'Print and export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print and export' });
  const also = dialog.getByLabel('Also in');
  await expect(also.getByRole('option')).toHaveText(['No second language', 'Español', 'العربية']);
  // No layout to choose until there is a second language.
  await expect(dialog.getByRole('group', { name: 'Two languages' })).toHaveCount(0);
  await also.selectOption({ label: 'Español' });
  await dialog.getByRole('group', { name: 'Two languages' }).getByRole('radio', { name: 'Side by side' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const path = test.info().outputPath('pack-en-es.pdf');
  await (await download).saveAs(path);
  await expect(dialog.getByRole('status')).toContainText(/Ready: \d+ pages/);
  const text = pdfText(path);
  expect(text).toContain('Autonomy and attachment at a glance');
  expect(text).toContain('Autonomía y apego, de un vistazo');
  expect(text).toContain('Clasificar tarjetas: ¿autonomía o apego?');

  // Other sets have one language: the choice is only there for the pack.
  await dialog.getByRole('radio', { name: 'Facilitator guide' }).check();
  await expect(dialog.getByLabel('Also in')).toHaveCount(0);
});
