// Phones over real sockets on 127.0.0.1 for each kind: a spectrum statement (with a pass), a card
// sort card by card, and a reflection that takes no answer at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoomFixture, TestPhone, type RoomFixture } from './support/room-fixture';
import type { PhoneView, PhoneWelcome, RoomStatus } from '../../../src-main/contract/room';

let f: RoomFixture;
let status: RoomStatus;
let phones: TestPhone[];
let token: string;
beforeAll(async () => {
  f = await openRoomFixture();
  status = await f.rooms.open(f.sessionId);
  token = new URL(status.joinUrl!).searchParams.get('t')!;
  phones = await Promise.all([0, 1, 2].map(() => TestPhone.connect(status)));
  for (const p of phones) await p.call('phone:hello', { token });
});
afterAll(() => f.close());

const workshop = () => f.app.ctx.library.workshops[0];
async function show(kind: string): Promise<{ id: string; index: number }> {
  const index = workshop().activities.findIndex((a) => a.kind === kind);
  await f.app.ctx.live.intent(f.sessionId, { type: 'goto', activityIndex: index });
  return { id: workshop().activities[index].id, index };
}
const viewOf = async (p: TestPhone) => ((await p.call('phone:hello', { token })) as { ok: true; value: PhoneWelcome }).value.view;
const answer = (p: TestPhone, input: object) => p.call('phone:answer', input) as Promise<{ ok: boolean; value?: PhoneView }>;

describe('each kind over the room', () => {
  it('a spectrum statement: places and a pass; the session gets the placements and how many answered', async () => {
    const { id } = await show('spectrum');
    const q = (await viewOf(phones[0])).question!;
    expect(q.kind).toBe('spectrum');
    await answer(phones[0], { questionId: q.id, optionId: '2' });
    await answer(phones[1], { questionId: q.id, optionId: '9' });
    await answer(phones[2], { questionId: q.id, optionId: '9' });
    const passed = await answer(phones[2], { questionId: q.id, optionId: 'pass' });
    expect(passed.value?.question?.mine).toBe('pass');
    expect(await f.rooms.status(f.sessionId)).toMatchObject({ answered: 2, question: { kind: 'spectrum' } });
    await f.rooms.flush(f.sessionId);
    const result = (await f.app.ctx.live.join(f.sessionId)).results[id];
    const statementId = q.id.split('.')[1];
    expect(result).toMatchObject({ kind: 'spectrum', answered: { [statementId]: 2 } });
    expect(result?.kind === 'spectrum' && result.placements[statementId]).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(await answer(phones[0], { questionId: q.id, optionId: '11' })).toMatchObject({ ok: false });
  });

  it('a card sort: one answer per card; the phone gets its own sorting back', async () => {
    const { id } = await show('card-sort');
    const q = (await viewOf(phones[0])).question!;
    if (q.kind !== 'card-sort') throw new Error('expected a card sort');
    const [c1, c2] = q.cards;
    const [a, b] = q.columns;
    await answer(phones[0], { questionId: q.id, itemId: c1.id, optionId: a.id });
    const second = await answer(phones[0], { questionId: q.id, itemId: c2.id, optionId: b.id });
    expect(second.value?.question).toMatchObject({ sorted: { [c1.id]: a.id, [c2.id]: b.id } });
    await answer(phones[1], { questionId: q.id, itemId: c1.id, optionId: b.id });
    expect(await answer(phones[1], { questionId: q.id, optionId: b.id })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await f.rooms.flush(f.sessionId);
    expect((await f.app.ctx.live.join(f.sessionId)).results[id]).toMatchObject({
      kind: 'card-sort',
      votes: { [c1.id]: { [a.id]: 1, [b.id]: 1 }, [c2.id]: { [b.id]: 1 } },
      answered: 2,
    });
  });

  it('a reflection shows its prompts and takes nothing back: no answer of any kind reaches the room', async () => {
    const { id } = await show('reflection');
    const q = (await viewOf(phones[0])).question!;
    expect(q).toMatchObject({ kind: 'reflection', id });
    // One try per phone, so no phone runs into the room's rate limit.
    for (const [i, optionId] of ['what-i-wrote', 'pass', '0'].entries())
      expect(await answer(phones[i], { questionId: q.id, optionId })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await phones[1].call('phone:answer', { questionId: q.id, optionId: 'x', text: 'what I wrote' })).toMatchObject({ ok: false });
    expect(await f.rooms.status(f.sessionId)).toMatchObject({ question: null, answered: 0 });
    await f.rooms.flush(f.sessionId);
    expect((await f.app.ctx.live.join(f.sessionId)).results[id]).toBeUndefined();
  });
});
