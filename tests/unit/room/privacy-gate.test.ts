// The room's privacy guards as pure functions: the minimum group size k, "hide until I reveal",
// and batching with a clock the test moves by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { clampMinGroup, gateLine, gateOf } from '../../../src-main/core/room/gate';
import { BatchClock, PendingBatch, BATCH_INTERVAL_MS } from '../../../src-main/core/room/batch';
import { applyIntent, openRun, type LiveRun, type RunIntent } from '../../../src-main/core/live/live-run';
import { audienceViewOf } from '../../../src-main/core/live/audience-view';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { sessionOf, workshop } from '../live/fixtures';

describe('the minimum group size k', () => {
  it('holds a result back until k phones answered, then shows it', () => {
    const at = (phones: number) => gateOf({ phones, total: phones, k: 5, held: false, revealed: false });
    expect(at(1)).toEqual({ open: false, answered: 1, waitingFor: 'group', k: 5 });
    expect(at(4)).toEqual({ open: false, answered: 4, waitingFor: 'group', k: 5 });
    expect(at(5)).toEqual({ open: true });
    expect(at(40)).toEqual({ open: true });
  });

  it('counts phones only: a result no phone answered (counted by hand) is not held by k', () => {
    expect(gateOf({ phones: undefined, total: 2, k: 5, held: false, revealed: false })).toEqual({ open: true });
    // Hands added to three phones' answers do not make the three phones a group of k.
    expect(gateOf({ phones: 3, total: 9, k: 5, held: false, revealed: false })).toMatchObject({ open: false, answered: 3 });
  });

  it('says how many answered and never how many did not', () => {
    const line = gateLine({ open: false, answered: 3, waitingFor: 'group', k: 5 });
    expect(line).toBe('3 answered, results at 5');
    expect(line).not.toMatch(/ of /);
    expect(gateLine({ open: false, answered: 7, waitingFor: 'reveal', k: 5 })).toBe(
      '7 answered. Results when the facilitator reveals them.',
    );
  });

  it('k is 3 to 10, 5 when never set', () => {
    expect([clampMinGroup(undefined), clampMinGroup(1), clampMinGroup(7), clampMinGroup(50)]).toEqual([5, 3, 7, 10]);
  });
});

describe('hide until I reveal', () => {
  it('holds even a result past k until revealed, and a reveal never overrides k', () => {
    expect(gateOf({ phones: 12, total: 12, k: 5, held: true, revealed: false })).toMatchObject({ open: false, waitingFor: 'reveal' });
    expect(gateOf({ phones: 12, total: 12, k: 5, held: true, revealed: true })).toEqual({ open: true });
    expect(gateOf({ phones: 2, total: 2, k: 5, held: true, revealed: true })).toMatchObject({ open: false, waitingFor: 'group' });
  });
});

describe('batches', () => {
  it('the first change goes at once, later ones wait for the interval', () => {
    const clock = new BatchClock(250);
    expect(clock.waitMs(1000)).toBe(0);
    clock.sent(1000);
    expect(clock.waitMs(1010)).toBe(240);
    expect(clock.waitMs(1250)).toBe(0);
    expect(clock.waitMs(5000)).toBe(0);
  });

  it('a steady stream of taps reaches the projector at most four times a second', () => {
    const clock = new BatchClock(BATCH_INTERVAL_MS);
    const pending = new PendingBatch<{ key: string; by: number }, { key: string }>();
    const sentAt: number[] = [];
    let due: number | null = null;
    // One tap every 7 ms for 2 seconds; a batch goes out when its time comes, as the room's timer does.
    for (let now = 0; now <= 2000; now++) {
      if (now % 7 === 0) {
        pending.move({ key: 'a', by: 1 });
        due ??= now + clock.waitMs(now);
      }
      if (due !== null && now >= due) {
        pending.take();
        clock.sent(now);
        sentAt.push(now);
        due = null;
      }
    }
    expect(sentAt.length).toBeLessThanOrEqual(9);
    for (let i = 1; i < sentAt.length; i++) expect(sentAt[i] - sentAt[i - 1]).toBeGreaterThanOrEqual(BATCH_INTERVAL_MS);
  });

  it('moves of one count add up, moves that cancel out are left out, and only the latest "answered" goes', () => {
    const pending = new PendingBatch<{ key: string; by: number }, { key: string; count: number }>();
    pending.move({ key: 'a', by: 1 });
    pending.move({ key: 'b', by: 1 });
    pending.move({ key: 'a', by: 1 });
    pending.move({ key: 'b', by: -1 });
    pending.set({ key: 'n', count: 1 });
    pending.set({ key: 'n', count: 2 });
    expect(pending.take()).toEqual({ moves: [{ key: 'a', by: 2 }], values: [{ key: 'n', count: 2 }] });
    expect(pending.empty).toBe(true);
  });
});

