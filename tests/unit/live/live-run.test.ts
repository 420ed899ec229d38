import { beforeAll, describe, expect, it } from 'vitest';
import { applyIntent, openRun, spentAt, type LiveRun, type RunIntent } from '../../../src-main/core/live/live-run';
import { IntentRejected } from '../../../src-main/core/live/intent-rejected';
import { stepCountOf } from '../../../src-main/core/live/steps';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { sessionOf, workshop } from './fixtures';

let essentials: Workshop;
beforeAll(async () => void (essentials = await workshop('essentials')));

const run = (at = 0) => openRun(sessionOf(essentials), essentials.activities, at);
const apply = (r: LiveRun, ...intents: RunIntent[]) => intents.reduce((x, i) => applyIntent(x, i, 0), r);
const indexOf = (kind: string) => essentials.activities.findIndex((a) => a.kind === kind);

describe('live session state machine', () => {
  it('steps through an activity before moving to the next one', () => {
    const first = essentials.activities[0];
    const steps = stepCountOf(first);
    expect(steps).toBeGreaterThan(1);
    let r = run();
    for (let i = 1; i < steps; i++) {
      r = apply(r, { type: 'next' });
      expect([r.activityIndex, r.step]).toEqual([0, i]);
    }
    r = apply(r, { type: 'next' });
    expect([r.activityIndex, r.step]).toEqual([1, 0]);
  });

  it('going back into an activity lands on its last step', () => {
    const r = apply(run(), { type: 'next-activity' }, { type: 'previous' });
    expect([r.activityIndex, r.step]).toEqual([0, stepCountOf(essentials.activities[0]) - 1]);
  });

  it('stops at both ends and returns the same run, so nothing is pushed', () => {
    const start = run();
    expect(applyIntent(start, { type: 'previous' }, 0)).toBe(start);
    const end = apply(start, { type: 'goto', activityIndex: 999, step: 999 });
    expect(end.activityIndex).toBe(essentials.activities.length - 1);
    expect(applyIntent(end, { type: 'next' }, 0)).toBe(end);
  });

  it('counts revisions so views can drop stale pushes', () => {
    const r = apply(run(), { type: 'next' }, { type: 'screen', mode: 'black' });
    expect(r.revision).toBe(3);
  });

  it('toggles screen modes and leaves them with normal', () => {
    let r = apply(run(), { type: 'screen', mode: 'black', toggle: true });
    expect(r.screen).toBe('black');
    r = apply(r, { type: 'screen', mode: 'black', toggle: true });
    expect(r.screen).toBe('normal');
    r = apply(r, { type: 'screen', mode: 'calm' }, { type: 'screen', mode: 'white' });
    expect(r.screen).toBe('white');
  });

  it('keeps one timer per activity across switching', () => {
    let r = run();
    r = applyIntent(r, { type: 'timer', action: 'start' }, 0);
    r = applyIntent(r, { type: 'next-activity' }, 60_000);
    r = applyIntent(r, { type: 'timer', action: 'remove-minute' }, 60_000);
    r = applyIntent(r, { type: 'previous-activity' }, 120_000);
    const first = r.timers[essentials.activities[0].id];
    const second = r.timers[essentials.activities[1].id];
    expect(first.startedAt).toBe(0);
    expect(second.remainingMs).toBe((essentials.activities[1].minutes - 1) * 60_000);
  });

  it('books the time spent on each activity', () => {
    let r = run(0);
    r = applyIntent(r, { type: 'next-activity' }, 5 * 60_000);
    r = applyIntent(r, { type: 'next-activity' }, 8 * 60_000);
    const spent = spentAt(r, 10 * 60_000);
    expect(spent[essentials.activities[0].id]).toBe(5 * 60_000);
    expect(spent[essentials.activities[1].id]).toBe(3 * 60_000);
    expect(spent[essentials.activities[2].id]).toBe(2 * 60_000);
  });

  it('does not book a forgotten overnight console to the last activity', () => {
    const r = run(0);
    const minutes = essentials.activities[0].minutes;
    expect(spentAt(r, 12 * 3600_000)[essentials.activities[0].id]).toBe((3 * minutes + 30) * 60_000);
  });

  it('stops counting when finished', () => {
    const r = applyIntent(run(0), { type: 'finish' }, 60_000, () => '2025-01-01T10:00:00.000Z');
    expect(r.endedAt).toBe('2025-01-01T10:00:00.000Z');
    expect(spentAt(r, 10 * 60_000)[essentials.activities[0].id]).toBe(60_000);
  });

  it('records poll counts, spectrum placements and the card sort', () => {
    const poll = essentials.activities[indexOf('poll')];
    const spectrum = essentials.activities[indexOf('spectrum')];
    const sort = essentials.activities[indexOf('card-sort')];
    if (poll.kind !== 'poll' || spectrum.kind !== 'spectrum' || sort.kind !== 'card-sort') throw new Error('fixture');
    const r = apply(
      run(),
      { type: 'poll-add', activityId: poll.id, optionId: poll.options[0].id, by: 1 },
      { type: 'poll-add', activityId: poll.id, optionId: poll.options[0].id, by: 1 },
      { type: 'poll-add', activityId: poll.id, optionId: poll.options[1].id, by: -1 },
      { type: 'poll-set', activityId: poll.id, optionId: poll.options[2].id, count: 7 },
      { type: 'spectrum-add', activityId: spectrum.id, statementId: spectrum.statements[0].id, position: 10, by: 3 },
      { type: 'sort-place', activityId: sort.id, cardId: sort.cards[0].id, categoryId: sort.categories[1].id },
      { type: 'sort-place', activityId: sort.id, cardId: sort.cards[1].id, categoryId: sort.categories[0].id },
      { type: 'sort-place', activityId: sort.id, cardId: sort.cards[1].id, categoryId: null },
    );
    expect(r.results[poll.id]).toEqual({
      kind: 'poll',
      counts: { [poll.options[0].id]: 2, [poll.options[1].id]: 0, [poll.options[2].id]: 7 },
    });
    const placements = r.results[spectrum.id];
    expect(placements.kind === 'spectrum' && placements.placements[spectrum.statements[0].id]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    expect(r.results[sort.id]).toEqual({ kind: 'card-sort', placement: { [sort.cards[0].id]: sort.categories[1].id } });
  });

  it('rejects results for things the activity does not have', () => {
    const poll = essentials.activities[indexOf('poll')];
    expect(() => apply(run(), { type: 'poll-add', activityId: poll.id, optionId: 'nope', by: 1 })).toThrow(IntentRejected);
    expect(() => apply(run(), { type: 'poll-add', activityId: essentials.activities[0].id, optionId: 'x', by: 1 })).toThrow(IntentRejected);
    expect(() => apply(run(), { type: 'sort-place', activityId: 'missing', cardId: 'x', categoryId: null })).toThrow(IntentRejected);
  });

  it('resumes where the session stopped, with the saved timer paused', () => {
    const session = sessionOf(essentials);
    session.position = { activityIndex: 3, step: 0 };
    session.timer = { durationMs: 720_000, remainingMs: 300_000, running: true };
    const r = openRun(session, essentials.activities, 0);
    expect(r.activityIndex).toBe(3);
    expect(r.timers[essentials.activities[3].id]).toEqual({ durationMs: 720_000, remainingMs: 300_000, startedAt: null });
  });
});
