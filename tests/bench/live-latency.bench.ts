// Console-to-audience update latency in the browser host: a key pressed in the console, until the
// projector window's DOM shows the new step.
//
// Method. The console opens the projector the way the product does (window.open from "Open
// projector"). A same-origin window it opened is scriptable from the console and, in Chromium,
// runs in the same renderer process and event loop. So one page's clock times both ends: the
// console records performance.now() as it dispatches the key, and a MutationObserver on the
// projector's document, created in the console, records performance.now() when the projector's
// stage shows the new revision. No cross-process clock is compared. The path measured is the real
// one: key handler -> live:intent on the window's WebSocket -> hub -> event on the projector's WebSocket -> DOM.
// A second figure adds the projector's next animation frame (the frame that paints it). As a
// side-by-side baseline, the same key's update of the console's own live copy is timed too.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { WebHostProcess } from '../e2e/support/web-host';
import { stepCountOf } from '../../src-main/core/live/steps';
import type { Workshop } from '../../src-main/core/workshop/workshop-schema';
import { summarise, type Bench } from './measure';
// @ts-expect-error plain JS build helper shared with `npm start`
import { ensureBuild } from '../../src-main/launch/ensure-build.mjs';

const STEPS = 200;
/** The in-page timing loop, kept as plain browser JavaScript (this project's Node config has no DOM types). */
const PAGE_SCRIPT = readFileSync(new URL('./live-latency.page.js', import.meta.url), 'utf8');
const pressAndTime = (keys: string[]) => `(${PAGE_SCRIPT.trim().replace(/;$/, '')})(${JSON.stringify(keys)})`;

interface Timings {
  projector: number[];
  frame: number[];
  console: number[];
}
const WARMUP = 20;

async function api<T>(host: WebHostProcess, channel: string, input: object): Promise<T> {
  const res = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.value;
}

export const run: Bench = async (report) => {
  ensureBuild();
  const host = new WebHostProcess();
  await host.start();
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const sessionId = (await api<{ id: string }>(host, 'sessions:start', { workshopId: 'essentials' })).id;
    const { workshop } = await api<{ workshop: Workshop }>(host, 'workshops:get', { id: 'essentials' });
    const positions = workshop.activities.reduce((n, a) => n + stepCountOf(a), 0);
    // Forward to the last step, back to the first, and again: every press is a real change.
    const keys: string[] = [];
    for (let i = 0; keys.length < WARMUP + STEPS; i++) keys.push(Math.floor(i / (positions - 1)) % 2 === 0 ? 'PageDown' : 'PageUp');

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${host.origin}/?token=${host.token}#/console/${sessionId}`);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open projector' }).click();
    const projector = await popup;
    await projector.locator('[data-testid="projector"] .stage').waitFor();
    await page.evaluate('document.activeElement?.blur()');

    await page.evaluate(pressAndTime(keys.slice(0, WARMUP)));
    const t = (await page.evaluate(pressAndTime(keys.slice(WARMUP)))) as Timings;
    const consoleCopy = summarise('console key -> console live copy', 'ms', t.console);
    report({
      ...summarise('live: console key -> projector DOM (browser host)', 'ms', t.projector),
      baseline: { name: consoleCopy.name, median: consoleCopy.median, p95: consoleCopy.p95, runs: consoleCopy.runs },
      target: 'p95 <= 16',
    });
    report({ ...summarise('live: console key -> projector next frame (browser host)', 'ms', t.frame), target: 'p95 <= 24' });
  } finally {
    await browser.close();
    // SIGTERM first: tsx passes it on to the host it runs; dispose()'s SIGKILL would leave that host running.
    await host.stop();
    await host.dispose();
  }
};
