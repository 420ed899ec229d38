import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect } from '../support/fixtures';
import { ConsolePage, LibraryPage, WorkshopPage } from '../support/pages';
import { callApi, EditorPage } from './editor-page';

type Detail = { workshop: { title: string; activities: { id: string; title: string; kind: string; cards?: { situation: string }[] }[] } };

const EDITED = 'Maya and Sam share a flat. Sam wants every Sunday together; Maya has started a Sunday choir.';

test('duplicate a workshop, reorder it by keyboard, edit a scenario and run it', async ({ page, host, request }) => {
  const library = new LibraryPage(page);
  await library.open(host.url);
  await library.card(/Close Relationships/).click();
  await page.getByRole('button', { name: 'Duplicate to My workshops' }).click();
  await expect(page).toHaveURL(/#\/editor\/close-relationships-copy$/);

  const editor = new EditorPage(page);
  await expect(editor.status()).toHaveText('Saved');
  const before = await editor.rowTitles();
  const s = before.findIndex((t) => t.startsWith('Scenarios'));
  expect(s).toBeGreaterThan(1);

  // Reorder by keyboard: the scenario moves up one place and keeps the focus.
  await editor.rowButton(s).focus();
  await page.keyboard.press('Alt+ArrowUp');
  const moved = [...before];
  [moved[s - 1], moved[s]] = [moved[s], moved[s - 1]];
  await expect.poll(() => editor.rowTitles()).toEqual(moved);
  await expect(editor.rowButton(s - 1)).toBeFocused();
  // …and down and up again, all from the keyboard.
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => editor.rowTitles()).toEqual(before);
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => editor.rowTitles()).toEqual(moved);
  const scenarioAt = s - 1;

  // Edit the scenario: its title and its first card's situation.
  await editor.rowButton(scenarioAt).click();
  await expect(editor.activityEditor()).toContainText('Scenario cards');
  await editor.activityEditor().getByLabel('Activity title').fill('Scenarios, our version');
  await editor.openCard(1);
  await editor.activityEditor().getByLabel('Card 1 situation').fill(EDITED);
  await editor.activityEditor().getByLabel('Card 1 situation').blur();
  await expect
    .poll(async () => {
      const r = await callApi<Detail>(request, host, 'workshops:get', { id: 'close-relationships-copy' });
      const a = r.value!.workshop.activities[scenarioAt];
      return [a.title, a.cards?.[0].situation];
    })
    .toEqual(['Scenarios, our version', EDITED]);
  await expect(editor.status()).toHaveText('Saved');

  // The built-in workshop is as it was.
  const original = await callApi<Detail>(request, host, 'workshops:get', { id: 'close-relationships' });
  expect(original.value!.workshop.activities.map((a) => a.title)).toEqual(before);

  // The edit survives a reload of the editor.
  await page.reload();
  await expect(editor.agendaRows().nth(scenarioAt)).toContainText('Scenarios, our version');

  // Run it: the workshop page, a session, and the edited activity in the console.
  await page.getByRole('link', { name: 'Run…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Close Relationships (copy)');
  await new WorkshopPage(page).startSession('Editor check');
  const consolePage = new ConsolePage(page);
  for (let i = 0; i < scenarioAt; i++) {
    const current = await consolePage.currentActivity().textContent();
    await consolePage.next();
    await expect(consolePage.currentActivity()).not.toHaveText(current!);
  }
  await expect(consolePage.currentActivity()).toHaveText('Scenarios, our version');
  await expect(page.getByText(EDITED).filter({ visible: true }).first()).toBeVisible();

  // The handout: the edited card is in the PDF.
  const handout = await callApi<{ id: string }>(request, host, 'handouts:export', { workshopId: 'close-relationships-copy' });
  expect(handout.ok, JSON.stringify(handout.error)).toBe(true);
  const pdf = await request.get(`${host.origin}/exports/${encodeURIComponent(handout.value!.id)}?token=${host.token}`);
  expect(pdf.status()).toBe(200);
  // In the test's own output folder, which Playwright clears.
  const file = test.info().outputPath('handout.pdf');
  writeFileSync(file, await pdf.body());
  const squash = (t: string) => t.replace(/[\s\u00ad-]+/g, '');
  expect(squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))).toContain(squash(EDITED));
});
