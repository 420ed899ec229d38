import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { WebHostProcess } from '../support/web-host';

/** The Sessions view (#/sessions), in the facilitator's terms. */
export class SessionsPage {
  constructor(readonly page: Page) {}

  async open(host: WebHostProcess, sessionId?: string) {
    await this.page.goto(`${host.url}#/sessions${sessionId ? `/${sessionId}` : ''}`);
    await expect(this.page.getByRole('heading', { name: 'Sessions', level: 1 })).toBeVisible();
  }

  rows() {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }
  row(group: string) {
    return this.rows().filter({ hasText: group });
  }
  async search(query: string) {
    await this.page.getByLabel('Search all notes').fill(query);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }
  results() {
    return this.page.getByRole('list', { name: 'Search results' });
  }
  record() {
    return this.page.getByTestId('session-record');
  }
}

/** Sets up data through the host's API, as the console would have. */
export class HostApi {
  constructor(
    readonly request: APIRequestContext,
    readonly host: WebHostProcess,
  ) {}

  async call<T>(channel: string, input: unknown): Promise<T> {
    const res = await this.request.post(`${this.host.origin}/api/${channel}`, {
      data: input,
      headers: { authorization: `Bearer ${this.host.token}` },
    });
    const body = await res.json();
    if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
    return body.value as T;
  }

  async sessionWithNotes(group: string, notes: string, activityNote?: string) {
    const s = await this.call<{ id: string; agenda: { activityId: string }[] }>('sessions:start', { workshopId: 'essentials', group });
    await this.call('notes:save', { sessionId: s.id, text: notes });
    if (activityNote) await this.call('notes:save', { sessionId: s.id, activityId: s.agenda[0].activityId, text: activityNote });
    return s;
  }
}
