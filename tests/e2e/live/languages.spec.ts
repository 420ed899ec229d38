import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { LibraryPage, WorkshopPage } from '../support/pages';
import { call, LiveConsole, stopHostsGracefully } from './live-pages';

stopHostsGracefully();

/** The projectors schools have, at the two sizes where Arabic slides are most crowded. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

/** The stage's box and its first table header cell's box, to see which side a column sits on. */
const boxOf = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

test('the Arabic Essentials: found by language in the library, run on a projector that reads from the right', async ({
  page,
  host,
  request,
}) => {
  const library = new LibraryPage(page);
  await library.open(host.url);
  // The filter lists each language by its own name; choosing Arabic leaves the two Arabic workshops.
  const filter = page.getByRole('group', { name: 'Language' });
  for (const name of ['All', 'English', 'Español', 'العربية']) await expect(filter.getByRole('radio', { name })).toBeVisible();
  await filter.getByRole('radio', { name: 'العربية' }).check();
  const cards = page.getByRole('list', { name: 'Workshops' }).getByRole('link');
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) {
    await expect(card).toHaveAttribute('lang', 'ar');
    await expect(card).toHaveAttribute('dir', 'rtl');
    await expect(card.getByTestId('workshop-language')).toHaveText('العربية');
  }
  await filter.getByRole('radio', { name: 'Español' }).check();
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toHaveAttribute('lang', 'es');
  await filter.getByRole('radio', { name: 'العربية' }).check();

  await library.card(/الاستقلالية والتعلّق: الأساسيات/).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('الأساسيات');
  await new WorkshopPage(page).startSession('مجموعة الثلاثاء');
  const sessionId = /#\/console\/([^/?]+)/.exec(page.url())![1];

  // The console's script and its live copy of the projector carry the workshop's language.
  const consolePage = new LiveConsole(page);
  await expect(page.locator('.script')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.script')).toHaveAttribute('lang', 'ar');
  await expect(consolePage.preview()).toHaveAttribute('dir', 'rtl');

  const projector = await consolePage.openProjector();
  await expect(projector.stage()).toHaveAttribute('dir', 'rtl');
  await expect(projector.stage()).toHaveAttribute('lang', 'ar');

  // The teach slide with the comparison table, in Arabic, its aspect column on the right.
  await call(request, host, 'live:intent', { sessionId, intent: { type: 'goto', activityIndex: 2, step: 0 } });
  await projector.expectPosition(2, 0);
  const table = projector.stage().locator('table.compare');
  await expect(table.locator('thead th.autonomy')).toHaveText('الاستقلالية');
  await expect(table.locator('thead th.attachment')).toHaveText('التعلّق');
  await expect(table.locator('tbody th').first()).toHaveText('التعريف');
  for (const size of SIZES) {
    await projector.page.setViewportSize(size);
    await expect(table).toBeVisible();
    const aspect = await boxOf(projector.page, '.stage table.compare tbody th');
    const autonomy = await boxOf(projector.page, '.stage table.compare thead th.autonomy');
    expect(aspect.x, 'the aspect column reads first, from the right').toBeGreaterThan(autonomy.x);
    await projector.page.screenshot({ path: test.info().outputPath(`teach-ar-${size.width}x${size.height}.png`) });
  }
});

test('Across Cultures in Arabic: a scenario card on the projector reads from the right at both sizes', async ({
  browser,
  host,
  request,
}) => {
  const session = await call<{ id: string }>(request, host, 'sessions:start', { workshopId: 'across-cultures-ar', group: 'طلاب' });
  const scenario = 3;
  await call(request, host, 'live:intent', { sessionId: session.id, intent: { type: 'goto', activityIndex: scenario, step: 0 } });
  const { projectorToken } = await call<{ projectorToken: string }>(request, host, 'projector:open', { sessionId: session.id });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(`${host.origin}/?token=${projectorToken}#/projector/${session.id}`);
    const stage = page.getByTestId('projector').locator('.stage');
    await expect(stage).toHaveAttribute('data-position', `${scenario}.0`);
    await expect(stage).toHaveAttribute('dir', 'rtl');
    await expect(stage).toHaveAttribute('data-kind', 'scenario');
    await expect(stage).toContainText('أربعمئة مدعو');
    await page.keyboard.press('Shift');
    await page.screenshot({ path: test.info().outputPath(`scenario-ar-${size.width}x${size.height}.png`) });
    // The title's words sit against the right edge of the frame: measured on the text itself, not its block.
    const [left, right] = await stage
      .getByText('أربعمئة مدعو')
      .first()
      .evaluate((el) => {
        const range = el.ownerDocument.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect();
        const frame = el.closest('.stage')!.getBoundingClientRect();
        return [text.left - frame.left, frame.right - text.right];
      });
    expect(right, 'space at the right of the title').toBeLessThan(left);
    await page.close();
  }
});
