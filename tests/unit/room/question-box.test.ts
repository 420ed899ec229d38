// Written texts over real sockets on 127.0.0.1: phones write and upvote, the facilitator moderates,
// only approved texts reach the projector's events, the phones and the session file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRoomFixture, TestPhone, type RoomFixture } from './support/room-fixture';
import type { RoomStatus, RoomToPhone } from '../../../src-main/contract/room';
import type { PhoneQuestions } from '../../../src-main/contract/room-questions';
import { MAX_WAITING_PER_PHONE } from '../../../src-main/core/room/moderation';
import { dispatch } from '../../../src-main/services/dispatch';

let f: RoomFixture;
let status: RoomStatus;
let projectorSaw: string[];
let unsubscribe: () => void;
beforeEach(async () => {
  f = await openRoomFixture({}, { perSecond: 1000, burst: 1000 });
  status = await f.rooms.open(f.sessionId);
  projectorSaw = [];
  unsubscribe = f.app.ctx.events.add({
    role: 'projector',
    send: (event, payload) => projectorSaw.push(`${event} ${JSON.stringify(payload)}`),
  });
});
afterEach(async () => {
  unsubscribe();
  await f.close();
});

async function joinedPhone(): Promise<TestPhone> {
  const phone = await TestPhone.connect(status);
  const token = new URL(status.joinUrl!).searchParams.get('t')!;
  expect(await phone.call('phone:hello', { token })).toMatchObject({ ok: true });
  return phone;
}

const box = () => f.rooms.questionBox(f.sessionId)!;
const sessionFile = async () => readFile(join(f.app.dataDir, 'sessions', `${f.sessionId}.json`), 'utf8');
const questionsOf = (r: { ok: boolean; value?: unknown }) => (r as { value: PhoneQuestions }).value;

