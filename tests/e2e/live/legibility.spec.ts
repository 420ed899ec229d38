import { mkdirSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import type { WebHostProcess } from '../support/web-host';
import { call, LiveConsole, LiveProjector, startSession, stopHostsGracefully } from './live-pages';

stopHostsGracefully();

/**
 * Every kind of activity on the projector at 1280x720 and 1920x1080, in both themes: nothing may
 * spill out of the screen and no text may be too small to read from the back of the room.
 * With LIVE_SCREENSHOTS=1 it also saves screenshots of both views to /tmp/secure-base-shots.
 */
const SHOTS = process.env.LIVE_SCREENSHOTS ? '/tmp/secure-base-shots' : null;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

interface Case {
  workshop: string;
  kind: string;
  /** Activity index, and the step with the most on screen. */
  index: number;
  step: number;
  results?: (request: APIRequestContext, host: WebHostProcess, sessionId: string) => Promise<void>;
}

interface ActivityInfo {
  id: string;
  kind: string;
  options?: { id: string }[];
  statements?: { id: string }[];
  cards?: { id: string; category?: string }[];
  categories?: { id: string }[];
}

async function activities(request: APIRequestContext, host: WebHostProcess, workshopId: string): Promise<ActivityInfo[]> {
  const detail = await call<{ workshop: { activities: ActivityInfo[] } }>(request, host, 'workshops:get', { id: workshopId });
  return detail.workshop.activities;
}

const intent = (request: APIRequestContext, host: WebHostProcess, sessionId: string, i: object) =>
  call(request, host, 'live:intent', { sessionId, intent: i });

async function fillResults(request: APIRequestContext, host: WebHostProcess, sessionId: string, a: ActivityInfo) {
  if (a.kind === 'poll')
    for (const [i, o] of a.options!.entries())
      await intent(request, host, sessionId, { type: 'poll-set', activityId: a.id, optionId: o.id, count: [12, 3, 7, 0, 5][i % 5] });
  if (a.kind === 'spectrum') {
    const counts = [1, 2, 0, 4, 6, 3, 2, 14, 1, 0, 2];
    for (const [position, by] of counts.entries())
      if (by)
        await intent(request, host, sessionId, {
          type: 'spectrum-add',
          activityId: a.id,
          statementId: a.statements!.at(-1)!.id,
          position,
          by,
        });
  }
  if (a.kind === 'card-sort')
    for (const c of a.cards!)
      await intent(request, host, sessionId, {
        type: 'sort-place',
        activityId: a.id,
        cardId: c.id,
        categoryId: c.category ?? a.categories![0].id,
      });
}

async function checkStage(page: Page, width: number) {
  // Runs in the page; reached through the element, since this test project has no DOM types.
  const report = await page
    .getByTestId('projector')
    .locator('.stage')
    .evaluate((stage) => {
      const win = stage.ownerDocument.defaultView;
      const body = stage.querySelector('.body').getBoundingClientRect();
      const box = stage.getBoundingClientRect();
      const spilled: string[] = [];
      let smallest = Infinity;
      for (const el of stage.querySelectorAll('.frame *')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const inBody = !!el.closest('.body');
        const limit = inBody ? body : box;
        if (r.bottom > limit.bottom + 1 || r.right > limit.right + 1)
          spilled.push(`${el.tagName}.${el.className}: ${(el.textContent ?? '').slice(0, 50)}`);
        const hasText = [...el.childNodes].some((n: { nodeType: number; textContent: string }) => n.nodeType === 3 && n.textContent.trim());
        if (inBody && hasText) smallest = Math.min(smallest, parseFloat(win.getComputedStyle(el).fontSize));
      }
      return { spilled, smallest };
    });
  expect.soft(report.spilled, 'content spills out of the screen').toEqual([]);
  // About 17 px at 1280 wide: the smallest board text; everything else is larger.
  expect.soft(report.smallest, 'smallest text').toBeGreaterThanOrEqual(0.013 * width);
}

const CASES: Case[] = [
  { workshop: 'essentials', kind: 'discussion', index: 0, step: 2 },
  { workshop: 'essentials', kind: 'teach', index: 1, step: 3 },
  { workshop: 'essentials', kind: 'teach-table', index: 2, step: 0 },
  { workshop: 'essentials', kind: 'card-sort', index: 3, step: 0 },
  { workshop: 'essentials', kind: 'spectrum', index: 4, step: 13 },
  { workshop: 'essentials', kind: 'reflection', index: 8, step: 4 },
  { workshop: 'essentials', kind: 'poll', index: 7, step: 0 },
  { workshop: 'at-work', kind: 'scenario', index: 4, step: 3 },
  { workshop: 'at-work', kind: 'break', index: 5, step: 0 },
  { workshop: 'at-work', kind: 'role-play', index: 6, step: 0 },
  { workshop: 'close-relationships', kind: 'card-sort-3', index: 2, step: 0 },
];

for (const workshop of [...new Set(CASES.map((c) => c.workshop))]) {
  test(`every kind in "${workshop}" fits and reads on the projector`, async ({ host, page, request, context }) => {
    test.setTimeout(120_000);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    const sessionId = await startSession(request, host, workshop);
    const list = await activities(request, host, workshop);
    for (const a of list) await fillResults(request, host, sessionId, a);
    const projector = new LiveProjector(await context.newPage());
    await projector.open(host, sessionId);
    const consolePage = new LiveConsole(page);
    await consolePage.open(host, sessionId);
    for (const c of CASES.filter((x) => x.workshop === workshop)) {
      expect(list[c.index].kind).toBe(c.kind.replace(/-table$|-3$/, ''));
      await intent(request, host, sessionId, { type: 'goto', activityIndex: c.index, step: c.step });
      if (c.kind === 'break' || c.kind === 'discussion') await intent(request, host, sessionId, { type: 'timer', action: 'start' });
      for (const theme of ['dark', 'light'] as const) {
        await intent(request, host, sessionId, { type: 'theme', theme });
        for (const size of SIZES) {
          await projector.page.setViewportSize(size);
          await projector.expectPosition(c.index, c.step);
          await expect(projector.stage()).toHaveAttribute('data-theme', theme);
          await checkStage(projector.page, size.width);
          if (SHOTS) {
            await projector.page.screenshot({ path: `${SHOTS}/${size.width}-${theme}-${c.kind}-projector.png` });
            if (theme === 'dark') {
              await page.setViewportSize(size);
              await consolePage.expectPosition(c.index, c.step);
              await page.screenshot({ path: `${SHOTS}/${size.width}-${c.kind}-console.png` });
            }
          }
        }
      }
    }
    if (SHOTS && workshop === 'essentials') {
      await intent(request, host, sessionId, { type: 'screen', mode: 'calm' });
      for (const theme of ['dark', 'light'] as const) {
        await intent(request, host, sessionId, { type: 'theme', theme });
        await expect(projector.stage()).toHaveAttribute('data-theme', theme);
        await projector.page.screenshot({ path: `${SHOTS}/1920-${theme}-calm-projector.png` });
      }
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.keyboard.press('?');
      await page.screenshot({ path: `${SHOTS}/1280-keys-console.png` });
    }
  });
}
