import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src-main/services/store/store';
import { EventHub, type Subscriber } from '../../../src-main/services/event-hub';
import { LiveHub } from '../../../src-main/services/live/live-hub';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { stepCountOf } from '../../../src-main/core/live/steps';
import { fakeClock, sessionOf, workshop } from './fixtures';

let dir: string;
let store: Store;
let essentials: Workshop;
const received: { role: Subscriber['role']; event: string; payload: unknown }[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'secure-base-live-'));
  store = await openStore(dir);
  essentials = await workshop('essentials');
  await store.createSession(sessionOf(essentials));
  received.length = 0;
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function hubWith(clock = fakeClock()) {
  const events = new EventHub();
  for (const role of ['facilitator', 'projector'] as const)
    events.add({ role, send: (event, payload) => received.push({ role, event, payload }) });
  return new LiveHub(store, events, async (id) => (id === essentials.id ? essentials : undefined), { clock: clock.now, checkpointMs: 0 });
}

describe('LiveHub', () => {
  it('pushes the full state to facilitators and only the audience view to projectors', async () => {
    const hub = hubWith();
    await hub.intent('s-test-0001', { type: 'next' });
    expect(received.map((r) => `${r.role}:${r.event}`)).toEqual(['projector:live:audience', 'facilitator:live:changed']);
    const projector = JSON.stringify(received.find((r) => r.role === 'projector')!.payload);
    expect(projector).not.toContain(essentials.activities[0].script.say);
    expect(projector).not.toContain('"spentMs"');
  });

  it('pushes nothing when an intent changes nothing', async () => {
    const hub = hubWith();
    await hub.intent('s-test-0001', { type: 'previous' });
    expect(received).toEqual([]);
  });

  it('applies concurrent intents in order, none lost', async () => {
    const hub = hubWith();
    const first = (await hub.join('s-test-0001')).revision;
    await Promise.all(Array.from({ length: 10 }, () => hub.intent('s-test-0001', { type: 'next' })));
    const state = await hub.join('s-test-0001');
    expect(state.revision).toBe(first + 10);
    const stepsBefore = Array.from({ length: state.activityIndex }, (_, i) => stepCountOf(essentials.activities[i])).reduce(
      (a, b) => a + b,
      0,
    );
    expect(stepsBefore + state.step).toBe(10);
  });

  it('runs the timer on the injected clock and keeps it across a view reload', async () => {
    const clock = fakeClock();
    const hub = hubWith(clock);
    await hub.intent('s-test-0001', { type: 'timer', action: 'start' });
    clock.advance(61_500);
    const again = await hub.join('s-test-0001');
    expect(again.timer).toEqual({
      durationMs: essentials.activities[0].minutes * 60_000,
      remainingMs: essentials.activities[0].minutes * 60_000 - 61_500,
      running: true,
    });
  });

  it('saves results, position and time spent with the session, and resumes after a restart', async () => {
    const clock = fakeClock();
    const hub = hubWith(clock);
    const poll = essentials.activities.find((a) => a.kind === 'poll')!;
    if (poll.kind !== 'poll') throw new Error('fixture');
    await hub.join('s-test-0001');
    clock.advance(4 * 60_000);
    await hub.intent('s-test-0001', { type: 'next-activity' });
    await hub.intent('s-test-0001', { type: 'poll-add', activityId: poll.id, optionId: poll.options[1].id, by: 3 });
    await store.close();

    const reopened = await openStore(dir);
    const saved = (await reopened.getSession('s-test-0001'))!;
    expect(saved.position).toEqual({ activityIndex: 1, step: 0 });
    expect(saved.spentMs[essentials.activities[0].id]).toBe(4 * 60_000);
    expect(saved.results[poll.id]).toEqual({ kind: 'poll', counts: { [poll.options[1].id]: 3 } });

    store = reopened;
    const resumed = await hubWith().join('s-test-0001');
    expect(resumed.activityIndex).toBe(1);
    expect(resumed.results[poll.id]).toEqual(saved.results[poll.id]);
  });

  it('turns an unknown option into invalid input, not a crash', async () => {
    const hub = hubWith();
    await expect(hub.intent('s-test-0001', { type: 'poll-add', activityId: 'nope', optionId: 'x', by: 1 })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('keeps theme and chime in the settings and pushes them', async () => {
    const hub = hubWith();
    const state = await hub.intent('s-test-0001', { type: 'theme', theme: 'light' });
    expect(state.audience.theme).toBe('light');
    expect((await store.getSettings()).theme).toBe('light');
    expect(received.some((r) => r.role === 'projector' && (r.payload as { theme: string }).theme === 'light')).toBe(true);
  });

  it('checkpoints time spent while nothing happens', async () => {
    const clock = fakeClock();
    const hub = hubWith(clock);
    await hub.join('s-test-0001');
    clock.advance(90_000);
    await hub.checkpoint();
    expect((await store.getSession('s-test-0001'))!.spentMs[essentials.activities[0].id]).toBe(90_000);
  });

  it('forgets a session deleted while it was open, instead of failing every checkpoint', async () => {
    const hub = hubWith();
    await hub.join('s-test-0001');
    await store.deleteSession('s-test-0001');
    await expect(hub.checkpoint()).resolves.toBeUndefined();
    await expect(hub.join('s-test-0001')).rejects.toMatchObject({ code: 'not-found' });
  });
});
