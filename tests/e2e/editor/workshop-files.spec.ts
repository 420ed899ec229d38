import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures';
import { callApi } from './editor-page';

type Detail = { workshop: Record<string, unknown> & { id: string; activities: { minutes: unknown }[] } };

test('import a workshop file: a bad one is refused with its paths, a good one is added under a free id, and it exports again', async ({
  page,
  host,
  request,
}) => {
  const essentials = (await callApi<Detail>(request, host, 'workshops:get', { id: 'essentials' })).value!.workshop;
  await page.goto(host.url);
  await page.getByRole('link', { name: 'My workshops and import…' }).click();
  await expect(page.getByRole('heading', { name: 'My workshops' })).toBeVisible();
  const picker = page.locator('input[type="file"]');

  const broken = structuredClone(essentials);
  broken.activities[2].minutes = 'ten';
  delete broken.title;
  await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('Nothing was imported.');
  await expect(problems).toContainText('$.title');
  await expect(problems).toContainText('$.activities[2].minutes');
  await expect(page.getByText('No workshops of your own yet.')).toBeVisible();

  await picker.setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{ "title": ') });
  await expect(problems).toContainText('not valid JSON');

  // A file with a built-in's id is imported under a fresh one.
  await picker.setInputFiles({ name: 'essentials.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(essentials)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('is now “essentials-2”');
  const item = page.getByRole('list', { name: 'My workshops' }).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(essentials.title as string);

  // Export it again: the download is the same workshop.
  const download = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Export file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('workshop-essentials-2.json');
  const exported = JSON.parse(await readFile((await file.path())!, 'utf8'));
  expect(exported).toEqual({ ...essentials, id: 'essentials-2' });
});

test('a built-in workshop exports from its page', async ({ page, host }) => {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/workshop/at-work`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workshop file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('workshop-at-work.json');
  expect(JSON.parse(await readFile((await file.path())!, 'utf8')).id).toBe('at-work');
});
