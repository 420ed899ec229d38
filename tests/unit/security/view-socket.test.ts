// The browser host's window socket: the token decides the role, our Host and Origin only, and each
// call is dispatched like a POST (validated, role-checked) while events come back on the same socket.
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openWebFixture, PROJECTOR_TOKEN, TOKEN, type WebFixture } from './support/web-fixture';

let web: WebFixture;
beforeAll(async () => {
  web = await openWebFixture();
});
afterAll(() => web.close());

const open = (token: string, headers: Record<string, string> = {}, path = '/api/socket') =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${web.host.port}${path}?token=${encodeURIComponent(token)}`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    ws.once('error', reject);
  });

const call = (ws: WebSocket, id: number, channel: unknown, input: unknown) =>
  new Promise<{ reply: number; result: { ok: boolean; error?: { code: string } } }>((resolve) => {
    const on = (d: WebSocket.RawData) => {
      const m = JSON.parse(String(d));
      if (m.reply === id) {
        ws.off('message', on);
        resolve(m);
      }
    };
    ws.on('message', on);
    ws.send(JSON.stringify({ id, channel, input }));
  });

it('refuses a wrong token, another Origin or Host, and any other path', async () => {
  await expect(open('nope')).rejects.toThrow(/401/);
  await expect(open(TOKEN, { origin: 'http://evil.example' })).rejects.toThrow(/403/);
  await expect(open(TOKEN, { host: 'evil.example' })).rejects.toThrow(/403/);
  await expect(open(TOKEN, {}, '/api/other')).rejects.toThrow(/404/);
});

it('the console’s socket answers its calls; the projector’s refuses the console’s channels', async () => {
  const console = await open(TOKEN, { origin: `http://127.0.0.1:${web.host.port}` });
  expect((await call(console, 1, 'app:info', {})).result).toMatchObject({ ok: true });
  expect((await call(console, 2, 'app:info', { extra: 1 })).result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect((await call(console, 3, 42, {})).result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  const projector = await open(PROJECTOR_TOKEN);
  expect((await call(projector, 1, 'sessions:list', {})).result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect((await call(projector, 2, 'projector:join', { sessionId: web.app.samples[0] })).result).toMatchObject({ ok: true });
  console.close();
  projector.close();
});

it('pushes live events shaped for the token’s role', async () => {
  const projector = await open(PROJECTOR_TOKEN);
  const events: string[] = [];
  projector.on('message', (d) => {
    const m = JSON.parse(String(d));
    if (m.event) events.push(m.event);
  });
  await web.app.ctx.live.intent(web.app.samples[0], { type: 'next' });
  await expect.poll(() => events).toContain('live:audience');
  expect(events).not.toContain('live:changed');
  projector.close();
});
