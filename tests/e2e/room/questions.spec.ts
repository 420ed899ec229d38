// Anonymous questions end to end, on 127.0.0.1: two phones (Chromium with mobile emulation) write
// questions; the facilitator approves one, edits a name out of another, hides a third, and a banned
// word holds a fourth back. The projector (its DOM and every frame it receives) shows only approved
// texts, the edit and never the original; a phone upvotes once; the session file and the summary
// PDF keep the approved questions and nothing else.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { WebHostProcess } from '../support/web-host';
import { call, LiveConsole, LiveProjector, startSession } from '../live/live-pages';
import { expectAccessible } from '../day/axe';
import type { RoomStatus } from '../../../src-main/contract/room';
import { rawCall } from './raw-phone';

const phoneDevice = devices['Pixel 5'];

const APPROVED = 'Can we have a longer break after this?';
const NAMED = 'Why did Maria leave so early today?';
const EDITED = 'Why did someone leave so early today?';
const HIDDEN = 'Something only for the facilitator to read';
const BANNED = 'Please ask JOSÉ to stop interrupting';
const NICKNAMED = 'Could we hear more about teenagers?';

async function openPhone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ ...phoneDevice });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByTestId('phone-waiting')).toBeVisible();
  return page;
}

async function ask(phone: Page, text: string): Promise<void> {
  const box = phone.getByTestId('question-box');
  if ((await box.getByRole('button', { name: 'Ask a question or comment' }).count()) > 0)
    await box.getByRole('button', { name: 'Ask a question or comment' }).click();
  await box.getByLabel('Your question or comment').fill(text);
  await box.getByRole('button', { name: 'Send' }).click();
  await expect(box.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
}

let host: WebHostProcess;
test.beforeEach(async () => {
  host = new WebHostProcess();
  await host.start({ SECURE_BASE_ROOM_ADDRESS: '127.0.0.1', SECURE_BASE_ROOM_PORT: '0' });
});
test.afterEach(async () => {
  await host.stop();
  await host.dispose();
});

test('questions wait for the facilitator; only approved and edited texts reach the projector, the file and the summary', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const sessionId = await startSession(request, host);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  await page.getByTestId('room-panel').getByRole('button', { name: 'Let the room join' }).click();
  await expect(page.getByTestId('room-code')).toBeVisible();
  const status = await call<RoomStatus>(request, host, 'room:status', { sessionId });
  const panel = page.getByTestId('moderation-panel');
  // The panel follows the room at once: the questions screen can be shown before any text arrives.
  await expect(panel.getByRole('button', { name: 'Show questions screen (Q)' })).toBeVisible();

  // The projector in its own window, every frame it receives recorded from the start.
  const projectorPage = await page.context().newPage();
  const received: string[] = [];
  projectorPage.on('websocket', (ws) => ws.on('framereceived', (f) => received.push(String(f.payload))));
  projectorPage.on('response', async (r) => {
    if (r.url().includes('/api/')) received.push(await r.text().catch(() => ''));
  });
  const projector = new LiveProjector(projectorPage);
  await projector.open(host, sessionId);

  const [phoneA, phoneB] = [await openPhone(browser, status.joinUrl!), await openPhone(browser, status.joinUrl!)];

  // The box opens on the phone: anonymous, read by the facilitator first, 280 characters at most.
  await phoneA.getByRole('button', { name: 'Ask a question or comment' }).click();
  const boxA = phoneA.getByTestId('question-box');
  await expect(boxA.getByText('Anonymous: your name is not sent. The facilitator reads it before anyone else sees it.')).toBeVisible();
  await expect(boxA.getByLabel('Your question or comment')).toHaveAttribute('maxlength', '280');
  await boxA.getByLabel('Your question or comment').fill('Hello');
  await expect(boxA.getByText('275 characters left')).toBeVisible();
  await expect(boxA.getByLabel('Nickname (optional)')).toHaveCount(0);
  await expectAccessible(phoneA, 'phone with the question box open');
  await phoneA.screenshot({ path: test.info().outputPath('phone-question-box.png') });

  await ask(phoneA, NAMED);
  await ask(phoneB, APPROVED);
  await ask(phoneB, HIDDEN);
  await expect(panel.getByTestId('moderation-waiting')).toHaveText('3 waiting');

  // A banned word, set in the console, holds a text back and marks it.
  await panel.getByText('Banned words and nicknames').click();
  await panel.getByLabel('Banned words, one per line').fill('jose');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByText('Saved.')).toBeVisible();
  await ask(phoneA, BANNED);
  const bannedRow = panel.getByTestId('held-text').filter({ hasText: BANNED });
  await expect(bannedRow.getByText('held: matched a banned word')).toBeVisible();
  await expect(panel.getByTestId('moderation-waiting')).toHaveText('4 waiting');

  // Q in the console shows the questions screen: nothing is approved yet.
  await page.locator('body').press('q');
  const screen = projectorPage.getByTestId('questions-screen');
  await expect(screen).toBeVisible();
  await expect(screen.getByText('No questions yet.', { exact: false })).toBeVisible();
  await expect(projectorPage.locator('body')).not.toContainText(NAMED);
  await expect(projectorPage.locator('body')).not.toContainText(APPROVED);

  // Approve one; edit the name out of another; hide a third.
  await panel.getByTestId('held-text').filter({ hasText: APPROVED }).getByRole('button', { name: 'Approve' }).click();
  await expect(screen.getByTestId('screen-question')).toHaveText([APPROVED]);
  const named = panel.getByTestId('held-text').filter({ hasText: NAMED });
  await named.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Edit the text').fill(EDITED);
  await panel.getByRole('button', { name: 'Save and approve' }).click();
  await expect(screen.getByTestId('screen-question')).toHaveCount(2);
  await expect(screen).toContainText(EDITED);
  await panel.getByTestId('held-text').filter({ hasText: HIDDEN }).getByRole('button', { name: 'Hide' }).click();
  await expect(panel.getByTestId('moderation-waiting')).toHaveText('1 waiting');
  await expectAccessible(page, 'console with the moderation panel', '[data-testid="moderation-panel"]');
  // Scrolled away from the panel, the console still shows how many texts wait; the pill leads back.
  await page.getByRole('complementary', { name: 'Projector' }).evaluate((side) => side.scrollTo(0, 0));
  await expect(page.getByTestId('moderation-pill')).toHaveText('1 text from phones waiting');
  await page.getByTestId('moderation-pill').click();
  await expect(panel.getByRole('heading', { name: /Texts from phones/ })).toBeInViewport();
  await expect(page.getByTestId('moderation-pill')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('console-moderation.png') });
  await panel.screenshot({ path: test.info().outputPath('moderation-panel.png') });

  // A phone upvotes once: the button turns to "Voted"; a second vote with the same phone's key is a no-op.
  const approvedOnA = boxA.getByTestId('phone-questions').getByRole('listitem').filter({ hasText: APPROVED });
  await approvedOnA.getByRole('button', { name: /^Vote for/ }).click();
  await expect(approvedOnA.getByRole('button', { name: /^Voted for/ })).toBeDisabled();
  await expect(screen.getByTestId('screen-question').first()).toContainText(APPROVED);
  await expect(screen.getByTestId('screen-question').first()).toContainText('▲ 1');
  const phoneKey = (await phoneA.evaluate('localStorage.getItem("secure-base-phone")')) as string | null;
  const view = await call<{ questions: { id: string; text: string }[] }>(request, host, 'room:questions-view', { sessionId });
  const approvedId = view.questions.find((q) => q.text === APPROVED)!.id;
  const again = (await rawCall(status, phoneKey, 'phone:upvote', { questionId: approvedId })) as {
    ok: boolean;
    value: { questions: { id: string; votes: number }[] };
  };
  expect(again.ok).toBe(true);
  expect(again.value.questions.find((q) => q.id === approvedId)?.votes).toBe(1);
  await phoneA.reload();
  await phoneA.getByRole('button', { name: 'Ask a question or comment' }).click();
  await expect(
    phoneA
      .getByTestId('phone-questions')
      .getByRole('listitem')
      .filter({ hasText: APPROVED })
      .getByRole('button', { name: /^Voted for/ }),
  ).toBeDisabled();
  await expect(screen.getByTestId('screen-question').first()).toContainText('▲ 1');
  await expectAccessible(phoneA, 'phone with approved questions to vote on');
  await phoneA.screenshot({ path: test.info().outputPath('phone-questions-voted.png'), fullPage: true });
  // Text at 200%: nothing runs off the side of the phone.
  const TEXT_200 = "for (const e of [document.documentElement, document.body]) e.style.fontSize = '36px'";
  await phoneA.evaluate(TEXT_200);
  const OVERFLOWING =
    '[...document.querySelectorAll("main *")].filter((e) => e.getBoundingClientRect().right > innerWidth - 8)' +
    '.map((e) => e.tagName + "." + e.className + ": " + (e.textContent ?? "").slice(0, 30))';
  expect(await phoneA.evaluate(OVERFLOWING)).toEqual([]);
  expect(await phoneA.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
  await phoneA.screenshot({ path: test.info().outputPath('phone-questions-200.png'), fullPage: true });
  await phoneA.evaluate("for (const e of [document.documentElement, document.body]) e.style.fontSize = ''");

  // Nicknames are off until the facilitator turns them on; then the phone offers the field and the text carries it.
  await panel.getByLabel('Let phones add a nickname to what they write').check();
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(phoneB.getByTestId('question-box').getByLabel('Nickname (optional)')).toBeVisible();
  await phoneB.getByTestId('question-box').getByLabel('Nickname (optional)').fill('Robin');
  await ask(phoneB, NICKNAMED);
  await panel.getByTestId('held-text').filter({ hasText: NICKNAMED }).getByRole('button', { name: 'Approve' }).click();
  await expect(screen.getByTestId('screen-question').filter({ hasText: NICKNAMED })).toContainText('· Robin');

  // The projector at two sizes.
  await projectorPage.screenshot({ path: test.info().outputPath('projector-questions-1280.png') });
  await projectorPage.setViewportSize({ width: 1024, height: 768 });
  await projectorPage.screenshot({ path: test.info().outputPath('projector-questions-1024.png') });

  // Nothing the projector received or shows holds the original, the hidden or the held text.
  const everything = [received.join('\n'), await projectorPage.content()].join('\n');
  expect(everything).toContain(EDITED);
  for (const never of [NAMED, 'Maria', HIDDEN, BANNED, 'JOS\\u00c9', phoneKey!]) expect(everything).not.toContain(never);

  // The session file keeps approved texts and votes only.
  await expect.poll(() => readFileSync(join(host.dataDir, 'sessions', `${sessionId}.json`), 'utf8')).toContain('"votes":1');
  const file = readFileSync(join(host.dataDir, 'sessions', `${sessionId}.json`), 'utf8');
  expect(JSON.parse(file).roomTexts.questions).toEqual(
    expect.arrayContaining([
      { text: APPROVED, votes: 1 },
      { text: EDITED, votes: 0 },
    ]),
  );
  for (const never of [NAMED, 'Maria', HIDDEN, BANNED, phoneKey!]) expect(file).not.toContain(never);

  // The summary PDF lists the approved questions.
  const pdf = await call<{ id: string }>(request, host, 'handouts:summary', { sessionId });
  const res = await request.get(`${host.origin}/exports/${encodeURIComponent(pdf.id)}?token=${host.token}`);
  const pdfPath = test.info().outputPath('summary.pdf');
  writeFileSync(pdfPath, await res.body());
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('From the room’s phones');
  expect(text).toContain(`${APPROVED} · 1 vote`);
  expect(text).toContain(EDITED);
  expect(text).not.toContain('Maria');

  // Closing the room forgets the held text; the approved ones stay.
  await page.getByTestId('room-panel').getByRole('button', { name: 'Close room' }).click();
  await expect(panel.getByText('When the room is open')).toBeVisible();
  await expect(panel.getByTestId('held-text')).toHaveCount(0);
});

