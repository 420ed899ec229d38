// The room over real sockets on 127.0.0.1: opened on purpose, closed for good, and hostile phones.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningAddresses } from '../security/support/socket-table';
import { openRoomFixture, pollOf, TestPhone, type RoomFixture } from './support/room-fixture';
import type { PhoneWelcome, RoomStatus } from '../../../src-main/contract/room';
import { snapshotTree } from '../security/support/app-fixture';

let f: RoomFixture;
beforeAll(async () => {
  f = await openRoomFixture();
});
afterAll(() => f.close());

const get = (status: RoomStatus, path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const url = new URL(status.address!);
    const req = request({ host: '127.0.0.1', port: Number(url.port), path, method, headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });

const portOf = (s: RoomStatus) => Number(new URL(s.address!).port);

describe('a room is opened on purpose', () => {
  it('nothing listens while no room is open, and the server stops when it closes', async () => {
    expect(f.rooms.server).toBeNull();
    const closed = await f.rooms.status(f.sessionId);
    expect(closed).toMatchObject({ open: false, joinUrl: null, code: null });
    const opened = await f.rooms.open(f.sessionId);
    const port = portOf(opened);
    expect(f.rooms.server?.server.address()).toMatchObject({ address: '127.0.0.1', port });
    expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
    expect(opened.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(opened.joinUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/\\?t=[A-Za-z0-9_-]{32}$`));
    await f.rooms.close(f.sessionId);
    expect(f.rooms.server).toBeNull();
    expect(listeningAddresses(port)).toEqual([]);
  });

  it('closes when the session is finished, telling the phones', async () => {
    const g = await openRoomFixture();
    try {
      const opened = await g.rooms.open(g.sessionId);
      const phone = await TestPhone.connect(opened);
      await g.app.ctx.live.intent(g.sessionId, { type: 'finish' });
      await phone.closed();
      expect(phone.received.at(-1)).toMatchObject({ event: 'closed', message: expect.stringMatching(/closed the room/) });
      await g.rooms.status(g.sessionId);
      expect(g.rooms.server).toBeNull();
      expect(listeningAddresses(portOf(opened))).toEqual([]);
    } finally {
      await g.close();
    }
  });
});

describe('an open room', () => {
  let status: RoomStatus;
  beforeAll(async () => {
    status = await f.rooms.open(f.sessionId);
    await f.showPoll();
  });

  it('serves the phone page and its files, and 404 for the facilitator’s API, app and anything else', async () => {
    const host = { host: new URL(status.address!).host };
    expect((await get(status, '/', host)).status).toBe(200);
    expect((await get(status, '/assets/phone-x.js', host)).status).toBe(200);
    expect((await get(status, '/assets/shared-y.js', host)).status).toBe(200);
    for (const path of [
      '/api/app:info',
      '/api/sessions:list',
      '/api/events',
      '/exports/x.pdf',
      '/index.html',
      '/assets/index-z.js',
      '/phone.html',
      '/../index.html',
      '/ws',
    ])
      expect((await get(status, path, host)).status, path).toBe(404);
    expect((await get(status, '/', host, 'POST')).status).toBe(404);
  });

  it('refuses another Host (DNS rebinding) and another Origin', async () => {
    expect((await get(status, '/', { host: 'evil.example' })).status).toBe(421);
    await expect(TestPhone.connect(status, { origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(TestPhone.connect(status, { host: `localhost:${portOf(status)}` })).rejects.toThrow(/403/);
  });

  it('phones join, vote, change their vote; a rejoining phone is counted once; votes become the session’s results', async () => {
    const phones = await Promise.all([0, 1, 2].map(() => TestPhone.connect(status)));
    const token = new URL(status.joinUrl!).searchParams.get('t')!;
    const welcomes = [];
    for (const p of phones) welcomes.push((await p.call('phone:hello', { token })) as { ok: true; value: PhoneWelcome });
    const q = pollOf(welcomes[0].value.view.question);
    expect(q.kind).toBe('poll');
    const [a, b] = q.options.map((o) => o.id);
    await phones[0].call('phone:answer', { questionId: q.id, optionId: a });
    await phones[1].call('phone:answer', { questionId: q.id, optionId: a });
    await phones[2].call('phone:answer', { questionId: q.id, optionId: a });
    const changed = await phones[2].call('phone:answer', { questionId: q.id, optionId: b });
    expect(changed).toMatchObject({ ok: true, value: { question: { mine: b } } });
    // Phone 0 reloads: a new socket with the key it was given.
    phones[0].close();
    const again = await TestPhone.connect(status);
    const back = (await again.call('phone:hello', { token, phone: welcomes[0].value.phone })) as { ok: true; value: PhoneWelcome };
    expect(back.value.view.question?.mine).toBe(a);
    await again.call('phone:answer', { questionId: q.id, optionId: a });
    await f.rooms.flush(f.sessionId);
    const live = await f.app.ctx.live.join(f.sessionId);
    expect(live.results[q.id]).toEqual({ kind: 'poll', counts: { [a]: 2, [b]: 1 }, answered: 3 });
    const now = await f.rooms.status(f.sessionId);
    expect(now).toMatchObject({ connected: 3, answered: 3, question: { id: q.id, closed: false } });
    // Closed: answers no longer change.
    await f.rooms.closeQuestion(f.sessionId, true);
    expect(await phones[1].call('phone:answer', { questionId: q.id, optionId: b })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await f.rooms.closeQuestion(f.sessionId, false);
    // Locked: those present stay, a new phone is refused with a message.
    await f.rooms.lock(f.sessionId, true);
    const late = await TestPhone.connect(status);
    expect(await late.call('phone:hello', { token })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/closed to new phones/) },
    });
    expect(await phones[1].call('phone:hello', { token, phone: welcomes[1].value.phone })).toMatchObject({ ok: true });
    await f.rooms.lock(f.sessionId, false);
    for (const p of [...phones, again, late]) p.close();
  });

  it('a phone cannot reach the facilitator’s channels, and bad messages are refused as data', async () => {
    const phone = await TestPhone.connect(status);
    expect(await phone.call('live:intent', { sessionId: f.sessionId, intent: { type: 'finish' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await phone.call('sessions:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await phone.call('phone:answer', { questionId: 'x', optionId: 'y' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await phone.raw('not json')).toMatchObject({ reply: -1, result: { ok: false, error: { code: 'invalid-input' } } });
    expect(await phone.raw(JSON.stringify({ channel: 'phone:ping' }))).toMatchObject({ result: { ok: false } });
    phone.close();
  });

  it('a message over 4 KiB closes the socket', async () => {
    const phone = await TestPhone.connect(status);
    phone.ws.send('x'.repeat(4097));
    expect(await phone.closed()).toBe(1009);
  });

  it('code guessing from one address is locked out, and the right code then waits too', async () => {
    const phone = await TestPhone.connect(status);
    for (let i = 0; i < 5; i++)
      expect(await phone.call('phone:hello', { code: `WRONG${i}` })).toMatchObject({ ok: false, error: { message: /not this room/ } });
    expect(await phone.call('phone:hello', { code: status.code! })).toMatchObject({
      ok: false,
      error: { message: /Too many wrong codes/ },
    });
    phone.close();
  });
});

describe('limits', () => {
  it('a phone past its rate is refused, and counted once', async () => {
    const g = await openRoomFixture();
    try {
      const status = await g.rooms.open(g.sessionId);
      await g.showPoll();
      const phone = await TestPhone.connect(status);
      const hello = (await phone.call('phone:hello', { token: new URL(status.joinUrl!).searchParams.get('t')! })) as {
        ok: true;
        value: PhoneWelcome;
      };
      const q = pollOf(hello.value.view.question);
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => phone.call('phone:answer', { questionId: q.id, optionId: q.options[0].id })),
      );
      expect(answers.filter((a) => !a.ok && a.error.message.includes('slow down')).length).toBeGreaterThan(30);
      await g.rooms.flush(g.sessionId);
      expect((await g.app.ctx.live.join(g.sessionId)).results[q.id]).toEqual({
        kind: 'poll',
        counts: { [q.options[0].id]: 1 },
        answered: 1,
      });
      phone.close();
    } finally {
      await g.close();
    }
  });

  it('the phones cap comes from the settings', async () => {
    const g = await openRoomFixture();
    try {
      await g.app.ctx.store.updateSettings({ roomMaxPhones: 2 });
      const status = await g.rooms.open(g.sessionId);
      const token = new URL(status.joinUrl!).searchParams.get('t')!;
      const phones = await Promise.all([0, 1, 2].map(() => TestPhone.connect(status)));
      const results = [];
      for (const p of phones) results.push(await p.call('phone:hello', { token }));
      expect(results.map((r) => r.ok)).toEqual([true, true, false]);
      expect(results[2]).toMatchObject({ error: { message: /full \(2 phones\)/ } });
      for (const p of phones) p.close();
    } finally {
      await g.close();
    }
  });

  it('nothing about a phone is written to disk: only the counts change in the session file', async () => {
    const g = await openRoomFixture();
    try {
      const status = await g.rooms.open(g.sessionId);
      await g.showPoll();
      await g.app.ctx.store.flush();
      const phone = await TestPhone.connect(status, { 'user-agent': 'UNIQUE-PHONE-AGENT' });
      const hello = (await phone.call('phone:hello', { token: new URL(status.joinUrl!).searchParams.get('t')! })) as {
        ok: true;
        value: PhoneWelcome;
      };
      const q = pollOf(hello.value.view.question);
      await phone.call('phone:answer', { questionId: q.id, optionId: q.options[1].id });
      await g.rooms.flush(g.sessionId);
      await g.app.ctx.store.flush();
      const { readFile } = await import('node:fs/promises');
      const files = await snapshotTree(g.app.dataDir);
      const { join } = await import('node:path');
      for (const name of Object.keys(files).filter((k) => !k.endsWith('/'))) {
        const text = await readFile(join(g.app.dataDir, name), 'utf8');
        expect(text, name).not.toContain(hello.value.phone);
        expect(text, name).not.toContain('UNIQUE-PHONE-AGENT');
      }
      phone.close();
    } finally {
      await g.close();
    }
  });
});