describe('what the projector receives', () => {
  let essentials: Workshop;
  beforeAll(async () => void (essentials = await workshop('essentials')));
  const at = (kind: string) => {
    const index = essentials.activities.findIndex((a) => a.kind === kind);
    return { index, activity: essentials.activities[index] };
  };
  const apply = (r: LiveRun, ...intents: RunIntent[]) => intents.reduce((x, i) => applyIntent(x, i, 0), r);
  const slideOf = (r: LiveRun, k = 5) => audienceViewOf(r, 0, 'dark', k).slide;

  it('a spectrum statement shows "N answered" and no counts below k, the distribution at k', () => {
    const { index, activity } = at('spectrum');
    if (activity.kind !== 'spectrum') throw new Error('no spectrum');
    const statementId = activity.statements[0].id;
    let r = apply(openRun(sessionOf(essentials), essentials.activities, 0), { type: 'goto', activityIndex: index });
    const place = (position: number, phones: number) =>
      apply(
        r,
        { type: 'spectrum-add', activityId: activity.id, statementId, position, by: 1 },
        { type: 'phones-answered', activityId: activity.id, itemId: statementId, count: phones },
      );
    for (let i = 1; i <= 4; i++) r = place(i, i);
    const below = slideOf(r);
    expect(below).toMatchObject({ kind: 'spectrum', gate: { answered: 4, waitingFor: 'group', line: '4 answered, results at 5' } });
    expect(below.kind === 'spectrum' && below.counts.every((n) => n === 0)).toBe(true);
    expect(JSON.stringify(below)).not.toMatch(/"counts":\[[^\]]*[1-9]/);
    r = place(9, 5);
    const open = slideOf(r);
    expect(open.gate).toBeUndefined();
    expect(open.kind === 'spectrum' && open.counts).toEqual([0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0]);
    // A smaller k shows the same four answers.
    expect(slideOf(place(1, 4), 3).gate).toBeUndefined();
  });

  it('"hide until I reveal" holds the statement on screen until R, and the console knows which it is', () => {
    const { index, activity } = at('spectrum');
    if (activity.kind !== 'spectrum') throw new Error('no spectrum');
    const statementId = activity.statements[0].id;
    let r = apply(
      openRun(sessionOf(essentials), essentials.activities, 0),
      { type: 'goto', activityIndex: index },
      { type: 'hold-results', hold: true },
    );
    for (let i = 1; i <= 6; i++)
      r = apply(
        r,
        { type: 'spectrum-add', activityId: activity.id, statementId, position: 3, by: 1 },
        { type: 'phones-answered', activityId: activity.id, itemId: statementId, count: i },
      );
    expect(slideOf(r).gate).toMatchObject({ answered: 6, waitingFor: 'reveal' });
    expect(r.shown.held).toEqual([`${activity.id}.${statementId}`]);
    r = apply(r, { type: 'reveal' });
    expect(slideOf(r).gate).toBeUndefined();
    // The next statement is not held: holding is per question.
    expect(slideOf(apply(r, { type: 'next' })).gate).toBeUndefined();
    // R where nothing is held changes nothing.
    const teach = apply(r, { type: 'goto', activityIndex: 1 });
    expect(applyIntent(teach, { type: 'reveal' }, 0)).toBe(teach);
  });

  it('a card sort shows counts per card per column at k, and its answer key only once shown', () => {
    const { index, activity } = at('card-sort');
    if (activity.kind !== 'card-sort') throw new Error('no card sort');
    const [card] = activity.cards;
    const [first, second] = activity.categories;
    let r = apply(openRun(sessionOf(essentials), essentials.activities, 0), { type: 'goto', activityIndex: index });
    const vote = (categoryId: string, phones: number) =>
      apply(
        r,
        { type: 'vote-add', activityId: activity.id, itemId: card.id, optionId: categoryId, by: 1 },
        { type: 'phones-answered', activityId: activity.id, count: phones },
      );
    for (let i = 1; i <= 4; i++) r = vote(first.id, i);
    expect(slideOf(r)).toMatchObject({ gate: { answered: 4 }, votes: null, answerKey: null });
    r = vote(second.id, 5);
    const open = slideOf(r);
    expect(open.kind === 'card-sort' && open.votes).toEqual([
      { id: card.id, text: card.text, counts: [4, 1, ...new Array(activity.categories.length - 2).fill(0)], total: 5 },
    ]);
    expect(JSON.stringify(open)).not.toContain('explanation');
    r = apply(r, { type: 'answer-key', show: true });
    const keyed = slideOf(r);
    expect(keyed.kind === 'card-sort' && keyed.answerKey?.length).toBe(activity.cards.filter((c) => c.category).length);
    expect(r.results[activity.id]).toMatchObject({
      kind: 'card-sort',
      votes: { [card.id]: { [first.id]: 4, [second.id]: 1 } },
      answered: 5,
    });
  });
});