test('written responses to scenario cards show on the questions screen, grouped by card', async ({ page, request }) => {
  test.setTimeout(90_000);
  const sessionId = await startSession(request, host, 'growing-up');
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  await page.getByTestId('room-panel').getByRole('button', { name: 'Let the room join' }).click();
  await expect(page.getByTestId('room-code')).toBeVisible();
  const status = await call<RoomStatus>(request, host, 'room:status', { sessionId });
  const projector = new LiveProjector(await page.context().newPage());
  await projector.open(host, sessionId);

  const responses: [string, string][] = [
    ['nursery-goodbye', 'A short, warm goodbye and a promise of when she comes back.'],
    ['nursery-goodbye', 'Let him bring something from home.'],
    ['checking-back', 'Wave back each time: it tells him the base is still there.'],
  ];
  for (const [cardId, text] of responses)
    expect(
      await rawCall(status, null, 'phone:write', { kind: 'response', activityId: 'early-years-scenarios', cardId, text }),
    ).toMatchObject({
      ok: true,
    });
  await rawCall(status, null, 'phone:write', { kind: 'question', text: 'Is it too late if they are already teenagers?' });
  const panel = page.getByTestId('moderation-panel');
  await expect(panel.getByTestId('moderation-waiting')).toHaveText('4 waiting');
  await expect(panel.getByTestId('held-text').filter({ hasText: 'Let him bring' })).toContainText('Response · The long goodbye');
  for (let i = 0; i < 4; i++) await panel.getByTestId('held-text').first().getByRole('button', { name: 'Approve' }).click();
  await expect(panel.getByTestId('held-text')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Show questions screen (Q)' }).click();
  const screen = projector.page.getByTestId('questions-screen');
  await expect(screen.getByTestId('screen-response')).toHaveCount(3);
  await expect(screen.getByRole('heading', { level: 3 })).toHaveText(['Checking back at the playground', 'The long goodbye']);
  await expect(screen.getByTestId('screen-question')).toHaveText(['Is it too late if they are already teenagers?']);
  await projector.page.screenshot({ path: test.info().outputPath('projector-responses-1280.png') });
  await projector.page.setViewportSize({ width: 1024, height: 768 });
  await projector.page.screenshot({ path: test.info().outputPath('projector-responses-1024.png') });
  await page.keyboard.press('q');
  await expect(screen).toHaveCount(0);
});
