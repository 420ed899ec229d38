import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Request as PageRequest } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import type { WebHostProcess } from '../support/web-host';
import { call, LiveConsole, startSession, stopHostsGracefully } from './live-pages';
import type { Activity } from '../../../src-main/core/workshop/activity-schema';
import { stepCountOf } from '../../../src-main/core/live/steps';

stopHostsGracefully();

/** A raw server-sent event stream opened with the projector's token, to see exactly what is pushed. */
function listenAsProjector(host: WebHostProcess, token: string): { text: () => string; close: () => void } {
  let text = '';
  let res: IncomingMessage | null = null;
  const req = httpRequest(`${host.origin}/api/events?token=${token}`, (r) => {
    res = r;
    r.setEncoding('utf8');
    r.on('data', (d: string) => (text += d));
  });
  req.end();
  return { text: () => text, close: () => (res?.destroy(), req.destroy()) };
}

test('the projector never receives the script, the notes or the answer key', async ({ host, page, request }) => {
  test.setTimeout(120_000);
  const sessionId = await startSession(request, host);
  const { workshop } = await call<{ workshop: { activities: Activity[] } }>(request, host, 'workshops:get', { id: 'essentials' });
  const secrets = workshop.activities.flatMap((a) => [
    a.goal,
    a.script.say,
    ...a.script.steps.map((s) => s.text),
    ...a.script.debrief,
    ...a.materials,
    ...(a.facilitatorNote ? [a.facilitatorNote] : []),
    ...(a.shortOfTime ? [a.shortOfTime] : []),
    ...(a.kind === 'card-sort' ? a.cards.flatMap((c) => (c.explanation ? [c.explanation] : [])) : []),
  ]);
  const notes = ['Private: Sam cried during the welcome', 'Session note: follow up with Ana', '“I never ask for help”'];
  secrets.push(...notes);

  const { projectorToken } = await call<{ projectorToken: string }>(request, host, 'projector:open', { sessionId });
  const stream = listenAsProjector(host, projectorToken);
  const consolePage = new LiveConsole(page);
  await consolePage.open(host, sessionId);
  await page.getByLabel('Notes on this activity').fill(notes[0]);
  await page.getByLabel('Session notes').fill(notes[1]);
  await page.getByRole('radio', { name: 'Quote' }).check();
  await page.getByLabel('Capture text').fill('I never ask for help');
  await page.getByRole('button', { name: 'Capture' }).click();
  await expect(page.getByRole('list', { name: 'Captures' })).toContainText(notes[2]);
  await expect(page.locator('[data-save-status="saved"]')).toHaveCount(2);

  const projector = await consolePage.openProjector();
  // Let the first load finish, so no reply of the old page is still in flight when it reloads.
  await expect(projector.stage()).toBeVisible();
  const channels: string[] = [];
  const bodies: Promise<string>[] = [];
  // Only what the reloaded page asks for: a reply the old page was still waiting for has no body to read.
  const afterReload = new Set<PageRequest>();
  let reloading = false;
  projector.page.on('request', (r) => void (reloading && afterReload.add(r)));
  projector.page.on('response', (r) => {
    const m = /\/api\/([^?]+)/.exec(r.url());
    if (m && m[1] !== 'events' && afterReload.has(r.request())) {
      channels.push(decodeURIComponent(m[1]));
      bodies.push(r.text());
    }
  });
  // Most calls and every event travel on the window's WebSocket: read both directions.
  projector.page.on('websocket', (ws) => {
    ws.on('framesent', (f) => channels.push((JSON.parse(String(f.payload)) as { channel: string }).channel));
    ws.on('framereceived', (f) => bodies.push(Promise.resolve(String(f.payload))));
  });
  reloading = true;
  await projector.page.reload();
  await expect(projector.stage()).toBeVisible();

  // Walk every step of every activity from the projector window, checking what the room sees at each.
  const positions = workshop.activities.flatMap((a, i) => Array.from({ length: stepCountOf(a) }, (_, step) => `${i}.${step}`));
  expect(positions.length).toBeGreaterThan(workshop.activities.length);
  for (const [k, where] of positions.entries()) {
    if (k > 0) await projector.page.keyboard.press('PageDown');
    await expect(projector.stage()).toHaveAttribute('data-position', where);
    const text = await projector.page.locator('body').textContent();
    for (const s of secrets) expect(text, `projector at ${where}`).not.toContain(s);
  }

  const html = await projector.page.content();
  for (const s of secrets) expect(html).not.toContain(s);
  // room:questions-view carries approved texts from phones only (tests/e2e/room/questions.spec.ts).
  expect(new Set(channels)).toEqual(
    new Set(['app:reference', 'language:get', 'projector:join', 'projector:intent', 'room:join-view', 'room:questions-view']),
  );
  for (const body of await Promise.all(bodies)) for (const s of secrets) expect(body).not.toContain(s);

  const pushed = stream.text();
  stream.close();
  expect(pushed).toContain('event: live:audience');
  expect(pushed).not.toContain('event: live:changed');
  for (const s of secrets) expect(pushed).not.toContain(JSON.stringify(s).slice(1, -1));
});
