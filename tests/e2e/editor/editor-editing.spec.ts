import { test, expect } from '../support/fixtures';
import { callApi, EditorPage } from './editor-page';

type Snapshot = { workshopId: string };
type Detail = { workshop: { title: string; activities: { title: string }[] } };

async function ownCopy(request: Parameters<typeof callApi>[0], host: Parameters<typeof callApi>[1], from: string): Promise<string> {
  const r = await callApi<Snapshot>(request, host, 'editor:create', { from });
  return r.value!.workshopId;
}

test('problems show inline, nothing invalid is saved, and undo and redo work from the keyboard', async ({ page, host, request }) => {
  const id = await ownCopy(request, host, 'essentials');
  const editor = new EditorPage(page);
  await editor.open(host, id);
  const title = editor.activityEditor().getByLabel('Activity title');
  const original = await title.inputValue();

  await title.fill('');
  await expect(editor.activityEditor().getByText('Activity title: must not be empty')).toBeVisible();
  await expect(editor.status()).toContainText('1 problem to fix');
  await expect(page.getByTestId('editor-problems')).toContainText('1 thing to fix');
  await expect(editor.agendaRows().first()).toContainText('1 to fix');
  const saved = await callApi<Detail>(request, host, 'workshops:get', { id });
  expect(saved.value!.workshop.activities[0].title).toBe(original);

  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue(original);
  await expect(editor.status()).toHaveText('Saved');
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue(original);

  // Typing is one undo step per field, not one per key.
  await title.pressSequentially(' now');
  await expect(title).toHaveValue(`${original} now`);
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue(original);
});

test('add from the activity browser, duplicate, remove, and reorder by drag and drop', async ({ page, host, request }) => {
  const id = await ownCopy(request, host, 'essentials');
  const editor = new EditorPage(page);
  await editor.open(host, id);
  const count = await editor.agendaRows().count();
  await expect(editor.total()).toContainText('on target');

  await editor.showLibrary();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Role play' });
  await search.fill('workplace');
  const results = page.getByRole('list', { name: 'Library activities' }).getByRole('listitem');
  const expected = await callApi<{ activities: { title: string }[] }>(request, host, 'editor:browse', {
    kind: 'role-play',
    text: 'workplace',
  });
  const titles = expected.value!.activities.map((a) => a.title);
  expect(titles.length).toBeGreaterThan(0);
  await expect(results.locator('strong')).toHaveText(titles);
  await expect(results.first()).toContainText('Role play');
  const added = titles[0];
  await results.first().getByRole('button', { name: /^Add/ }).click();
  await expect(editor.agendaRows()).toHaveCount(count + 1);
  await expect(editor.agendaRows().nth(1)).toContainText(added);
  await expect(editor.total()).toContainText('over');

  // No match, then clear.
  await search.fill('zzzz nothing like this');
  await expect(page.getByText('No activities match.')).toBeVisible();

  const first = (await editor.rowTitles())[0];
  await editor
    .agendaRows()
    .first()
    .getByRole('button', { name: /^Duplicate/ })
    .click();
  await expect(editor.agendaRows()).toHaveCount(count + 2);
  await expect(editor.agendaRows().nth(1)).toContainText(`${first} (copy)`);
  await editor
    .agendaRows()
    .nth(1)
    .getByRole('button', { name: /^Remove/ })
    .click();
  await expect(editor.agendaRows()).toHaveCount(count + 1);

  // Drag the first row below the third.
  const before = await editor.rowTitles();
  const target = (await editor.rowButton(2).boundingBox())!;
  await editor.rowButton(0).dragTo(editor.rowButton(2), { targetPosition: { x: 20, y: target.height - 4 } });
  await expect.poll(() => editor.rowTitles()).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
  await expect
    .poll(async () => (await callApi<Detail>(request, host, 'workshops:get', { id })).value!.workshop.activities.map((a) => a.title))
    .toEqual(await editor.rowTitles());
});

