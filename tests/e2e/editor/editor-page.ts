import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { WebHostProcess } from '../support/web-host';

/** Call a channel on the browser host directly, as the renderer does. */
export async function callApi<T = unknown>(
  request: APIRequestContext,
  host: WebHostProcess,
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string; path?: string; problems?: { path: string }[] } }> {
  const res = await request.post(`${host.origin}/api/${channel}`, { data: input, headers: { authorization: `Bearer ${host.token}` } });
  expect(res.status()).toBe(200);
  return res.json();
}

export class EditorPage {
  constructor(readonly page: Page) {}

  async open(host: WebHostProcess, workshopId: string) {
    await this.page.goto(host.url);
    await this.page.goto(`${host.origin}/#/editor/${workshopId}`);
    await expect(this.agendaRows().first()).toBeVisible();
  }

  agenda() {
    return this.page.getByRole('list', { name: 'Agenda' });
  }
  agendaRows() {
    return this.agenda().locator(':scope > li[data-activity-id]');
  }
  /** The focusable part of a row: the keyboard moves it with Alt+↑ / Alt+↓. */
  rowButton(index: number) {
    return this.agendaRows().nth(index).locator('.main');
  }
  async rowTitles(): Promise<string[]> {
    return this.agendaRows()
      .locator('.title')
      .evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim() ?? ''));
  }
  status() {
    return this.page.locator('.workshop-editor [data-save-status]').first();
  }
  total() {
    return this.page.getByTestId('agenda-total');
  }
  activityEditor() {
    return this.page.getByTestId('activity-editor');
  }
  async showLibrary() {
    const tab = this.page.getByRole('button', { name: 'Add from library' });
    if (await tab.isVisible()) await tab.click();
  }
  async openCard(n: number) {
    const summary = this.activityEditor().locator('summary', { hasText: `Card ${n}:` });
    if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
  }
}