describe('the question box', () => {
  it('a question waits for the facilitator: the projector, other phones and the file never see it until approved', async () => {
    const writer = await joinedPhone();
    const other = await joinedPhone();
    const sent = await writer.call('phone:write', { kind: 'question', text: 'Is it normal to miss home?' });
    expect(sent).toMatchObject({ ok: true, value: { waiting: 1, questions: [] } });
    expect(
      box()
        .moderationView(true)
        .waiting.map((t) => t.text),
    ).toEqual(['Is it normal to miss home?']);
    await box().settled();
    expect(projectorSaw.join('\n')).not.toContain('miss home');
    expect(other.received.map((m) => JSON.stringify(m)).join('\n')).not.toContain('miss home');
    expect(await sessionFile()).not.toContain('miss home');

    const [held] = box().moderationView(true).waiting;
    const seen = other.next();
    box().moderate(held.id, { action: 'approve' });
    expect(((await seen) as Extract<RoomToPhone, { event: 'questions' }>).questions.questions[0]).toMatchObject({
      text: 'Is it normal to miss home?',
      votes: 0,
      voted: false,
    });
    await box().settled();
    expect(projectorSaw.at(-1)).toContain('room:questions');
    expect(projectorSaw.at(-1)).toContain('miss home');
    await box().settled();
    expect(JSON.parse(await sessionFile()).roomTexts).toEqual({
      questions: [{ text: 'Is it normal to miss home?', votes: 0 }],
      responses: {},
    });
  });

  it('an edited text reaches the room only as edited; a hidden one never does', async () => {
    const phone = await joinedPhone();
    await phone.call('phone:write', { kind: 'question', text: 'What did Priya mean?' });
    await phone.call('phone:write', { kind: 'question', text: 'Something private' });
    const [named, hidden] = box().moderationView(true).waiting;
    box().moderate(named.id, { action: 'edit', text: 'What did she mean?' });
    box().moderate(hidden.id, { action: 'hide' });
    await box().settled();
    const everything = [projectorSaw.join('\n'), await sessionFile(), JSON.stringify(box().moderationView(true))].join('\n');
    expect(everything).toContain('What did she mean?');
    expect(everything).not.toContain('Priya');
    expect(everything).not.toContain('Something private');
  });

  it('a phone upvotes once; the second is a no-op; the count is kept', async () => {
    const writer = await joinedPhone();
    const voter = await joinedPhone();
    await writer.call('phone:write', { kind: 'question', text: 'Can we have a break?' });
    box().moderate(box().moderationView(true).waiting[0].id, { action: 'approve' });
    const id = box().screenView().questions[0].id;
    expect(questionsOf(await voter.call('phone:upvote', { questionId: id })).questions[0]).toMatchObject({ votes: 1, voted: true });
    expect(questionsOf(await voter.call('phone:upvote', { questionId: id })).questions[0]).toMatchObject({ votes: 1, voted: true });
    expect(questionsOf(await writer.call('phone:upvote', { questionId: id })).questions[0]).toMatchObject({ votes: 2 });
    expect(await voter.call('phone:upvote', { questionId: 'nosuchtext00' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await box().settled();
    expect(JSON.parse(await sessionFile()).roomTexts.questions).toEqual([{ text: 'Can we have a break?', votes: 2 }]);
  });

  it('a banned word holds a text back, marked, and it reaches nothing until approved', async () => {
    await f.app.ctx.store.updateSettings({ roomBannedWords: ['Jose'] });
    const phone = await joinedPhone();
    await phone.call('phone:write', { kind: 'question', text: 'Why is JOSÉ always late?' });
    const [held] = box().moderationView(true).waiting;
    expect(held.held).toBe('banned-word');
    await box().settled();
    expect(projectorSaw.join('\n')).not.toContain('late');
  });

  it('a phone cannot flood the queue', async () => {
    const phone = await joinedPhone();
    for (let i = 0; i < MAX_WAITING_PER_PHONE; i++)
      expect(await phone.call('phone:write', { kind: 'question', text: `q ${i}` })).toMatchObject({ ok: true });
    expect(await phone.call('phone:write', { kind: 'question', text: 'more' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/waiting/) },
    });
    expect(box().moderationView(true).waiting).toHaveLength(MAX_WAITING_PER_PHONE);
  });

  it('nicknames are dropped unless the facilitator turned them on', async () => {
    const phone = await joinedPhone();
    expect(await phone.call('phone:write', { kind: 'question', text: 'one', nickname: 'Sam' })).toMatchObject({
      value: { nicknames: false },
    });
    expect(box().moderationView(true).waiting[0]).not.toHaveProperty('nickname');
    await f.app.ctx.store.updateSettings({ roomNicknames: true });
    await phone.call('phone:write', { kind: 'question', text: 'two', nickname: 'Sam' });
    expect(box().moderationView(true).waiting[1]).toMatchObject({ nickname: 'Sam' });
  });

  it('a response to a scenario card is tagged with the card; one to an unknown card is refused', async () => {
    const workshop = f.app.ctx.library.workshops.find((w) => w.activities.some((a) => a.kind === 'scenario'))!;
    const scenario = workshop.activities.find((a) => a.kind === 'scenario')!;
    if (scenario.kind !== 'scenario') throw new Error('the first scenario activity has no cards');
    const started = await dispatch(f.app.handlers, 'sessions:start', { workshopId: workshop.id, group: 'Cards' }, 'facilitator');
    const sessionId = (started as { value: { id: string } }).value.id;
    status = await f.rooms.open(sessionId);
    const cardBox = () => f.rooms.questionBox(sessionId)!;
    const phone = await joinedPhone();
    expect(await phone.call('phone:write', { kind: 'response', activityId: 'no-such', cardId: 'x', text: 'hm' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: '$.activityId' },
    });
    const card = scenario.cards[0];
    expect(await phone.call('phone:write', { kind: 'response', activityId: scenario.id, cardId: 'nope', text: 'hm' })).toMatchObject({
      error: { path: '$.cardId' },
    });
    await phone.call('phone:write', { kind: 'response', activityId: scenario.id, cardId: card.id, text: 'She could ask for help.' });
    const [held] = cardBox().moderationView(true).waiting;
    expect(held).toMatchObject({ kind: 'response', cardTitle: card.title });
    cardBox().moderate(held.id, { action: 'approve' });
    expect(cardBox().screenView().responses).toEqual([
      { activityId: scenario.id, cardId: card.id, cardTitle: card.title, responses: [{ id: held.id, text: 'She could ask for help.' }] },
    ]);
    await cardBox().settled();
    const file = JSON.parse(await readFile(join(f.app.dataDir, 'sessions', `${sessionId}.json`), 'utf8'));
    expect(file.roomTexts.responses).toEqual({
      [scenario.id]: [{ cardId: card.id, cardTitle: card.title, text: 'She could ask for help.' }],
    });
  });

  it('closing the room forgets held texts and keeps the approved ones, which come back when it opens again', async () => {
    const phone = await joinedPhone();
    await phone.call('phone:write', { kind: 'question', text: 'approved one' });
    await phone.call('phone:write', { kind: 'question', text: 'still held' });
    box().moderate(box().moderationView(true).waiting[0].id, { action: 'approve' });
    await f.rooms.close(f.sessionId);
    expect(f.rooms.questionBox(f.sessionId)).toBeNull();
    const file = await sessionFile();
    expect(file).toContain('approved one');
    expect(file).not.toContain('still held');
    status = await f.rooms.open(f.sessionId);
    expect(
      box()
        .screenView()
        .questions.map((q) => q.text),
    ).toEqual(['approved one']);
    expect(box().moderationView(true).waiting).toEqual([]);
  });

  it('changes reach the room in one batch: many votes at once, one projector update', async () => {
    const writer = await joinedPhone();
    await writer.call('phone:write', { kind: 'question', text: 'Batch me' });
    box().moderate(box().moderationView(true).waiting[0].id, { action: 'approve' });
    await box().settled();
    const id = box().screenView().questions[0].id;
    const voters = await Promise.all(Array.from({ length: 8 }, () => joinedPhone()));
    const before = projectorSaw.length;
    await Promise.all(voters.map((v) => v.call('phone:upvote', { questionId: id })));
    await box().settled();
    const updates = projectorSaw.slice(before).filter((e) => e.startsWith('room:questions'));
    expect(updates).toHaveLength(1);
    expect(updates[0]).toContain('"votes":8');
  });

  it('finishing the session closes the room: held texts are dropped, approved ones stay in the file', async () => {
    const phone = await joinedPhone();
    await phone.call('phone:write', { kind: 'question', text: 'approved before the end' });
    await phone.call('phone:write', { kind: 'question', text: 'never read' });
    box().moderate(box().moderationView(true).waiting[0].id, { action: 'approve' });
    await f.app.ctx.live.intent(f.sessionId, { type: 'finish' });
    await phone.closed();
    await f.rooms.status(f.sessionId);
    expect(f.rooms.questionBox(f.sessionId)).toBeNull();
    await f.app.ctx.store.flush();
    const file = await sessionFile();
    expect(file).toContain('approved before the end');
    expect(file).not.toContain('never read');
  });

  it('the questions screen shows and hides', async () => {
    expect(box().showScreen().show).toBe(true);
    expect(box().showScreen(true).show).toBe(true);
    expect(box().showScreen().show).toBe(false);
  });
});
