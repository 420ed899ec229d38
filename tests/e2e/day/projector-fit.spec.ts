import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { call, startSession, stopHostsGracefully } from '../live/live-pages';

/** The check that runs in the page: a function expression over [page root, region], returning problems. */
const TEXT_FIT = readFileSync(new URL('./text-fit.page.js', import.meta.url), 'utf8')
  .trim()
  .replace(/;$/, '');
const textFitProblems = (page: Page, root: string, region: string) =>
  page.evaluate(`(${TEXT_FIT})(${JSON.stringify([root, region])})`) as Promise<string[]>;

stopHostsGracefully();

/** The projectors schools have. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** Every built-in workshop, read from the folder, so one added later is walked too. */
const workshopsDir = fileURLToPath(new URL('../../../templates/workshops/', import.meta.url));
const WORKSHOPS = readdirSync(workshopsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => (JSON.parse(readFileSync(workshopsDir + f, 'utf8')) as { id: string }).id);

const position = (page: Page) => page.getByTestId('projector').locator('.stage').getAttribute('data-position');

/** After the layout (and any fitting) has settled: two frames. */
const settled = (page: Page) => page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');

test('every step of every built-in workshop fits the projector at 1024x768, 1280x800, 1280x720 and 1920x1080', async ({
  host,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  expect(WORKSHOPS.length).toBeGreaterThanOrEqual(5);
  const pages = await Promise.all(SIZES.map((viewport) => browser.newPage({ viewport })));
  const problems: string[] = [];
  let checked = 0;
  for (const workshopId of WORKSHOPS) {
    const sessionId = await startSession(request, host, workshopId, 'Fit check');
    // Each page opens as a projector window does: with the projector's own token.
    const { projectorToken } = await call<{ projectorToken: string }>(request, host, 'projector:open', { sessionId });
    await Promise.all(pages.map((p) => p.goto(`${host.origin}/?token=${projectorToken}#/projector/${sessionId}`)));
    await Promise.all(pages.map((p) => expect(p.getByTestId('projector').locator('.stage')).toHaveAttribute('data-position', '0.0')));
    // Any key hides the "press F" hint, as the first click of a clicker does.
    for (const p of pages) await p.keyboard.press('Shift');
    await Promise.all(pages.map((p) => expect(p.locator('.hint')).toHaveCount(0)));
    for (;;) {
      const at = await position(pages[0]);
      for (const [i, p] of pages.entries()) {
        await expect(p.getByTestId('projector').locator('.stage')).toHaveAttribute('data-position', at!);
        await settled(p);
        const found = await textFitProblems(p, '[data-testid="projector"]', '.stage .body');
        for (const f of found) problems.push(`${workshopId} step ${at} at ${SIZES[i].width}x${SIZES[i].height}: ${f}`);
        checked++;
      }
      const live = await call<{ upNext: unknown }>(request, host, 'live:join', { sessionId });
      if (live.upNext === null) break;
      await pages[0].keyboard.press('ArrowRight');
      await expect(pages[0].getByTestId('projector').locator('.stage')).not.toHaveAttribute('data-position', at!);
    }
  }
  console.log(`projector fit: ${checked} screens checked (${WORKSHOPS.length} workshops x ${SIZES.length} sizes)`);
  expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  await Promise.all(pages.map((p) => p.close()));
});
