import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { test } from '../support/fixtures';
import type { WebHostProcess } from '../support/web-host';

/**
 * Stop each test's host with SIGTERM before the fixture's SIGKILL: tsx passes SIGTERM on to the
 * host process it started, while a SIGKILL of tsx leaves that process running on its own.
 */
export function stopHostsGracefully(): void {
  test.afterEach(async ({ host }) => host.stop());
}

/** Calls a contract channel of the browser host directly, as the renderer would. */
export async function call<T = unknown>(request: APIRequestContext, host: WebHostProcess, channel: string, input: object): Promise<T> {
  const res = await request.post(`${host.origin}/api/${channel}`, { data: input, headers: { authorization: `Bearer ${host.token}` } });
  const body = await res.json();
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value as T;
}

export async function startSession(
  request: APIRequestContext,
  host: WebHostProcess,
  workshopId = 'essentials',
  group = 'Tuesday parents',
): Promise<string> {
  const session = await call<{ id: string }>(request, host, 'sessions:start', { workshopId, group });
  return session.id;
}

export const appUrl = (host: WebHostProcess, hash: string) => `${host.origin}/?token=${host.token}${hash}`;

/** The presenter console. */
export class LiveConsole {
  constructor(readonly page: Page) {}

  async open(host: WebHostProcess, sessionId: string) {
    await this.page.goto(appUrl(host, `#/console/${sessionId}`));
    await expect(this.currentActivity()).toBeVisible();
  }
  currentActivity() {
    return this.page.getByTestId('current-activity');
  }
  /** The live copy of the projector inside the console. */
  preview() {
    return this.page.getByTestId('preview-now').locator('.stage');
  }
  async expectPosition(activityIndex: number, step: number) {
    await expect(this.preview()).toHaveAttribute('data-position', `${activityIndex}.${step}`);
  }
  /** Clicks "Open projector" and returns the audience window the console opened. */
  async openProjector(): Promise<LiveProjector> {
    const popup = this.page.waitForEvent('popup');
    await this.page.getByRole('button', { name: 'Open projector' }).click();
    const projector = new LiveProjector(await popup);
    await expect(projector.stage()).toBeVisible();
    return projector;
  }
  timerButton() {
    return this.page.getByRole('button', { name: /^(Start|Pause) timer$/ });
  }
  async waitSaved() {
    await expect(this.page.locator('[data-save-status="saved"]').first()).toBeVisible();
  }
}

/** The audience window. */
export class LiveProjector {
  constructor(readonly page: Page) {}

  /** Opens the audience view as the console would: with the projector's own token from 'projector:open'. */
  async open(host: WebHostProcess, sessionId: string) {
    const { projectorToken } = await call<{ projectorToken: string }>(this.page.request, host, 'projector:open', { sessionId });
    await this.page.goto(`${host.origin}/?token=${projectorToken}#/projector/${sessionId}`);
    await expect(this.stage()).toBeVisible();
  }
  stage() {
    return this.page.getByTestId('projector').locator('.stage');
  }
  async expectPosition(activityIndex: number, step: number) {
    await expect(this.stage()).toHaveAttribute('data-position', `${activityIndex}.${step}`);
  }
  timer() {
    return this.page.getByTestId('projector').getByTestId('stage-timer').first();
  }
}
