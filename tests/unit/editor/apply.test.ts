import { describe, expect, it } from 'vitest';
import { applyEdit, groupKeyOf } from '../../../src-main/core/editor/apply';
import { checkDraft } from '../../../src-main/core/editor/draft';
import { EditRejected } from '../../../src-main/core/editor/paths';
import type { EditOp } from '../../../src-main/core/editor/ops';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { bank, builtIn, indexOfKind, sourcesOf } from './fixtures';

const essentials = builtIn('essentials');
const relationships = builtIn('close-relationships');
const sources = sourcesOf([essentials, relationships, builtIn('at-work')], [bank('culture')]);
const apply = (w: Workshop, ...ops: EditOp[]) => ops.reduce((d, op) => applyEdit(d, op, sources), w);
const rejects = (w: Workshop, op: EditOp) => expect(() => applyEdit(w, op, sources)).toThrow(EditRejected);

describe('set', () => {
  it('sets text anywhere in the workshop and leaves the original alone', () => {
    const next = apply(
      essentials,
      { type: 'set', path: ['title'], value: 'Our workshop' },
      { type: 'set', path: ['activities', 1, 'script', 'debrief', 0], value: 'What stayed with you?' },
    );
    expect(next.title).toBe('Our workshop');
    expect(next.activities[1].script.debrief[0]).toBe('What stayed with you?');
    expect(essentials.title).not.toBe('Our workshop');
  });

  it('keeps text as typed (spaces included) and reports problems instead of refusing them', () => {
    const next = apply(
      essentials,
      { type: 'set', path: ['title'], value: '' },
      { type: 'set', path: ['activities', 0, 'minutes'], value: 0 },
      { type: 'set', path: ['summary'], value: 'Two needs ' },
    );
    expect(next.summary).toBe('Two needs ');
    expect(checkDraft(next).problems).toEqual([
      { path: '$.title', message: 'must not be empty', kind: 'empty' },
      { path: '$.activities[0].minutes', message: 'at least 1', kind: 'at-least', limit: 1 },
    ]);
  });

  it('sets and removes optional fields', () => {
    const timed = apply(essentials, { type: 'set', path: ['startTime'], value: '09:30' });
    expect(timed.startTime).toBe('09:30');
    expect('startTime' in apply(timed, { type: 'set', path: ['startTime'], value: null })).toBe(false);
    const noted = apply(essentials, { type: 'set', path: ['activities', 2, 'contentNote'], value: 'You can pass.' });
    expect(noted.activities[2].contentNote).toBe('You can pass.');
  });

  it('refuses ids, kinds and sections lists, which the editor manages', () => {
    rejects(essentials, { type: 'set', path: ['id'], value: 'other' });
    rejects(essentials, { type: 'set', path: ['activities', 0, 'id'], value: 'x' });
    rejects(essentials, { type: 'set', path: ['activities', 0, 'kind'], value: 'poll' });
    rejects(essentials, { type: 'set', path: ['sections', 0], value: 'culture' });
  });

  it('refuses values of the wrong type, unknown fields and paths that lead nowhere', () => {
    rejects(essentials, { type: 'set', path: ['minutes'], value: '60' });
    rejects(essentials, { type: 'set', path: ['colour'], value: 'red' });
    rejects(essentials, { type: 'set', path: ['activities', 99, 'title'], value: 'x' });
    rejects(essentials, { type: 'set', path: ['activities', 0, 'title', 'x'], value: 'x' });
    rejects(essentials, { type: 'set', path: ['activities', 'title'], value: 'x' });
    rejects(essentials, { type: 'set', path: ['title', 0], value: 'x' });
    rejects(essentials, { type: 'set', path: ['activities', 0, 'section'], value: 'astrology' });
    rejects(essentials, { type: 'set', path: ['activities', 0, 'questions', 5], value: 'x' });
    rejects(essentials, { type: 'set', path: ['activities', 0, 'materials', 0], value: null });
  });

  it('never writes through the prototype', () => {
    rejects(essentials, { type: 'set', path: ['constructor', 'prototype', 'polluted'], value: 'yes' });
    rejects(essentials, { type: 'set', path: ['constructor'], value: 'x' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("follows the activity's section into the workshop's sections", () => {
    const next = apply(essentials, { type: 'set', path: ['activities', 0, 'section'], value: 'culture' });
    expect(next.sections).toContain('culture');
    expect(checkDraft(next).problems).toEqual([]);
  });
});

describe('lists', () => {
  it('adds blank items fitting each list', () => {
    const scenario = indexOfKind(relationships, 'scenario');
    const sort = indexOfKind(relationships, 'card-sort');
    const next = apply(
      relationships,
      { type: 'add-item', path: ['contentNotes'] },
      { type: 'add-item', path: ['activities', 0, 'script', 'steps'], index: 0 },
      { type: 'add-item', path: ['activities', scenario, 'cards'] },
      { type: 'add-item', path: ['activities', sort, 'cards'] },
      { type: 'add-item', path: ['activities', sort, 'categories'] },
    );
    expect(next.contentNotes.at(-1)).toBe('');
    expect(next.activities[0].script.steps[0]).toEqual({ minutes: 1, text: '' });
    const cards = (next.activities[scenario] as { cards: { id: string; questions: string[] }[] }).cards;
    expect(cards.at(-1)).toMatchObject({ title: '', situation: '', questions: ['', ''] });
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    const sortActivity = next.activities[sort];
    if (sortActivity.kind !== 'card-sort') throw new Error('card sort expected');
    expect(sortActivity.cards.at(-1)).toEqual({ id: expect.stringMatching(/^card-\d+$/), text: '' });
    expect(sortActivity.categories.at(-1)).toEqual({ id: expect.stringMatching(/^category-\d+$/), label: '' });
    expect(checkDraft(next).sound).toBe(true);
  });

  it('removes items, and a removed category takes its answers with it', () => {
    const sort = indexOfKind(essentials, 'card-sort');
    const before = essentials.activities[sort];
    if (before.kind !== 'card-sort') throw new Error('card sort expected');
    const gone = before.categories[0].id;
    const next = apply(essentials, { type: 'remove-item', path: ['activities', sort, 'categories'], index: 0 });
    const after = next.activities[sort];
    if (after.kind !== 'card-sort') throw new Error('card sort expected');
    expect(after.categories.map((c) => c.id)).not.toContain(gone);
    expect(after.cards.some((c) => c.category === gone)).toBe(false);
    expect(after.cards.length).toBe(before.cards.length);
  });

  it("adds and removes a scenario card's perspectives as a pair", () => {
    const s = indexOfKind(relationships, 'scenario');
    const cleared = apply(relationships, { type: 'set', path: ['activities', s, 'cards', 0, 'perspectives'], value: null });
    expect('perspectives' in (cleared.activities[s] as { cards: object[] }).cards[0]).toBe(false);
    const paired = apply(cleared, { type: 'add-item', path: ['activities', s, 'cards', 0, 'perspectives'] });
    expect((paired.activities[s] as { cards: { perspectives?: unknown[] }[] }).cards[0].perspectives).toEqual([
      { label: '', text: '' },
      { label: '', text: '' },
    ]);
    const removed = apply(paired, { type: 'remove-item', path: ['activities', s, 'cards', 0, 'perspectives'], index: 1 });
    expect('perspectives' in (removed.activities[s] as { cards: object[] }).cards[0]).toBe(false);
  });

  it('refuses lists that do not exist', () => {
    rejects(essentials, { type: 'add-item', path: ['activities', 0, 'nothing'] });
    rejects(essentials, { type: 'add-item', path: ['title'] });
    rejects(essentials, { type: 'remove-item', path: ['contentNotes'], index: 9 });
  });
});

describe('agenda', () => {
  it('adds a copy of a library activity with a free id, and its section', () => {
    const own = new Set(essentials.activities.map((a) => a.id));
    const culture = builtIn('at-work').activities.find((a) => a.section === 'workplace' && !own.has(a.id))!;
    const next = apply(essentials, { type: 'add-activity', workshopId: 'at-work', activityId: culture.id, at: 1 });
    expect(next.activities[1]).toMatchObject({ id: culture.id, title: culture.title, kind: culture.kind });
    expect(next.sections).toContain('workplace');
    const twice = apply(next, { type: 'add-activity', workshopId: 'at-work', activityId: culture.id });
    expect(twice.activities.at(-1)!.id).toBe(`${culture.id}-2`);
    expect(checkDraft(twice).problems).toEqual([]);
  });

  it('moves, duplicates and removes activities', () => {
    const ids = essentials.activities.map((a) => a.id);
    const moved = apply(essentials, { type: 'move-activity', from: 0, to: 2 });
    expect(moved.activities.map((a) => a.id)).toEqual([ids[1], ids[2], ids[0], ...ids.slice(3)]);
    const back = apply(moved, { type: 'move-activity', from: 2, to: 0 });
    expect(back.activities.map((a) => a.id)).toEqual(ids);
    const last = apply(essentials, { type: 'move-activity', from: 0, to: 99 });
    expect(last.activities.at(-1)!.id).toBe(ids[0]);

    const dup = apply(essentials, { type: 'duplicate-activity', index: 1 });
    expect(dup.activities).toHaveLength(ids.length + 1);
    expect(dup.activities[2]).toMatchObject({ id: `${ids[1]}-copy`, title: `${essentials.activities[1].title} (copy)` });

    const removed = apply(essentials, { type: 'remove-activity', index: 0 });
    expect(removed.activities.map((a) => a.id)).toEqual(ids.slice(1));
    rejects(essentials, { type: 'remove-activity', index: 40 });
    rejects(essentials, { type: 'move-activity', from: 40, to: 0 });
  });

  it('an empty agenda is a draft with a problem, not a refused edit', () => {
    let w = essentials;
    while (w.activities.length) w = apply(w, { type: 'remove-activity', index: 0 });
    expect(checkDraft(w).problems).toEqual([{ path: '$.activities', message: 'add at least one', kind: 'at-least-items', limit: 1 }]);
    expect(w.sections.length).toBeGreaterThan(0);
  });

  it('copies a bank card into a scenario activity only', () => {
    const s = indexOfKind(relationships, 'scenario');
    const card = bank('culture').cards[0];
    const next = apply(relationships, { type: 'add-bank-card', activityIndex: s, bankId: 'culture', cardId: card.id });
    expect((next.activities[s] as { cards: { title: string }[] }).cards.at(-1)!.title).toBe(card.title);
    rejects(relationships, { type: 'add-bank-card', activityIndex: 0, bankId: 'culture', cardId: card.id });
    rejects(relationships, { type: 'add-bank-card', activityIndex: s, bankId: 'culture', cardId: 'no-such-card' });
    rejects(relationships, { type: 'add-activity', workshopId: 'essentials', activityId: 'no-such-activity' });
  });
});

it('groups typing by field only', () => {
  expect(groupKeyOf({ type: 'set', path: ['activities', 2, 'title'], value: 'x' })).toBe('set:$.activities[2].title');
  expect(groupKeyOf({ type: 'remove-activity', index: 0 })).toBeNull();
});