test('a new empty workshop is a draft until it is complete', async ({ page, host, request }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New workshop' }).click();
  await expect(page).toHaveURL(/#\/editor\/my-workshop$/);
  const editor = new EditorPage(page);
  await expect(page.getByText('No activities yet.')).toBeVisible();
  await expect(editor.status()).toContainText('4 problems to fix');
  await page.getByLabel('Title', { exact: true }).fill('Balance at home');
  await page.getByLabel('Audience').fill('Parents');
  await page.getByLabel('Summary').fill('A short evening on independence and closeness at home.');
  await page.getByLabel('Start time').fill('18:30');
  await editor.showLibrary();
  await page
    .getByRole('list', { name: 'Library activities' })
    .getByRole('button', { name: 'Add “Welcome and how we work together” to the agenda' })
    .click();
  await expect(editor.status()).toHaveText('Saved');
  await expect(editor.agendaRows().first()).toContainText('18:30');
  await expect(editor.total()).toContainText('ends 18:35');
  const list = await callApi<{ workshops: { id: string; builtIn: boolean }[] }>(request, host, 'workshops:list', {});
  expect(list.value!.workshops).toContainEqual(expect.objectContaining({ id: 'my-workshop', builtIn: false }));
});

test('built-in workshops are read-only for the host', async ({ host, request }) => {
  const edit = await callApi(request, host, 'editor:edit', {
    workshopId: 'essentials',
    ops: [{ type: 'set', path: ['title'], value: 'Mine' }],
  });
  expect(edit.error?.code).toBe('read-only');
  const open = await callApi(request, host, 'editor:open', { workshopId: 'essentials' });
  expect(open.error?.code).toBe('read-only');
  const bad = await callApi(request, host, 'editor:edit', {
    workshopId: 'essentials',
    ops: [{ type: 'set', path: ['__proto__'], value: 'x' }],
  });
  expect(bad.error?.code).toBe('invalid-input');
});

test('the workshop’s language: set it to Arabic and the content runs right to left; translations and their copies keep theirs', async ({
  page,
  host,
  request,
}) => {
  const id = await ownCopy(request, host, 'essentials');
  const editor = new EditorPage(page);
  await editor.open(host, id);
  await page.locator('summary', { hasText: 'Workshop details' }).click();
  const language = page.getByLabel('Language', { exact: true });
  await expect(language).toHaveValue('en');
  const title = page.getByLabel('Title', { exact: true });
  const activityTitle = editor.activityEditor().getByLabel('Activity title');
  const instructions = editor.activityEditor().getByLabel('Instructions for the group');
  for (const box of [title, activityTitle, instructions]) await expect(box).toHaveAttribute('dir', 'ltr');

  await language.selectOption({ label: 'العربية' });
  for (const box of [title, page.getByLabel('Summary'), activityTitle, instructions]) {
    await expect(box).toHaveAttribute('dir', 'rtl');
    await expect(box).toHaveAttribute('lang', 'ar');
  }
  // Numbers stay left to right; the interface around the content stays English and left to right.
  await expect(editor.activityEditor().getByLabel('Minutes', { exact: true })).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(editor.status()).toHaveText('Saved');
  const saved = await callApi<{ workshop: { lang: string } }>(request, host, 'workshops:get', { id });
  expect(saved.value!.workshop.lang).toBe('ar');
  await page.reload();
  await page.locator('summary', { hasText: 'Workshop details' }).click();
  await expect(language).toHaveValue('ar');
  await expect(title).toHaveAttribute('dir', 'rtl');

  // A translation brought in from a file names its original; a copy of it keeps its language but is the facilitator's own.
  const arabic = await callApi<{ workshop: { title: string } }>(request, host, 'workshops:get', { id: 'essentials-ar' });
  const imported = await callApi<{ workshopId: string }>(request, host, 'workshop-files:import', {
    text: JSON.stringify(arabic.value!.workshop),
  });
  await editor.open(host, imported.value!.workshopId);
  await page.locator('summary', { hasText: 'Workshop details' }).click();
  await expect(language).toHaveValue('ar');
  await expect(page.getByTestId('translation-of')).toContainText('Translation of');
  await expect(page.getByTestId('translation-of').getByRole('link')).toHaveText('Autonomy and Attachment: the Essentials');
  await expect(page.getByTestId('translation-of').getByRole('link')).toHaveAttribute('href', '#/workshop/essentials');

  const copy = await ownCopy(request, host, 'essentials-ar');
  await editor.open(host, copy);
  await page.locator('summary', { hasText: 'Workshop details' }).click();
  await expect(language).toHaveValue('ar');
  await expect(title).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('translation-of')).toHaveCount(0);
});
