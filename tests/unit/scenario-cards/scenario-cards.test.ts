import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openAppContext, type AppContext } from '../../../src-main/services/app-context';
import { createHandlers } from '../../../src-main/services/handlers';
import { dispatch } from '../../../src-main/services/dispatch';
import type { AudienceView, CardBank, Handlers, Session } from '../../../src-main/contract';
import { sessionSchema } from '../../../src-main/core/session/session-schema';
import { tempDataDir } from '../store/helpers';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
let data: ReturnType<typeof tempDataDir>;
let ctx: AppContext;
let handlers: Handlers;
const call = async (name: string, input: unknown) => dispatch(handlers, name, input, 'facilitator');
const value = async <T = unknown>(name: string, input: unknown): Promise<T> => {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
};

beforeEach(async () => {
  data = tempDataDir();
  ctx = await openAppContext({ host: 'web', dataDir: data.dir, templatesDir, version: 'test' });
  handlers = createHandlers(ctx);
});
afterEach(async () => {
  await ctx.close();
  data.cleanup();
});

const teamScenarios = { workshopId: 'at-work', activityId: 'team-scenarios' };

describe('choosing the scenario cards for a group', () => {
  it('offers the whole bank of the section with the workshop own cards first, each once', async () => {
    const bank = await value<CardBank>('cards:bank', teamScenarios);
    expect(bank.section).toBe('workplace');
    expect(bank.cards).toHaveLength(15);
    expect(new Set(bank.cards.map((c) => c.id)).size).toBe(15);
    expect(bank.workshopCardIds).toEqual(['checks-every-email', 'changed-the-rota', 'the-solo-pitch', 'decided-at-the-coffee-machine']);
    expect(bank.cards.slice(0, 4).every((c) => c.inWorkshop)).toBe(true);
    expect(bank.chosenIds).toEqual(bank.workshopCardIds);
    // Who and where, for the filters, also on the workshop's own copies of bank cards.
    expect(bank.cards.every((c) => c.age && c.setting)).toBe(true);
    expect(bank.cards.filter((c) => c.age === 'young-adult').map((c) => c.id)).toEqual(['asks-about-everything']);
  });

  it("keeps an own workshop's wording and facilitator note for a bank card, with who and where from the bank", async () => {
    const atWork = ctx.library.workshops.find((w) => w.id === 'at-work')!;
    const activities = atWork.activities.map((a) =>
      a.kind === 'scenario'
        ? { ...a, cards: [{ ...a.cards[0], title: 'Our own wording', facilitatorNote: 'Check in with Tom first.' }, ...a.cards.slice(1)] }
        : a,
    );
    await ctx.store.saveUserWorkshop({ ...atWork, id: 'our-team-day', title: 'Our team day', activities });
    const bank = await value<CardBank>('cards:bank', { workshopId: 'our-team-day', activityId: 'team-scenarios' });
    expect(bank.cards[0]).toMatchObject({
      id: 'checks-every-email',
      title: 'Our own wording',
      facilitatorNote: 'Check in with Tom first.',
      age: 'adult',
      setting: 'work',
      inWorkshop: true,
    });
    expect(bank.cards).toHaveLength(15);
  });

  it('starts a session with cards picked before it, and the projector shows them in that order', async () => {
    const session = await value<Session>('sessions:start', {
      workshopId: 'at-work',
      scenarioCards: { 'team-scenarios': ['lunch-alone', 'checks-every-email'] },
    });
    expect(session.scenarioCards).toEqual({ 'team-scenarios': ['lunch-alone', 'checks-every-email'] });
    const index = session.agenda.findIndex((a) => a.activityId === 'team-scenarios');
    await value('live:intent', { sessionId: session.id, intent: { type: 'goto', activityIndex: index } });
    const view = await value<AudienceView>('projector:join', { sessionId: session.id });
    expect(view.slide).toMatchObject({ kind: 'scenario', cardNumber: 1, cardCount: 2, card: { title: 'Lunch on my own' } });
  });

  it('swaps and reorders the cards of a running session; the projector follows at once and after a restart', async () => {
    const session = await value<Session>('sessions:start', { workshopId: 'at-work' });
    const index = session.agenda.findIndex((a) => a.activityId === 'team-scenarios');
    await value('live:intent', { sessionId: session.id, intent: { type: 'goto', activityIndex: index } });
    const before = await value<AudienceView>('projector:join', { sessionId: session.id });
    expect(before.slide).toMatchObject({ cardCount: 4, card: { title: 'The manager who checks everything' } });

    const chosen = ['remote-and-unknown', 'back-from-leave', 'checks-every-email'];
    expect(await value('cards:choose', { sessionId: session.id, activityId: 'team-scenarios', cardIds: chosen })).toEqual({
      scenarioCards: { 'team-scenarios': chosen },
    });
    const after = await value<AudienceView>('projector:join', { sessionId: session.id });
    expect(after.slide).toMatchObject({ kind: 'scenario', cardNumber: 1, cardCount: 3, card: { title: 'Nobody knows me here' } });
    expect((await value<CardBank>('cards:bank', { ...teamScenarios, sessionId: session.id })).chosenIds).toEqual(chosen);

    await ctx.close();
    ctx = await openAppContext({ host: 'web', dataDir: data.dir, templatesDir, version: 'test' });
    handlers = createHandlers(ctx);
    const saved = await value<Session>('sessions:get', { sessionId: session.id });
    expect(sessionSchema.parse(saved).scenarioCards).toEqual({ 'team-scenarios': chosen });
    const restarted = await value<AudienceView>('projector:join', { sessionId: session.id });
    expect(restarted.slide).toMatchObject({ cardCount: 3, card: { title: 'Nobody knows me here' } });
  });

  it('refuses a card outside the bank, a card twice, or an activity without cards, saying where', async () => {
    const session = await value<Session>('sessions:start', { workshopId: 'at-work' });
    const outside = await call('cards:choose', { sessionId: session.id, activityId: 'team-scenarios', cardIds: ['party-curfew'] });
    expect(outside).toMatchObject({ ok: false, error: { code: 'invalid-input', path: '$.cardIds[0]' } });
    expect(!outside.ok && outside.error.message).toMatch(/no card "party-curfew" in the bank/);
    const twice = await call('cards:choose', {
      sessionId: session.id,
      activityId: 'team-scenarios',
      cardIds: ['lunch-alone', 'lunch-alone'],
    });
    expect(twice).toMatchObject({ ok: false, error: { path: '$.cardIds[1]' } });
    const empty = await call('cards:choose', { sessionId: session.id, activityId: 'team-scenarios', cardIds: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const notScenario = await call('cards:choose', {
      sessionId: session.id,
      activityId: session.agenda[0].activityId,
      cardIds: ['lunch-alone'],
    });
    expect(notScenario).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const atStart = await call('sessions:start', { workshopId: 'at-work', scenarioCards: { 'team-scenarios': ['nope'] } });
    expect(atStart).toMatchObject({ ok: false, error: { path: '$.scenarioCards.team-scenarios[0]' } });
    // Nothing was saved by the refused calls.
    expect((await value<Session>('sessions:get', { sessionId: session.id })).scenarioCards).toBeUndefined();
  });
});

describe('printed cards', () => {
  it('prints the cards a session chose in its handout pack, and refuses a session of another workshop', async () => {
    const session = await value<Session>('sessions:start', {
      workshopId: 'at-work',
      scenarioCards: { 'team-scenarios': ['lunch-alone', 'back-from-leave'] },
    });
    const pdf = await value<{ fileName: string }>('handouts:export', {
      workshopId: 'at-work',
      sessionId: session.id,
      options: { parts: ['worksheets'], paper: 'a4', copies: 1 },
    });
    const text = execFileSync('pdftotext', [join(ctx.exportsDir, pdf.fileName), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Lunch on my own');
    expect(text).not.toContain('The manager who checks everything');
    const other = await value<Session>('sessions:start', { workshopId: 'essentials' });
    expect(await call('handouts:export', { workshopId: 'at-work', sessionId: other.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: '$.sessionId' },
    });
  });
});

describe('resuming the session that was running', () => {
  it('names the most recently active session that has not ended, with its activity and time', async () => {
    expect(await value('sessions:interrupted', {})).toBeNull();
    const older = await value<Session>('sessions:start', { workshopId: 'essentials', group: 'Monday' });
    const newer = await value<Session>('sessions:start', { workshopId: 'at-work', group: 'Tuesday' });
    await value('live:intent', { sessionId: newer.id, intent: { type: 'goto', activityIndex: 2 } });
    const found = await value<Record<string, unknown>>('sessions:interrupted', {});
    expect(found).toMatchObject({
      sessionId: newer.id,
      workshopTitle: newer.workshopTitle,
      group: 'Tuesday',
      activityNumber: 3,
      activityCount: newer.agenda.length,
      activityTitle: newer.agenda[2].title,
    });
    expect(Date.parse(found.lastActiveAt as string)).toBeGreaterThanOrEqual(Date.parse(newer.createdAt));

    await value('live:intent', { sessionId: newer.id, intent: { type: 'finish' } });
    expect(await value('sessions:interrupted', {})).toMatchObject({ sessionId: older.id, activityNumber: 1 });
  });
});
