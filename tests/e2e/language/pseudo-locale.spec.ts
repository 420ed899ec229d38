import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { appUrl, call, startSession, stopHostsGracefully } from '../live/live-pages';

/** In-page checks, each a function expression: the projector's (text-fit) and the console's (clipped-text). */
const pageCheck = (url: URL) => readFileSync(url, 'utf8').trim().replace(/;$/, '');
const TEXT_FIT = pageCheck(new URL('../day/text-fit.page.js', import.meta.url));
const CLIPPED = pageCheck(new URL('./clipped-text.page.js', import.meta.url));

stopHostsGracefully();

/** The projector sizes where longer words break first. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

const workshopsDir = fileURLToPath(new URL('../../../templates/workshops/', import.meta.url));
/** The English built-in workshops: their projector speaks the pseudo-locale while the interface does. */
const ENGLISH = readdirSync(workshopsDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(workshopsDir + f, 'utf8')) as { id: string; lang?: string })
  .filter((w) => (w.lang ?? 'en') === 'en')
  .map((w) => w.id)
  .sort();

const settled = (page: Page) => page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
const position = (page: Page) => page.getByTestId('projector').locator('.stage').getAttribute('data-position');

test('in the pseudo-locale (accented, ~40% longer) the projector and the console show no clipped or overlapping text', async ({
  host,
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  await call(request, host, 'language:save', { locale: 'en-XA' });
  const problems: string[] = [];
  let screens = 0;
  const projectors = await Promise.all(SIZES.map((viewport) => browser.newPage({ viewport })));
  const consoles = await Promise.all(SIZES.map((viewport) => browser.newPage({ viewport })));
  for (const workshopId of ENGLISH) {
    const sessionId = await startSession(request, host, workshopId, 'Pseudo');
    const { projectorToken } = await call<{ projectorToken: string }>(request, host, 'projector:open', { sessionId });
    await Promise.all(projectors.map((p) => p.goto(`${host.origin}/?token=${projectorToken}#/projector/${sessionId}`)));
    await Promise.all(consoles.map((p) => p.goto(appUrl(host, `#/console/${sessionId}`))));
    for (const p of projectors) await p.keyboard.press('Shift');
    for (;;) {
      const at = await position(projectors[0]);
      for (const [i, p] of projectors.entries()) {
        await expect(p.getByTestId('projector').locator('.stage')).toHaveAttribute('data-position', at!);
        await settled(p);
        const found = (await p.evaluate(`(${TEXT_FIT})(${JSON.stringify(['[data-testid="projector"]', '.stage .body'])})`)) as string[];
        for (const f of found) problems.push(`projector ${workshopId} ${at} ${SIZES[i].width}x${SIZES[i].height}: ${f}`);
        screens++;
      }
      // The console at each activity's first step (its script, timer, controls and preview change there).
      if (at?.endsWith('.0')) {
        for (const [i, c] of consoles.entries()) {
          await expect(c.getByTestId('preview-now').locator('.stage')).toHaveAttribute('data-position', at);
          await settled(c);
          const found = (await c.evaluate(`(${CLIPPED})(${JSON.stringify('body')})`)) as string[];
          for (const f of found) problems.push(`console ${workshopId} ${at} ${SIZES[i].width}x${SIZES[i].height}: ${f}`);
          screens++;
        }
      }
      const live = await call<{ upNext: unknown }>(request, host, 'live:join', { sessionId });
      if (live.upNext === null) break;
      await projectors[0].keyboard.press('ArrowRight');
      await expect(projectors[0].getByTestId('projector').locator('.stage')).not.toHaveAttribute('data-position', at!);
    }
  }
  for (const [i, c] of consoles.entries()) await c.screenshot({ path: test.info().outputPath(`console-en-XA-${SIZES[i].width}.png`) });
  for (const [i, p] of projectors.entries()) await p.screenshot({ path: test.info().outputPath(`projector-en-XA-${SIZES[i].width}.png`) });
  console.log(`pseudo-locale: ${screens} screens checked (${ENGLISH.length} workshops, projector and console, 2 sizes)`);
  writeFileSync(test.info().outputPath('problems.txt'), problems.join('\n'));
  expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
});
