// The facilitator's channels for texts, through dispatch as a host calls them: roles, a closed room,
// and the banned-words and nickname settings.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAppFixture, type AppFixture } from '../security/support/app-fixture';
import { dispatch } from '../../../src-main/services/dispatch';

let app: AppFixture;
let sessionId: string;
beforeAll(async () => {
  app = await openAppFixture();
  sessionId = app.samples[0];
});
afterAll(() => app.close());

it('with no room open, moderating says so; the views show what the session kept', async () => {
  expect(
    await dispatch(app.handlers, 'room:moderate', { sessionId, textId: 'abcdefgh12', action: 'approve' }, 'facilitator'),
  ).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: 'The room is not open for this session.' },
  });
  await app.ctx.store.updateSession(sessionId, (s) => void (s.roomTexts = { questions: [{ text: 'kept', votes: 2 }], responses: {} }));
  const view = await dispatch(app.handlers, 'room:questions-view', { sessionId }, 'projector');
  expect(view).toMatchObject({ ok: true, value: { show: false, questions: [{ text: 'kept', votes: 2 }] } });
  expect(await dispatch(app.handlers, 'room:moderation', { sessionId }, 'facilitator')).toMatchObject({
    ok: true,
    value: { open: false, waiting: [], questions: [{ text: 'kept' }] },
  });
});

it('only the facilitator moderates, shows the screen and sets the words; the projector only reads', async () => {
  for (const [channel, input] of [
    ['room:moderate', { sessionId, textId: 'abcdefgh12', action: 'hide' }],
    ['room:questions-screen', { sessionId }],
    ['room:save-text-settings', { bannedWords: [], nicknames: true }],
    ['room:moderation', { sessionId }],
  ] as const)
    expect(await dispatch(app.handlers, channel, input, 'projector'), channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

it('banned words and nicknames are empty and off by default; saved lists are cleaned', async () => {
  expect(await dispatch(app.handlers, 'room:text-settings', {}, 'facilitator')).toEqual({
    ok: true,
    value: { bannedWords: [], nicknames: false },
  });
  const saved = await dispatch(
    app.handlers,
    'room:save-text-settings',
    { bannedWords: [' Jose ', 'josé', 'Mr  Smith'], nicknames: true },
    'facilitator',
  );
  expect(saved).toEqual({ ok: true, value: { bannedWords: ['Jose', 'Mr Smith'], nicknames: true } });
  expect(
    await dispatch(app.handlers, 'room:save-text-settings', { bannedWords: ['x'.repeat(61)], nicknames: false }, 'facilitator'),
  ).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', path: '$.bannedWords[0]' },
  });
});
