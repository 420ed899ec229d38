import { expect, type Page } from '@playwright/test';

export class LibraryPage {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Workshop library' })).toBeVisible();
  }

  card(title: string | RegExp) {
    return this.page.getByRole('link', { name: title });
  }
}

export class WorkshopPage {
  constructor(readonly page: Page) {}

  agendaItems() {
    return this.page.getByRole('list', { name: 'Agenda' }).getByRole('listitem');
  }

  async startSession(group = '') {
    if (group) await this.page.getByLabel('Group').fill(group);
    await this.page.getByRole('button', { name: 'Start session' }).click();
    await expect(this.page).toHaveURL(/#\/console\//);
  }
}

export class ConsolePage {
  constructor(readonly page: Page) {}

  currentActivity() {
    return this.page.getByTestId('current-activity');
  }
  next() {
    return this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  previous() {
    return this.page.getByRole('button', { name: 'Previous', exact: true }).click();
  }
  notes() {
    return this.page.getByLabel('Session notes');
  }
  async waitSaved() {
    await expect(this.page.locator('[data-save-status="saved"]').first()).toBeVisible();
  }
}
