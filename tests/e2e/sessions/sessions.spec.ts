import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { WebHostProcess } from '../support/web-host';
import { HostApi, SessionsPage } from './sessions-page';

test('past sessions: listed, read back, searched with highlights, exported, deleted after confirming', async ({ page, host, request }) => {
  const api = new HostApi(request, host);
  const tuesday = await api.sessionWithNotes(
    'Tuesday parents',
    'The group was quiet at first.\nThen warmed up.',
    'Two dads spoke about trust.',
  );
  await api.sessionWithNotes('Thursday carers', 'Lots of laughter; nobody was quiet.');
  const sessions = new SessionsPage(page);
  await sessions.open(host);

  await expect(sessions.rows()).toHaveCount(2);
  await expect(sessions.row('Tuesday parents')).toContainText('Essentials');
  await expect(sessions.row('Tuesday parents').getByRole('cell').nth(1)).toHaveText(/\d/);

  // Search across all notes: every word must appear; the matches are highlighted.
  await sessions.search('QUIET trust');
  await expect(page.getByTestId('search-summary')).toContainText('1 session of 2');
  await expect(sessions.results().getByRole('listitem').first()).toContainText('Tuesday parents');
  await expect(sessions.results().locator('mark')).toHaveText(['quiet', 'trust']);

  // Read-only view, with a way to resume.
  await sessions
    .results()
    .getByRole('link', { name: /Essentials/ })
    .click();
  await expect(sessions.record()).toBeVisible();
  await expect(page.getByTestId('record-session-notes')).toHaveText('The group was quiet at first.\nThen warmed up.');
  await expect(sessions.record()).toContainText('Two dads spoke about trust.');
  await expect(sessions.record().getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Resume in the console' })).toHaveAttribute('href', `#/console/${tuesday.id}`);

  // Export the notes as Markdown: a download from exports/.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export notes (Markdown)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`notes-${tuesday.id}.md`);
  const markdown = readFileSync((await file.path())!, 'utf8');
  expect(markdown).toMatch(/^# .*Essentials\n/);
  expect(markdown).toContain('Two dads spoke about trust.');

  // Delete, with a second thought first.
  await page.getByRole('link', { name: '← All sessions' }).click();
  await sessions
    .row('Thursday carers')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(sessions.rows()).toHaveCount(2);
  await sessions
    .row('Thursday carers')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('group', { name: /Delete .*Essentials, Thursday carers/ })).toContainText('cannot be undone');
  await page.getByRole('button', { name: 'Delete session' }).click();
  await expect(sessions.rows()).toHaveCount(1);
  await page.reload();
  await expect(sessions.rows()).toHaveCount(1);
  await expect(sessions.row('Tuesday parents')).toBeVisible();
});

test('backup all data to one file, and restore it', async ({ page, host, request }, testInfo) => {
  const api = new HostApi(request, host);
  await api.sessionWithNotes('In the backup', 'Kept safe.');
  const sessions = new SessionsPage(page);
  await sessions.open(host);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up all data' }).click();
  const backup = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(backup);
  expect(backup).toMatch(/secure-base-backup-.*\.json$/);

  // Things change after the backup...
  await sessions
    .row('In the backup')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await page.getByRole('button', { name: 'Delete session' }).click();
  await api.sessionWithNotes('After the backup', 'Will be set aside.');
  await page.reload();
  await expect(sessions.rows()).toHaveCount(1);

  // A damaged file is refused as a whole.
  const broken = testInfo.outputPath('broken-backup.json');
  writeFileSync(broken, readFileSync(backup, 'utf8').replace('"sessions":[', '"sessions":[{"id":"nope"},'));
  await page.getByLabel('Restore from a backup…').setInputFiles(broken);
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was restored');
  await expect(sessions.row('After the backup')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // ...and the backup brings back what it holds.
  await page.getByLabel('Restore from a backup…').setInputFiles(backup);
  await expect(page.getByRole('group', { name: /Restore secure-base-backup/ })).toContainText('replaces all sessions');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByTestId('restored')).toContainText('Restored 1 sessions');
  await expect(sessions.rows()).toHaveCount(1);
  await expect(sessions.row('In the backup')).toBeVisible();
});

test('a damaged session file is set aside, the facilitator is told which session, and everything else opens', async ({
  page,
  host,
  request,
}) => {
  const api = new HostApi(request, host);
  const damaged = await api.sessionWithNotes('Monday dads', 'Will be damaged.');
  await api.sessionWithNotes('Wednesday mums', 'Fine.');
  await host.stop();
  writeFileSync(join(host.dataDir, 'sessions', `${damaged.id}.json`), '{"schemaVersion": 1, "id": ');
  await host.start();

  const sessions = new SessionsPage(page);
  await sessions.open(host);
  const banner = page.getByTestId('data-problems');
  await expect(banner).toContainText('could not be read');
  await expect(banner).toContainText(/“[^”]*Essentials” with Monday dads/);
  await expect(banner).toContainText(`${damaged.id}.corrupt-`);
  await expect(sessions.rows()).toHaveCount(1);
  await expect(sessions.row('Wednesday mums')).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(sessions.rows()).toHaveCount(1);
  await expect(banner).toBeHidden();
});

test('a second copy on the same data folder is refused with a clear message', async ({ host }) => {
  const second = new WebHostProcess(host.dataDir);
  await expect(second.start()).rejects.toThrow(/already open with this data folder \(the browser version, process \d+/);
  // The first copy is unharmed, and once it stops the folder is free again.
  await host.stop();
  const third = new WebHostProcess(host.dataDir);
  await third.start();
  await third.stop();
});
