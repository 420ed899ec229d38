import { test as base } from '@playwright/test';
import { WebHostProcess } from './web-host';

/** Every test gets its own browser host on its own fresh data folder. */
export const test = base.extend<{ host: WebHostProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here
  host: async ({}, use) => {
    const host = new WebHostProcess();
    await host.start();
    await use(host);
    await host.dispose();
  },
});

export { expect } from '@playwright/test';
