// The room sends phone answers to the session in batches, at most one per interval, with a clock and
// timers the test moves by hand: a burst of taps never becomes a push per tap.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Room, type PhoneLink } from '../../../src-main/services/room/room';
import type { LiveIntent } from '../../../src-main/core/live/live-schema';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { workshop } from '../live/fixtures';

let essentials: Workshop;
beforeAll(async () => void (essentials = await workshop('essentials')));
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const TOKEN = 'a'.repeat(32);

function roomWith(batches: LiveIntent[][], sentAt: number[] = []) {
  const room = new Room({
    sessionId: 's-test-0001',
    token: TOKEN,
    code: 'ABCDEF',
    maxPhones: 100,
    record: async (intents) => {
      batches.push(intents);
      sentAt.push(Date.now());
    },
    changed: () => {},
    now: () => Date.now(),
    batchMs: 250,
  });
  const spectrum = essentials.activities.find((a) => a.kind === 'spectrum');
  room.follow({ activity: spectrum, step: 0, screen: 'normal', workshopTitle: essentials.title });
  return room;
}

const phone = (room: Room, i: number): PhoneLink => {
  const link: PhoneLink = { phone: null, address: `10.0.0.${i}`, send: () => {}, close: () => {} };
  room.add(link);
  room.hello(link, { token: TOKEN });
  return link;
};

describe('batches of answers', () => {
  it('forty phones tapping over two seconds reach the session in at most nine batches, every answer counted', async () => {
    const batches: LiveIntent[][] = [];
    const sentAt: number[] = [];
    const room = roomWith(batches, sentAt);
    const links = Array.from({ length: 40 }, (_, i) => phone(room, i));
    const q = room.viewFor(links[0].phone).question!;
    for (const [i, link] of links.entries()) {
      room.answer(link, { questionId: q.id, optionId: String(i % 11) });
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(batches.length).toBeLessThanOrEqual(9);
    for (let i = 1; i < sentAt.length; i++) expect(sentAt[i] - sentAt[i - 1]).toBeGreaterThanOrEqual(250);
    const placed = batches.flat().filter((x) => x.type === 'spectrum-add');
    expect(placed.reduce((n, x) => n + (x.type === 'spectrum-add' ? x.by : 0), 0)).toBe(40);
    expect(
      batches
        .flat()
        .filter((x) => x.type === 'phones-answered')
        .at(-1),
    ).toMatchObject({ count: 40 });
  });

  it('a phone that changes its mind within a batch sends only where it ended', async () => {
    const batches: LiveIntent[][] = [];
    const room = roomWith(batches);
    const [first, second] = [phone(room, 1), phone(room, 2)];
    const q = room.viewFor(first.phone).question!;
    room.answer(first, { questionId: q.id, optionId: '1' });
    await vi.advanceTimersByTimeAsync(0);
    room.answer(second, { questionId: q.id, optionId: '4' });
    room.answer(second, { questionId: q.id, optionId: '7' });
    room.answer(second, { questionId: q.id, optionId: '9' });
    await vi.advanceTimersByTimeAsync(250);
    expect(batches).toHaveLength(2);
    expect(batches[1].map((x) => (x.type === 'spectrum-add' ? [x.position, x.by] : x.type))).toEqual([[9, 1], 'phones-answered']);
  });
});
