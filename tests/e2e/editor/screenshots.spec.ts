// The editor at both projector-era window sizes, with screenshots for a person to look at:
// they go to SECURE_BASE_SHOTS when set, else to the test's output folder.
import { test, expect } from '../support/fixtures';

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`editor at ${size.width}x${size.height}`, async ({ page, host }) => {
    const dir = process.env.SECURE_BASE_SHOTS ?? test.info().outputPath();
    await page.setViewportSize(size);
    await page.goto(host.url);
    await page.screenshot({ path: `${dir}/library-${size.width}.png` });
    await page.getByRole('button', { name: 'New workshop' }).click();
    await expect(page.getByText('No activities yet.')).toBeVisible();
    await page.screenshot({ path: `${dir}/editor-${size.width}-new.png` });
    await page.goto(`${host.origin}/#/workshop/close-relationships`);
    await expect(page.getByRole('button', { name: 'Duplicate to My workshops' })).toBeVisible();
    await page.screenshot({ path: `${dir}/workshop-${size.width}.png` });
    await page.getByRole('button', { name: 'Duplicate to My workshops' }).click();
    await expect(page).toHaveURL(/#\/editor\//);
    await expect(page.getByTestId('activity-editor')).toBeVisible();
    await page.screenshot({ path: `${dir}/editor-${size.width}.png` });
    await page
      .getByRole('list', { name: 'Agenda' })
      .getByRole('button', { name: /Scenario/ })
      .first()
      .click();
    await page.getByLabel('Activity title').fill('');
    await page.locator('summary', { hasText: 'Card 1:' }).click();
    await page.getByLabel('Card 1 situation').fill('');
    await page.locator('summary', { hasText: 'Workshop details' }).click();
    await page.screenshot({ path: `${dir}/editor-${size.width}-scenario.png` });
    const tab = page.getByRole('button', { name: 'Add from library' });
    if (await tab.isVisible()) await tab.click();
    await page.getByRole('button', { name: 'Scenario cards', exact: true }).click();
    await page.screenshot({ path: `${dir}/editor-${size.width}-library.png` });
    await page.goto(`${host.origin}/#/my-workshops`);
    await expect(page.getByRole('list', { name: 'My workshops' }).getByRole('listitem')).toHaveCount(2);
    await page.screenshot({ path: `${dir}/my-workshops-${size.width}.png` });
  });
}
