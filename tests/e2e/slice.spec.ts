import { execFileSync } from 'node:child_process';
import { test, expect } from './support/fixtures';
import { ConsolePage, LibraryPage, WorkshopPage } from './support/pages';

test('library -> workshop -> session -> console -> notes survive a host restart', async ({ page, host }) => {
  const library = new LibraryPage(page);
  await library.open(host.url);
  const essentials = library.card(/Essentials/);
  await expect(essentials).toContainText('60 min');
  await essentials.click();

  const workshop = new WorkshopPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Essentials');
  expect(await workshop.agendaItems().count()).toBeGreaterThan(3);
  await expect(workshop.agendaItems().first()).toContainText('min');

  // Export handout: the browser host downloads a PDF with the title and the comparison table.
  await page.getByRole('button', { name: 'Print and export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print and export' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const pdfPath = test.info().outputPath('handout.pdf');
  await (await download).saveAs(pdfPath);
  await expect(dialog.getByRole('status')).toContainText('Ready');
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Autonomy and Attachment: the Essentials');
  for (const aspect of ['Definition', 'Focus', 'Emotional state', 'Dependency level', 'Role in', 'Examples'])
    expect(text).toContain(aspect);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await workshop.startSession('Tuesday parents');

  const consolePage = new ConsolePage(page);
  const first = await consolePage.currentActivity().textContent();
  await consolePage.next();
  await expect(consolePage.currentActivity()).not.toHaveText(first!);
  await consolePage.previous();
  await expect(consolePage.currentActivity()).toHaveText(first!);

  await consolePage.notes().fill('Group was quiet at first; warmed up in pairs.');
  await consolePage.waitSaved();

  const consoleUrl = page.url();
  await host.restart();
  await page.goto(`${host.url.split('?')[0]}?token=${host.token}${new URL(consoleUrl).hash}`);
  await expect(consolePage.notes()).toHaveValue('Group was quiet at first; warmed up in pairs.');
});

test('the API refuses calls without the token', async ({ host, request }) => {
  const res = await request.post(`${host.origin}/api/workshops:list`, { data: {} });
  expect(res.status()).toBe(401);
  const ok = await request.post(`${host.origin}/api/workshops:list`, { data: {}, headers: { authorization: `Bearer ${host.token}` } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).ok).toBe(true);
});
