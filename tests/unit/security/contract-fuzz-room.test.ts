// Contract fuzzing through the room: every phone channel gets at least 500 bad messages over a real
// WebSocket on 127.0.0.1. Each is refused as invalid input (or, past 4 KiB, the socket is closed),
// and the data folder, the session file with it, stays byte-identical.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { phoneChannels, type PhoneChannelName, type RoomStatus } from '../../../src-main/contract/room';
import { generateBadPayloads } from './support/payloads';
import { FUZZ_SEED, seedFor } from './support/prng';
import { prototypePollution, snapshotTree } from './support/app-fixture';
import { PAYLOADS_PER_CHANNEL } from './support/fuzz-driver';
import { openRoomFixture, TestPhone, type RoomFixture } from '../room/support/room-fixture';

let f: RoomFixture;
let status: RoomStatus;
beforeAll(async () => {
  // The per-phone rate is the subject of its own test; here every message must reach validation.
  f = await openRoomFixture({}, { perSecond: 100_000, burst: 100_000 });
  status = await f.rooms.open(f.sessionId);
  await f.showPoll();
  await f.app.ctx.store.flush();
});
afterAll(() => f.close());

const names = Object.keys(phoneChannels) as PhoneChannelName[];

describe('every phone channel refuses bad messages and leaves the data folder untouched', () => {
  it.each(names)('%s', async (name) => {
    const schema = phoneChannels[name].input as z.ZodType;
    const { payloads } = generateBadPayloads(schema, 'http', PAYLOADS_PER_CHANNEL, seedFor(`room-${name}`, FUZZ_SEED), f.app.samples);
    const before = await snapshotTree(f.app.dataDir);
    let phone = await TestPhone.connect(status);
    // A joined phone, so phone:answer reaches its schema as a real phone's would.
    const token = new URL(status.joinUrl!).searchParams.get('t')!;
    const welcome = await phone.call('phone:hello', { token });
    expect(welcome).toMatchObject({ ok: true });
    // Reconnects come back as the same phone, as the page does, so the room never fills up.
    const key = (welcome as { value: { phone: string } }).value.phone;
    const failures: string[] = [];
    let closedForSize = 0;
    for (const [i, p] of payloads.entries()) {
      const text = `{"id":${i + 1},"channel":${JSON.stringify(name)},"input":${p.body}}`;
      if (Buffer.byteLength(text) > 4096) {
        phone.ws.send(text);
        if ((await phone.closed()) !== 1009) failures.push(`${p.category} at ${p.where}: not closed for size`);
        closedForSize++;
        phone = await TestPhone.connect(status);
        await phone.call('phone:hello', { token, phone: key });
        continue;
      }
      const answer = await phone.raw(text);
      const ok = 'reply' in answer && !answer.result.ok && answer.result.error.code === 'invalid-input';
      if (!ok) failures.push(`${p.category} at ${p.where}: ${JSON.stringify(answer).slice(0, 200)}`);
    }
    phone.close();
    await f.app.ctx.store.flush();
    expect(payloads.length).toBeGreaterThanOrEqual(PAYLOADS_PER_CHANNEL);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(closedForSize).toBeLessThan(payloads.length);
    expect(await snapshotTree(f.app.dataDir)).toEqual(before);
    expect(prototypePollution()).toEqual([]);
  });
});

it('the room counts nothing from a fuzzed phone: the poll on screen has no answers', async () => {
  expect((await f.rooms.status(f.sessionId)).answered).toBe(0);
});
